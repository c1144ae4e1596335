import type { FastifyRequest } from 'fastify'
import { audit } from '../audit/audit-trail.js'
import type { EmailChangeRow, UserRow } from '../db/tables.js'
import { AppError, type ErrorCode } from '../errors/error-codes.js'
import { isClientError } from '../errors/client-error.js'
import {
  countWrongEmailChangeCode, lockPendingCodeChange, lockPendingLinkChange, markEmailChangeConfirmed, spendEmailChangeConfirmation,
} from '../sessions/email-change-repository.js'
import { deletePendingUserCredentials } from '../sessions/pending-credential-repository.js'
import type { SessionWithUserRow } from '../sessions/session-repository.js'
import { hashToken } from '../sessions/token-hash.js'
import { findUserByEmail, lockUser } from '../sessions/user-repository.js'
import { CODE_ATTEMPTS, hashCode, sameHash } from './email-change-secrets.js'
import { setAddress } from './set-address.js'
import { endOtherSessions } from './session-revocation.js'

/**
 * The code sent to the new address, typed into the session that asked for the change (a code
 * seen elsewhere is worth nothing without that session). Five wrong codes spend the change.
 */
export async function confirmEmailChangeWithCode(request: FastifyRequest, caller: SessionWithUserRow, code: string): Promise<UserRow> {
  const { db } = request.server
  const now = request.server.clock.now()
  const change = await lockPendingCodeChange(db, { userId: caller.user.id, sessionId: caller.session.id, now })
  if (change === undefined) throw new AppError('INVALID_CODE', 'Invalid or expired code; request a new code')
  const { secret } = await request.server.auth.$context
  if (!sameHash(change.confirmation_hash, hashCode(secret, change.id, code))) {
    const left = await countWrongEmailChangeCode(db, change.id, CODE_ATTEMPTS)
    throw new AppError('INVALID_CODE', left === 0 ? 'Invalid or expired code; request a new code' : undefined)
  }
  return applyEmailChange(request, change, 'code')
}

/**
 * The link sent to the new address. A link is opened by a browser (a GET), which runs in no unit
 * of work: the change runs in one of its own, so that it lands whole or not at all.
 */
export async function confirmEmailChangeWithLink(request: FastifyRequest, token: string): Promise<UserRow> {
  const { db, database } = request.server
  return database.units.run(async () => {
    const change = await lockPendingLinkChange(db, { confirmationHash: hashToken(token), now: request.server.clock.now() })
    if (change === undefined) throw new AppError('INVALID_TOKEN')
    return applyEmailChange(request, change, 'link')
  }, (error) => isClientError(request, error))
}

/**
 * The new address becomes the account's, confirmed; every other session ends (with its tokens)
 * but the one that asked for the change, and so does every credential mailed to the old address
 * or won through it (a reset link, a second-factor sign-in under way, a trusted device): whoever
 * reads the old mailbox, which may be why the address is changing, can no longer use one. A
 * change the account has moved on from (its address is no longer the one the change started
 * from) or whose address was taken since is spent instead.
 */
async function applyEmailChange(request: FastifyRequest, change: EmailChangeRow, via: 'code' | 'link'): Promise<UserRow> {
  const { db } = request.server
  const now = request.server.clock.now()
  const stale: ErrorCode = via === 'code' ? 'INVALID_CODE' : 'INVALID_TOKEN'
  const user = await lockUser(db, change.user_id)
  if (user?.email !== change.old_email) {
    await spendEmailChangeConfirmation(db, change.id)
    throw new AppError(stale)
  }
  // Whoever holds the code or link owns the new mailbox: telling them it is taken tells them nothing new.
  if (await findUserByEmail(db, change.new_email) !== undefined || !await setAddress(db, user.id, change.new_email, now)) {
    await spendEmailChangeConfirmation(db, change.id)
    throw new AppError('EMAIL_ALREADY_EXISTS')
  }
  await markEmailChangeConfirmed(db, change.id, now)
  await endOtherSessions(db, user.id, change.session_id, now)
  await deletePendingUserCredentials(db, user.id)
  await audit(request, { type: 'email.changed', userId: user.id, email: change.new_email, sessionId: change.session_id, detail: { via } })
  return { ...user, email: change.new_email, email_verified: true, updated_at: now }
}
