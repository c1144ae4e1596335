import type { Kysely } from 'kysely'
import { auditCurrentRequest } from '../audit/audit-trail.js'
import type { Database } from '../db/tables.js'
import { cancelPendingEmailChanges } from '../sessions/email-change-repository.js'
import { deleteAllIdentities } from '../sessions/identity-repository.js'
import { deletePendingRegistrations, markEmailVerified, setCredentialPassword } from '../sessions/pending-registration-repository.js'
import { deleteUserPasskeys } from '../sessions/passkey-repository.js'
import { revokeUserRefreshTokens } from '../sessions/refresh-token-repository.js'
import { deleteUserSessions } from '../sessions/session-repository.js'
import { removeSecondFactor } from '../sessions/two-factor-repository.js'
import { markCredentialsReplaced } from './credentials-replaced.js'

/**
 * Confirms an address for its owner, who just proved the mailbox (a code, a link, a reset).
 * Whatever was issued before belonged to whoever registered the unconfirmed address, perhaps
 * someone else (see `revokeUnprovenAccess`). A registration confirmed by its code also sets the
 * password and name chosen in it. Callers record the confirmation's audit event in the same unit
 * of work.
 */
export async function confirmAddress(
  db: Kysely<Database>,
  user: { readonly id: string; readonly email: string },
  now: Date,
  chosen?: { readonly passwordHash: string; readonly name: string },
): Promise<void> {
  await revokeUnprovenAccess(db, user, now)
  if (chosen !== undefined) await setCredentialPassword(db, { userId: user.id, passwordHash: chosen.passwordHash, now })
  await markEmailVerified(db, user.id, now, chosen?.name)
}

/**
 * Everything an account acquired while its address was unconfirmed, when the mailbox's owner
 * proves it: none of it need be theirs. Every session goes (and with them the access tokens and
 * `/auth` JWTs, which are checked against their session), unless the proof is a sign-in that
 * already ended them before making its own (`sessionsEnded`); every refresh token; every other pending registration; every provider
 * identity (linked by whoever held the account; each unlinking audited); every pending change of
 * address (which would move the account to an address of the registrant's choosing); any second
 * factor and passkey (enrolling either needs a confirmed address, so none should be there); and
 * a sign-in that checked any of these before now and has not made its session yet never will
 * (src/auth/session-admission.ts).
 */
export async function revokeUnprovenAccess(
  db: Kysely<Database>,
  user: { readonly id: string; readonly email: string },
  now: Date,
  options: { readonly sessionsEnded?: boolean } = {},
): Promise<void> {
  await markCredentialsReplaced(db, user.id, now)
  if (options.sessionsEnded !== true) await deleteUserSessions(db, user.id)
  await revokeUserRefreshTokens(db, user.id, now)
  await deletePendingRegistrations(db, user.email)
  await cancelPendingEmailChanges(db, user.id)
  await removeSecondFactor(db, user.id)
  await deleteUserPasskeys(db, user.id)
  for (const provider of await deleteAllIdentities(db, user.id)) {
    await auditCurrentRequest({ type: 'identity.unlinked', userId: user.id, detail: { provider, reason: 'address_confirmed' } })
  }
}
