import type { FastifyRequest } from 'fastify'
import type { AdminUser, AdminUserUpdate } from '../schemas/index.js'
import type { ApiKeyRow, UserRow } from '../db/tables.js'
import type { MailMessage } from '../auth/mailer.js'
import { confirmAddress } from '../auth/address-confirmation.js'
import { setAddress } from '../credentials/set-address.js'
import { AppError } from '../errors/error-codes.js'
import { cancelPendingEmailChanges } from '../sessions/email-change-repository.js'
import { deletePendingUserCredentials } from '../sessions/pending-credential-repository.js'
import { revokeUserRefreshTokens } from '../sessions/refresh-token-repository.js'
import { deleteUserSessions } from '../sessions/session-repository.js'
import { findUserByEmail, lockUser } from '../sessions/user-repository.js'
import { auditAdminAction } from './admin-credential.js'
import { toAdminUser } from './admin-users.js'

/**
 * Changes a user's name, email address or verified flag. Marking an unverified address verified
 * is its confirmation, with the same consequence as the owner's own (src/auth/address-confirmation.ts):
 * whatever was issued before, perhaps to someone who registered the address first, ends.
 */
export async function updateUser(request: FastifyRequest, key: ApiKeyRow, userId: string, change: AdminUserUpdate): Promise<AdminUser> {
  const { db, clock } = request.server
  const user = await lockUser(db, userId)
  if (user === undefined) throw new AppError('NOT_FOUND', 'User not found')
  const now = clock.now()
  const email = change.email?.trim().toLowerCase()
  if (email !== undefined && email !== user.email) {
    await changeEmail(request, user, email, change.emailVerified === true)
  } else if (change.emailVerified === true && !user.email_verified) {
    await confirmAddress(db, user, now)
  }
  const set = {
    ...(change.name === undefined ? {} : { name: change.name }),
    ...(change.emailVerified === false ? { email_verified: false } : {}),
  }
  await db.updateTable('user').set({ ...set, updated_at: now }).where('id', '=', userId).execute()
  await auditAdminAction(request, key, { type: 'admin.user_updated', userId, detail: { fields: Object.keys(change).sort() } })
  const updated = await lockUser(db, userId)
  return toAdminUser(updated!, now)
}

/**
 * A new address, set by an admin. Every session and refresh token ends: whoever holds one may be
 * whoever took the account over (the usual reason to move it), and the owner signs in again with
 * the new address. So does every credential mailed to the old address or won through it (a reset
 * link, an invitation, a second-factor sign-in under way, a registration token): its reader may
 * be a stranger (a mistyped address) or whoever the account is being moved away from. A change the
 * user asked for and has not confirmed could otherwise land later and undo this one: it is dropped.
 * The old address is told, since its reader may be the owner.
 */
async function changeEmail(request: FastifyRequest, user: UserRow, email: string, verified: boolean): Promise<void> {
  const { db, clock, mailer } = request.server
  const now = clock.now()
  const holder = await findUserByEmail(db, email)
  if (holder !== undefined && holder.id !== user.id) throw new AppError('EMAIL_ALREADY_EXISTS')
  if (!await setAddress(db, user.id, email, now, verified)) throw new AppError('EMAIL_ALREADY_EXISTS')
  await deleteUserSessions(db, user.id)
  await revokeUserRefreshTokens(db, user.id, now)
  await deletePendingUserCredentials(db, user.id)
  await cancelPendingEmailChanges(db, user.id)
  await mailer.send(addressChangedNotice(user.email, email))
}

function addressChangedNotice(to: string, newEmail: string): MailMessage {
  return {
    to,
    kind: 'notice.email_changed',
    subject: 'Your email address was changed',
    text: [
      `The email address of your account was changed to ${newEmail} by the service's administrators, and every session was signed out.`,
      '',
      'If you did not ask for this, contact the service\'s support: this address no longer signs in to the account.',
      '',
    ].join('\n'),
  }
}
