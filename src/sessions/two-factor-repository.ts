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

/** Removes the account's second factor (its secret and backup codes) and turns MFA off. */
export async function removeSecondFactor(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('two_factor').where('user_id', '=', userId).execute()
  await db.updateTable('user').set({ two_factor_enabled: false }).where('id', '=', userId).where('two_factor_enabled', '=', true).execute()
}

/**
 * Locks the account's row until the unit of work ends, so that changes to its second factor take
 * turns: Better Auth's enrolment reads, then creates, and two at once would leave two secrets.
 */
export async function lockAccountForEnrolment(db: Executor, userId: string): Promise<void> {
  await db.selectFrom('user').select('id').where('id', '=', userId).forUpdate().execute()
}

/** The account's TOTP secret as stored (encrypted by Better Auth), if it has one: to tell one enrolment from another. */
export async function findSecondFactorSecret(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('two_factor').select('secret').where('user_id', '=', userId).executeTakeFirst()
  return row?.secret
}
