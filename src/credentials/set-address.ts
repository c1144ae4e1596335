import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { setEmail } from '../sessions/user-repository.js'

const UNIQUE_VIOLATION = '23505'

/**
 * Gives the account an address its owner has just proven, confirmed (or, when an admin sets it,
 * as `verified` says); false if another account took it in the meantime (its unique index
 * decides, whatever raced). In a savepoint, so that the refusal leaves the request's unit of work usable.
 */
export async function setAddress(db: Kysely<Database>, userId: string, email: string, now: Date, verified = true): Promise<boolean> {
  try {
    await db.transaction().execute((trx) => setEmail(trx, userId, email, verified, now))
    return true
  } catch (error) {
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return false
    throw error
  }
}
