import type { FastifyRequest } from 'fastify'
import { deleteSessionByToken } from '../sessions/session-repository.js'

/**
 * With REQUIRE_EMAIL_VERIFICATION=true an unverified user gets no session: the one Better Auth
 * just created is deleted (and its cookie never sent). Returns whether the session may be kept.
 * Better Auth's own switch stays off because it hides duplicate sign-ups behind a fake success.
 */
export async function keepSessionOfVerifiedUser(request: FastifyRequest, token: string | null, user: { emailVerified: boolean }): Promise<boolean> {
  if (token === null) return false
  if (!request.server.config.requireEmailVerification || user.emailVerified) return true
  await deleteSessionByToken(request.server.db, token)
  return false
}
