import type { Kysely, Transaction } from 'kysely'
import type { Database, SessionRow, UserRow } from '../db/tables.js'

/** The session store's queries: the one place where SQL on `session` (and the user it belongs to) lives. */
type Executor = Kysely<Database> | Transaction<Database>

export async function findSessionByToken(db: Executor, token: string): Promise<SessionRow | undefined> {
  return db.selectFrom('session').selectAll().where('token', '=', token).executeTakeFirst()
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst()
}

export async function deleteSessionByToken(db: Executor, token: string): Promise<void> {
  await db.deleteFrom('session').where('token', '=', token).execute()
}

export async function countUserSessions(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('session')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', userId)
    .where('expires_at', '>', new Date())
    .executeTakeFirstOrThrow()
  return Number(row.count)
}
