import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/tables.js'

/**
 * Ends the one-time credentials that hang on the account rather than on a session, and so outlive
 * the end of every session: Better Auth's `verification` rows that name the user (password-reset
 * links and admin invitations, `reset-password:<token>`; second-factor sign-ins waiting for their
 * code, with their attempt counts; trusted devices), and v1 registration tokens not yet spent.
 * Each was mailed to, or won through, the address the account had when it was issued.
 *
 * Called when the account's address changes (by an admin, by the owner's confirmation, by an
 * undo), so that a link mailed to the address it had, perhaps a mistyped or a stolen one, no
 * longer resets the password of the account at its new address; and when the account is banned,
 * so that nothing begun before the ban completes after it is lifted. The erasure of an account
 * deletes the same rows (src/sessions/account-erasure-repository.ts).
 */
export async function deletePendingUserCredentials(db: Kysely<Database>, userId: string): Promise<void> {
  const attemptCounts = db.selectFrom('verification').select(sql<string>`'2fa-attempts-' || identifier`.as('identifier')).where('value', '=', userId)
  await db.deleteFrom('verification').where((eb) => eb.or([eb('value', '=', userId), eb('identifier', 'in', attemptCounts)])).execute()
  await db.deleteFrom('registration_token').where('user_id', '=', userId).where('used_at', 'is', null).execute()
}
