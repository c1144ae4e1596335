import type { FastifyReply, FastifyRequest } from 'fastify'
import { audit } from '../audit/audit-trail.js'
import { callAuthHeld } from '../auth/call-auth.js'
import type { EmailChangeRow, UserRow } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'
import { closeEmailChangesSince, findUndoableEmailChange, spendUndoToken } from '../sessions/email-change-repository.js'
import { deleteIdentitiesLinkedSince } from '../sessions/identity-repository.js'
import { deletePasskeysRegisteredSince } from '../sessions/passkey-repository.js'
import { deletePendingUserCredentials } from '../sessions/pending-credential-repository.js'
import { deletePendingRegistrations, setCredentialPassword } from '../sessions/pending-registration-repository.js'
import { hashToken, randomToken } from '../sessions/token-hash.js'
import { removeSecondFactor } from '../sessions/two-factor-repository.js'
import { deleteUnconfirmedUser, findUserByEmail, lockUser } from '../sessions/user-repository.js'
import { secondFactorDigest } from './email-change-secrets.js'
import { endEverySession } from './session-revocation.js'
import { setAddress } from './set-address.js'

export const UNDONE = 'The change was undone and every session signed out; check the old address for a link to choose a new password'

/** Whether an undo token is live, without spending it: the emailed link checks it on its way to the undo page. */
export async function undoTokenIsLive(request: FastifyRequest, token: string): Promise<boolean> {
  return await findUndoableEmailChange(request.server.db, { undoHash: hashToken(token), now: request.server.clock.now() }) !== undefined
}

/**
 * Undoes a change of address with the token sent to the old one, within 72 hours of the request.
 * Undoing is for a change the owner did not make, so whoever made it loses everything they could
 * use: the old address comes back, confirmed (a change not yet confirmed is cancelled instead);
 * every session and token ends, and so does every link mailed and sign-in begun before (a reset
 * link sent to the new address, a second factor waiting for its code, a trusted device); the
 * password stops working, and a link to choose a new one goes to the old address once this
 * commits; a second factor other than the one the account had on at the request goes, and so does
 * every passkey registered and every provider identity linked since the request: each would still
 * sign whoever added it in. Changes the account made since can no longer be confirmed or undone.
 *
 * An account that signed up with the old address since, and never confirmed it, owns nothing: it
 * is deleted, and the address comes back. One that confirmed it keeps it, and the answer is
 * EMAIL_ALREADY_EXISTS once everything else is done.
 */
export async function undoEmailChange(request: FastifyRequest, reply: FastifyReply, token: string): Promise<void> {
  const { db } = request.server
  const now = request.server.clock.now()
  const change = await spendUndoToken(db, { undoHash: hashToken(token), now })
  if (change === undefined) throw new AppError('INVALID_TOKEN')
  await closeEmailChangesSince(db, { userId: change.user_id, since: change.created_at, now })
  const user = await lockUser(db, change.user_id)
  if (user === undefined) throw new AppError('INVALID_TOKEN')
  const restored = user.email === change.old_email || await restoreAddress(request, user, change, now)
  await endEverySession(db, user.id, now)
  await deletePendingUserCredentials(db, user.id)
  await disablePassword(request, user.id, now)
  if (await secondFactorDigest(db, user) !== change.second_factor_digest) await removeSecondFactor(db, user.id)
  const passkeysRemoved = await deletePasskeysRegisteredSince(db, user.id, change.created_at)
  const identitiesRemoved = await deleteIdentitiesLinkedSince(db, user.id, change.created_at)
  await audit(request, { type: 'email.change_undone', userId: user.id, email: change.old_email, detail: { passkeysRemoved, identitiesRemoved } })
  if (!restored) throw new AppError('EMAIL_ALREADY_EXISTS', 'Another account has this address now; every session was signed out')
  const { auth, config } = request.server
  request.server.afterResponse.run(reply, 'password reset after an undone email change', () =>
    callAuthHeld(request, auth.api.requestPasswordReset, { body: { email: change.old_email, redirectTo: config.passwordResetUrl } }))
}

async function restoreAddress(request: FastifyRequest, user: UserRow, change: EmailChangeRow, now: Date): Promise<boolean> {
  const { db } = request.server
  const holder = await findUserByEmail(db, change.old_email)
  if (holder !== undefined && !holder.email_verified && holder.created_at > change.created_at) {
    await deleteUnconfirmedUser(db, holder.id)
    await deletePendingRegistrations(db, change.old_email)
  }
  return setAddress(db, user.id, change.old_email, now)
}

/** The password someone else may know stops working: it is replaced by one nobody knows. */
async function disablePassword(request: FastifyRequest, userId: string, now: Date): Promise<void> {
  const { password } = await request.server.auth.$context
  await setCredentialPassword(request.server.db, { userId, passwordHash: await password.hash(randomToken()), now })
}
