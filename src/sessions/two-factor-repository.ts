import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'

type Executor = Kysely<Database>

/**
 * Locks the account's second factor until the request's unit of work ends, so that the checks of
 * one account run one after another, on every instance: a backup code is spent once, and each
 * wrong code is counted against the lockout before the next is looked at.
 */
export async function lockSecondFactor(db: Executor, userId: string): Promise<void> {
  await db.selectFrom('two_factor').select('id').where('user_id', '=', userId).forUpdate().execute()
}
