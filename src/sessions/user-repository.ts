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
