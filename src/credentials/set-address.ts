import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { setConfirmedEmail } from '../sessions/user-repository.js'

const UNIQUE_VIOLATION = '23505'

/**
 * Gives the account an address its owner has just proven, confirmed; false if another account
 * took it in the meantime (its unique index decides, whatever raced). In a savepoint, so that the
 * refusal leaves the request's unit of work usable.
 */
export async function setAddress(db: Kysely<Database>, userId: string, email: string, now: Date): Promise<boolean> {
  try {
    await db.transaction().execute((trx) => setConfirmedEmail(trx, userId, email, now))
    return true
  } catch (error) {
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return false
    throw error
  }
}
