import { randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Database, PendingRegistrationRow, UserRow } from '../db/tables.js'

/** Registrations of unconfirmed addresses and the accounts they confirm: the SQL of registering by code. */
type Executor = Kysely<Database>

/**
 * The unverified user for an address, created if there is none. One statement: registrations of
 * one address racing each other make one user, and the losers read the winner's row.
 */
export async function claimUserForAddress(db: Executor, input: { id: string; email: string; name: string; now: Date }): Promise<{ user: UserRow; created: boolean }> {
  const inserted = await db.insertInto('user')
    .values({ id: input.id, email: input.email, name: input.name, email_verified: false, image: null, created_at: input.now, updated_at: input.now })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .returningAll()
    .executeTakeFirst()
  if (inserted !== undefined) return { user: inserted, created: true }
  const existing = await db.selectFrom('user').selectAll().where('email', '=', input.email).executeTakeFirstOrThrow()
  return { user: existing, created: false }
}

/** Sets the account's password (Better Auth's credential account), creating the account if it has none. */
export async function setCredentialPassword(db: Executor, input: { userId: string; passwordHash: string; now: Date }): Promise<void> {
  const updated = await db.updateTable('account')
    .set({ password: input.passwordHash, updated_at: input.now })
    .where('user_id', '=', input.userId).where('provider_id', '=', 'credential')
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) > 0) return
  await db.insertInto('account').values({
    id: randomUUID(), account_id: input.userId, provider_id: 'credential', user_id: input.userId, password: input.passwordHash,
    access_token: null, refresh_token: null, id_token: null, access_token_expires_at: null, refresh_token_expires_at: null, scope: null,
    created_at: input.now, updated_at: input.now,
  }).execute()
}

export async function findCredentialPasswordHash(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('account').select('password').where('user_id', '=', userId).where('provider_id', '=', 'credential').executeTakeFirst()
  return row?.password ?? undefined
}

/**
 * A new pending registration. Its tries start where the address's live registrations stand: the
 * budget of wrong codes is per address, so registering again does not buy more guesses.
 */
export async function createPendingRegistration(
  db: Executor,
  input: { email: string; codeHash: string; passwordHash: string; name: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db.insertInto('pending_registration').values((eb) => ({
    id: randomUUID(), email: input.email, code_hash: input.codeHash, password_hash: input.passwordHash, name: input.name,
    expires_at: input.expiresAt, created_at: input.now,
    attempts: eb.selectFrom('pending_registration').select(sql<number>`coalesce(max(attempts), 0)`.as('attempts'))
      .where('email', '=', input.email).where('expires_at', '>', input.now),
  })).execute()
}

/**
 * The address's live registrations, newest first, locked until the unit of work ends: checks of
 * one address take turns on every instance, so each wrong code is counted before the next is compared.
 */
export async function lockPendingRegistrations(db: Executor, email: string, now: Date): Promise<PendingRegistrationRow[]> {
  return db.selectFrom('pending_registration').selectAll()
    .where('email', '=', email).where('expires_at', '>', now)
    .orderBy('created_at', 'desc').orderBy('id')
    .forUpdate()
    .execute()
}

/** Counts one wrong code against every live registration of the address; those out of tries are deleted. Returns how many live on. */
export async function countWrongCode(db: Executor, email: string, now: Date, allowedAttempts: number): Promise<number> {
  await db.updateTable('pending_registration').set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('email', '=', email).where('expires_at', '>', now).execute()
  await db.deleteFrom('pending_registration').where('email', '=', email).where('attempts', '>=', allowedAttempts).execute()
  const row = await db.selectFrom('pending_registration').select((eb) => eb.fn.countAll<string>().as('count'))
    .where('email', '=', email).where('expires_at', '>', now).executeTakeFirstOrThrow()
  return Number(row.count)
}

export async function deletePendingRegistrations(db: Executor, email: string): Promise<void> {
  await db.deleteFrom('pending_registration').where('email', '=', email).execute()
}

/** Gives a registration a new code and a new lifetime. */
export async function renewPendingRegistration(db: Executor, id: string, input: { codeHash: string; expiresAt: Date }): Promise<void> {
  await db.updateTable('pending_registration').set({ code_hash: input.codeHash, expires_at: input.expiresAt }).where('id', '=', id).execute()
}

/** Marks the address confirmed, with the name chosen in the registration that confirmed it, if any. */
export async function markEmailVerified(db: Executor, userId: string, now: Date, name?: string): Promise<void> {
  await db.updateTable('user').set({ email_verified: true, updated_at: now, ...(name === undefined ? {} : { name }) }).where('id', '=', userId).execute()
}
