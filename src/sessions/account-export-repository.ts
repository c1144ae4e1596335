import { sql, type Kysely } from 'kysely'
import type { AuditEventRow, Database, SessionRow } from '../db/tables.js'

type Executor = Kysely<Database>

/** How the account signs in, read without its secrets: which providers, and whether one holds a password. */
export interface SignInMethodRow {
  readonly providerId: string
  readonly hasPassword: boolean
}

export async function listSignInMethods(db: Executor, userId: string): Promise<SignInMethodRow[]> {
  // Only whether a password is set is read: the hash never leaves the database.
  const rows = await db.selectFrom('account')
    .select(['provider_id', sql<boolean>`password is not null`.as('has_password')])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute()
  return rows.map((row) => ({ providerId: row.provider_id, hasPassword: row.has_password }))
}

/** Every session row of the account, expired ones too until they are purged, newest first. */
export async function listAllUserSessions(db: Executor, userId: string): Promise<SessionRow[]> {
  return db.selectFrom('session').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute()
}

/** Every audit event of the account the retention has kept, newest first. */
export async function listAllUserAuditEvents(db: Executor, userId: string): Promise<AuditEventRow[]> {
  return db.selectFrom('audit_event').selectAll().where('user_id', '=', userId).orderBy('occurred_at', 'desc').orderBy('id').execute()
}
