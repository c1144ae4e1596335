import type { FastifyRequest } from 'fastify'
import type { SignInMethod } from '../audit/audit-trail.js'
import { AppError } from '../errors/error-codes.js'
import { claimTotpCode, releaseTotpCode } from '../sessions/spent-code-repository.js'
import { lockSecondFactor } from '../sessions/two-factor-repository.js'

/**
 * How long an accepted code could be accepted again: Better Auth takes the codes of the previous,
 * current and next 30-second step, so a code stays good for at most 90 seconds after its first use.
 */
const SPENT_CODE_TTL_MS = 3 * 30_000

/**
 * Runs Better Auth's TOTP check so that a code works once per account (RFC 6238 §5.2): the code
 * is claimed first, in the request's unit of work, and given back if the check fails. A code
 * someone saw over the user's shoulder, or a request replayed, is refused while it is still valid.
 */
export async function spendingTotpCode<T>(request: FastifyRequest, userId: string | undefined, code: string, check: () => Promise<T>): Promise<T> {
  if (userId === undefined) return check()
  const { db } = request.server
  const now = request.server.clock.now()
  if (!await claimTotpCode(db, { userId, code, now, expiresAt: new Date(now.getTime() + SPENT_CODE_TTL_MS) })) {
    throw new AppError('INVALID_MFA_CODE', 'This code has already been used; wait for the next one')
  }
  try {
    return await check()
  } catch (error) {
    await releaseTotpCode(db, userId, code)
    throw error
  }
}

/**
 * The check of a second-factor sign-in, one at a time per account: a TOTP code is spent for the
 * account the pending sign-in belongs to; a backup code Better Auth spends itself.
 */
export async function checkSecondFactor<T>(
  request: FastifyRequest,
  attempt: { readonly method: SignInMethod; readonly code: string; readonly pendingUser: () => Promise<string | undefined> },
  check: () => Promise<T>,
): Promise<T> {
  const userId = await attempt.pendingUser()
  // Checks of one account take turns: without this, concurrent checks read the same backup codes
  // and failure count, so one backup code could race itself and the lockout count overshoot.
  if (userId !== undefined) await lockSecondFactor(request.server.db, userId)
  return attempt.method === 'totp' ? spendingTotpCode(request, userId, attempt.code, check) : check()
}
