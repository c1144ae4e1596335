import { randomUUID } from 'node:crypto'
import type { Insertable, Kysely, Transaction } from 'kysely'
import type { AuditDetail, AuditEventRow, AuditEventTable, Database, SessionRow, UserRow } from '../db/tables.js'

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

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).execute()
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

export interface SessionWithUserRow {
  readonly session: SessionRow
  readonly user: UserRow
}

/** One indexed lookup (`session.token` is unique) for the session and its user. */
export async function findSessionWithUser(db: Executor, token: string): Promise<SessionWithUserRow | undefined> {
  return selectSessionWithUser(db, 'session.token', token)
}

/** The session with this id and its user, while the session lives; a revoked or expired one is undefined. */
export async function findLiveSessionWithUserById(db: Executor, sessionId: string, now: Date): Promise<SessionWithUserRow | undefined> {
  const found = await selectSessionWithUser(db, 'session.id', sessionId)
  return found !== undefined && found.session.expires_at > now ? found : undefined
}

/** Deletes a session only if it belongs to that user; whether a row went. */
export async function deleteUserSession(db: Executor, sessionId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('session').where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

export async function deleteSessionById(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', sessionId).execute()
}

async function selectSessionWithUser(db: Executor, column: 'session.token' | 'session.id', value: string): Promise<SessionWithUserRow | undefined> {
  const row = await db
    .selectFrom('session')
    .innerJoin('user', 'user.id', 'session.user_id')
    .select([
      'session.id as session_id', 'session.token', 'session.user_id', 'session.expires_at', 'session.ip_address',
      'session.user_agent', 'session.created_at as session_created_at', 'session.updated_at as session_updated_at',
      'user.name', 'user.email', 'user.email_verified', 'user.image', 'user.two_factor_enabled', 'user.created_at as user_created_at',
      'user.updated_at as user_updated_at',
    ])
    .where(column, '=', value)
    .executeTakeFirst()
  if (row === undefined) return undefined
  return {
    session: {
      id: row.session_id, token: row.token, user_id: row.user_id, expires_at: row.expires_at, ip_address: row.ip_address,
      user_agent: row.user_agent, created_at: row.session_created_at, updated_at: row.session_updated_at,
    },
    user: {
      id: row.user_id, name: row.name, email: row.email, email_verified: row.email_verified, image: row.image, two_factor_enabled: row.two_factor_enabled,
      created_at: row.user_created_at, updated_at: row.user_updated_at,
    },
  }
}

export interface PurgeResult {
  readonly sessions: number
  readonly verifications: number
  readonly refreshTokens: number
  readonly registrationTokens: number
  readonly spentTotpCodes: number
  readonly pendingRegistrations: number
  readonly auditEvents: number
}

/**
 * Deletes what has expired, and audit events older than `auditRetentionDays`, in batches of
 * `batchSize` rows, each its own short statement, so the tables are never locked for long however
 * much has piled up.
 */
export async function purgeExpired(db: Kysely<Database>, now: Date, options: { auditRetentionDays: number; batchSize?: number }): Promise<PurgeResult> {
  const batchSize = options.batchSize ?? 1_000
  type Purged = 'session' | 'verification' | 'refresh_token' | 'registration_token' | 'spent_totp_code' | 'pending_registration' | 'audit_event'
  const purge = async (table: Purged, column: 'expires_at' | 'occurred_at', before: Date): Promise<number> => {
    const key = table === 'registration_token' ? 'token_hash' : table === 'spent_totp_code' ? 'code_hash' : 'id'
    let total = 0
    for (;;) {
      const result = await db
        .deleteFrom(table)
        .where(key as 'id', 'in', (eb) => eb.selectFrom(table).select(key as 'id').where(column as 'expires_at', '<', before).limit(batchSize))
        .executeTakeFirst()
      const deleted = Number(result.numDeletedRows)
      total += deleted
      if (deleted < batchSize) return total
    }
  }
  return {
    sessions: await purge('session', 'expires_at', now),
    verifications: await purge('verification', 'expires_at', now),
    refreshTokens: await purge('refresh_token', 'expires_at', now),
    registrationTokens: await purge('registration_token', 'expires_at', now),
    spentTotpCodes: await purge('spent_totp_code', 'expires_at', now),
    pendingRegistrations: await purge('pending_registration', 'expires_at', now),
    auditEvents: await purge('audit_event', 'occurred_at', new Date(now.getTime() - options.auditRetentionDays * 24 * 60 * 60 * 1000)),
  }
}

export async function extendSession(db: Executor, sessionId: string, expiresAt: Date): Promise<void> {
  await db.updateTable('session').set({ expires_at: expiresAt, updated_at: new Date() }).where('id', '=', sessionId).execute()
}

export async function updateUserProfile(db: Executor, userId: string, profile: { name?: string; image?: string }): Promise<void> {
  if (profile.name === undefined && profile.image === undefined) return
  await db.updateTable('user').set({ ...profile, updated_at: new Date() }).where('id', '=', userId).execute()
}

export type NewAuditEvent = Omit<Insertable<AuditEventTable>, 'id' | 'occurred_at' | 'detail'> & { readonly detail: AuditDetail }

/** Appends one event to the audit trail; inside a unit of work, in the same transaction as the change. */
export async function recordAuditEvent(db: Executor, event: NewAuditEvent): Promise<void> {
  await db.insertInto('audit_event').values({ ...event, id: randomUUID(), detail: JSON.stringify(event.detail) }).execute()
}

export interface AuditEventFilter {
  readonly userId?: string
  readonly email?: string
  readonly type?: string
  readonly since?: Date
  readonly limit?: number
}

/** The audit trail, newest first: of one account (by id, or by the address a sign-in was tried with), or of all. */
export async function listAuditEvents(db: Executor, filter: AuditEventFilter = {}): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_event').selectAll()
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId)
  if (filter.email !== undefined) query = query.where('email', '=', filter.email.trim().toLowerCase())
  if (filter.type !== undefined) query = query.where('type', '=', filter.type)
  if (filter.since !== undefined) query = query.where('occurred_at', '>=', filter.since)
  return query.orderBy('occurred_at', 'desc').orderBy('id').limit(filter.limit ?? 100).execute()
}
