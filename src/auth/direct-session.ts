import type { FastifyRequest } from 'fastify'
import { AppError } from '../errors/error-codes.js'
import { findUserById } from '../sessions/user-repository.js'

/**
 * Refuses to sign in, without its second factor, an account that has one. Every session our code
 * creates itself (not through Better Auth's sign-in, whose two-factor step runs on its own) asks
 * this first: a registration token proves the mailbox, and the mailbox alone is one factor.
 */
export async function assertNoSecondFactor(request: FastifyRequest, userId: string): Promise<void> {
  const user = await findUserById(request.server.db, userId)
  if (user === undefined) throw new AppError('INVALID_TOKEN')
  if (user.two_factor_enabled === true) throw new AppError('MFA_REQUIRED', 'This account has MFA on: sign in with login')
}

/** A new session for a user who proved who they are by other means than a password; see above. */
export async function createDirectSession(request: FastifyRequest, userId: string): Promise<{ token: string }> {
  await assertNoSecondFactor(request, userId)
  const context = await request.server.auth.$context
  return context.internalAdapter.createSession(userId, false, {
    ipAddress: request.ip,
    userAgent: request.headers['user-agent'] ?? '',
  })
}
