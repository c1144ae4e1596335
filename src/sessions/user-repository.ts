import type { Kysely, Transaction } from 'kysely'
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
