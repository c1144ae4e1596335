import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/tables.js'
import { deletePendingUserCredentials } from '../sessions/pending-credential-repository.js'
import { recordCredentialsReplaced } from '../sessions/user-repository.js'

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
  await recordCredentialsReplaced(db, userId, now)
  // A sign-in waiting for its second factor began with the old credential; a reset link asked for
  // before is the old one's too.
  await deletePendingUserCredentials(db, userId)
}
