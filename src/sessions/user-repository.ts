import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, UserRow } from '../db/tables.js'

/** The queries on `user` that are ours; Better Auth writes the rest through its adapter. */
type Executor = Kysely<Database> | Transaction<Database>

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst()
}

export async function updateUserProfile(db: Executor, userId: string, profile: { name?: string; image?: string }): Promise<void> {
  if (profile.name === undefined && profile.image === undefined) return
  await db.updateTable('user').set({ ...profile, updated_at: new Date() }).where('id', '=', userId).execute()
}

/**
 * Locks the account's row until the unit of work ends, so that changes of its email address take
 * turns on every instance; the row as it stands then.
 */
export async function lockUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

/** Gives the account an address its owner has just proven: stored lower-cased, confirmed. */
export async function setConfirmedEmail(db: Executor, userId: string, email: string, now: Date): Promise<void> {
  await setEmail(db, userId, email, true, now)
}

/** Gives the account an address, stored lower-cased, confirmed or not. */
export async function setEmail(db: Executor, userId: string, email: string, verified: boolean, now: Date): Promise<void> {
  await db.updateTable('user').set({ email: email.trim().toLowerCase(), email_verified: verified, updated_at: now }).where('id', '=', userId).execute()
}

/** Sets or clears (all null) a user's ban; see src/auth/ban.ts. */
export async function setUserBan(db: Executor, userId: string, ban: { bannedAt: Date | null; reason: string | null; expiresAt: Date | null }, now: Date): Promise<void> {
  await db.updateTable('user')
    .set({ banned_at: ban.bannedAt, ban_reason: ban.reason, ban_expires_at: ban.expiresAt, updated_at: now })
    .where('id', '=', userId)
    .execute()
}

/** Deletes an account that never confirmed its address (its sessions, credentials and tokens go with it); whether one went. */
export async function deleteUnconfirmedUser(db: Executor, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('user').where('id', '=', userId).where('email_verified', '=', false).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Records that the user's credentials were replaced at `now`, by this transaction (`txid_current()`). */
export async function recordCredentialsReplaced(db: Executor, userId: string, now: Date): Promise<void> {
  await db.updateTable('user')
    .set({ credentials_replaced_at: now, credentials_replaced_by: sql<string>`txid_current()` })
    .where('id', '=', userId)
    .execute()
}

/** What decides whether a session may be made for a user (src/auth/session-admission.ts). */
export interface AdmissionState {
  readonly banned_at: Date | null
  readonly ban_expires_at: Date | null
  /** This transaction replaced the credentials. */
  readonly replaced_here: boolean
  /** The credentials were replaced after `since`. */
  readonly replaced_since: boolean
  /** The stored hash of the account's password, if it has one. */
  readonly password: string | null
}

/**
 * Holds the user's row FOR SHARE until the transaction ends, then reads what admission decides on.
 * The lock first, and the rest by a statement of its own: in PostgreSQL's READ COMMITTED a
 * statement that waited for a lock still reads other tables (the password) as they were when it
 * began, before the change it waited for committed.
 */
export async function readAdmissionState(db: Executor, userId: string, since: Date | undefined): Promise<AdmissionState | undefined> {
  await db.selectFrom('user').select('id').where('id', '=', userId).forShare().execute()
  const after = since === undefined ? sql<Date>`now()` : sql<Date>`${since}::timestamptz`
  return db.selectFrom('user')
    .select(['banned_at', 'ban_expires_at'])
    .select(sql<boolean>`coalesce(credentials_replaced_by = txid_current(), false)`.as('replaced_here'))
    .select(sql<boolean>`coalesce(credentials_replaced_at > ${after}, false)`.as('replaced_since'))
    .select((eb) => eb.selectFrom('account').select('password')
      .whereRef('account.user_id', '=', 'user.id').where('account.provider_id', '=', 'credential')
      .limit(1).as('password'))
    .where('id', '=', userId)
    .executeTakeFirst()
}
