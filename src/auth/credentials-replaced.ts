import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../db/tables.js'
import { deletePendingUserCredentials } from '../sessions/pending-credential-repository.js'

type Executor = Kysely<Database> | Transaction<Database>

/**
 * Records that every credential of the user checked until now no longer makes a session: called
 * where credentials are replaced wholesale (an address confirmed, a password reset or changed),
 * in the transaction that replaces them, first (its row lock orders the sign-ins in flight). The
 * time is the app clock's, as a request's start is (instances' clocks agree to NTP's
 * milliseconds), and the transaction is named, so that a concurrent sign-in that checked the old
 * credential is refused its session (src/auth/session-admission.ts) while this request may still
 * make its own.
 */
export async function markCredentialsReplaced(db: Executor, userId: string, now: Date): Promise<void> {
  await db.updateTable('user')
    .set({ credentials_replaced_at: now, credentials_replaced_by: sql<string>`txid_current()` })
    .where('id', '=', userId)
    .execute()
  // A sign-in waiting for its second factor began with the old credential; a reset link asked for
  // before is the old one's too.
  await deletePendingUserCredentials(db, userId)
}

/**
 * Holds the user's row until this transaction ends, before work that replaces credentials through
 * Better Auth (which deletes sessions before it writes the row): a sign-in in flight, which holds
 * the row FOR SHARE while it makes its session (src/auth/session-admission.ts), commits first, so
 * its session is among those deleted; one that comes later waits, then finds the replacement.
 */
export async function holdUserRow(db: Executor, userId: string): Promise<void> {
  await db.selectFrom('user').select('id').where('id', '=', userId).forUpdate().execute()
}
