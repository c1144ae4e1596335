import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { deletePendingRegistrations, markEmailVerified, setCredentialPassword } from '../sessions/pending-registration-repository.js'
import { revokeUserRefreshTokens } from '../sessions/refresh-token-repository.js'
import { deleteUserSessions } from '../sessions/session-repository.js'
import { removeSecondFactor } from '../sessions/two-factor-repository.js'
import { deleteUserPasskeys } from '../sessions/passkey-repository.js'

/**
 * Confirms an address for its owner, who just proved the mailbox (a code, a link, a reset).
 * Whatever was issued before belonged to whoever registered the unconfirmed address, perhaps
 * someone else: every session goes (and with them the access tokens and `/auth` JWTs, which are
 * checked against their session), every refresh token, and every other pending registration. A
 * second factor enrolled before (possible only on accounts older than that rule) goes too, and so
 * does any passkey (adding one needs a confirmed address, so none should be there). A
 * registration confirmed by its code also sets the password and name chosen in it. Callers record
 * the audit event in the same unit of work.
 */
export async function confirmAddress(
  db: Kysely<Database>,
  user: { readonly id: string; readonly email: string },
  now: Date,
  chosen?: { readonly passwordHash: string; readonly name: string },
): Promise<void> {
  await deleteUserSessions(db, user.id)
  await revokeUserRefreshTokens(db, user.id, now)
  await deletePendingRegistrations(db, user.email)
  await removeSecondFactor(db, user.id)
  await deleteUserPasskeys(db, user.id)
  if (chosen !== undefined) await setCredentialPassword(db, { userId: user.id, passwordHash: chosen.passwordHash, now })
  await markEmailVerified(db, user.id, now, chosen?.name)
}
