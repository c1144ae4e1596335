import type { FastifyRequest } from 'fastify'
import type { ApiKeyRow } from '../db/tables.js'
import { authHeaders } from '../auth/call-auth.js'
import { AppError } from '../errors/error-codes.js'
import { findUserById } from '../sessions/user-repository.js'
import { auditAdminAction } from './admin-credential.js'

/**
 * Sends a user the email of "forgot password", through Better Auth's own request for it (its
 * token, its hour, its link to PASSWORD_RESET_URL), in the request's unit of work: the message
 * leaves once this commits. Unlike the public request, this one is awaited: the caller holds a key
 * and names an id, so there is no address to keep from being guessed.
 */
export async function sendPasswordReset(request: FastifyRequest, key: ApiKeyRow, userId: string): Promise<void> {
  const { server } = request
  const user = await findUserById(server.db, userId)
  if (user === undefined) throw new AppError('NOT_FOUND', 'User not found')
  const headers = authHeaders(request)
  // The API key is not a session of Better Auth's: nothing of it reaches Better Auth.
  headers.delete('authorization')
  await server.auth.api.requestPasswordReset({ body: { email: user.email, redirectTo: server.config.passwordResetUrl }, headers })
  await auditAdminAction(request, key, { type: 'admin.password_reset_sent', userId })
}
