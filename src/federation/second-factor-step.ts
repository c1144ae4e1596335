import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { cookieAttributes } from '../auth/cookie-policy.js'
import { TWO_FACTOR_COOKIE } from '../auth/two-factor-cookie.js'
import { deleteSessionById } from '../sessions/session-repository.js'
import { findUserById } from '../sessions/user-repository.js'

/** As Better Auth's two-factor plugin keeps a password sign-in waiting: ten minutes. */
const PENDING_SECONDS = 600

/**
 * Better Auth's two-factor step covers its password sign-in only; a provider's callback creates a
 * session whatever the account's second factor. For an account with one, that session is deleted
 * at once and the sign-in waits for the second factor exactly as a password sign-in does (the
 * same verification records, so verify-totp, verify-backup-code and v1's verify-mfa complete it).
 * Returns the signed value of the pending sign-in (the `better-auth.two_factor` cookie, v1's
 * `mfaToken`), or undefined when the account has no second factor and the session stands.
 */
export async function holdForSecondFactor(server: FastifyInstance, session: { id: string; userId: string }): Promise<string | undefined> {
  const user = await findUserById(server.db, session.userId)
  if (user?.two_factor_enabled !== true) return undefined
  await deleteSessionById(server.db, session.id)
  const context = await server.auth.$context
  const identifier = `2fa-${randomBytes(15).toString('base64url')}`
  // Better Auth compares these expiries with its own clock, the system's.
  const expiresAt = new Date(Date.now() + PENDING_SECONDS * 1000)
  await context.internalAdapter.createVerificationValue({ value: user.id, identifier, expiresAt })
  await context.internalAdapter.createVerificationValue({ value: '0', identifier: `2fa-attempts-${identifier}`, expiresAt })
  return server.sessionCookies.signedValue(identifier)
}

/** The pending sign-in as the cookie Better Auth's two-factor endpoints read. */
export function setSecondFactorCookie(server: FastifyInstance, reply: FastifyReply, signedValue: string): void {
  reply.setCookie(TWO_FACTOR_COOKIE, encodeURIComponent(signedValue), { ...cookieAttributes(server.config), maxAge: PENDING_SECONDS, encode: String })
}
