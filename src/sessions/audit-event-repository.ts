import { randomUUID } from 'node:crypto'
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely'
import type { AuditDetail, AuditEventRow, AuditEventTable, Database } from '../db/tables.js'

/** The audit trail's queries: appended to inside a request's unit of work, read newest first. */
type Executor = Kysely<Database> | Transaction<Database>

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

/** Where a page of one account's events ends: the last event's time (to the microsecond) and id. */
export interface EventPosition {
  /** `occurred_at` in UTC with microseconds (`2026-11-30T09:00:00.123456Z`): a Date would drop them. */
  readonly occurredAt: string
  readonly id: string
}

export interface SecurityEventRow {
  readonly position: EventPosition
  readonly type: string
  readonly occurredAt: Date
  readonly ipAddress: string | null
  readonly userAgent: string | null
  readonly sessionId: string | null
  readonly detail: AuditDetail
}

/**
 * One account's events of the given types, newest first, strictly after `after` (keyset
 * pagination on (occurred_at, id), which `audit_event_user_id_idx` serves).
 */
export async function listUserSecurityEvents(
  db: Executor,
  query: { readonly userId: string; readonly types: readonly string[]; readonly after?: EventPosition; readonly limit: number },
): Promise<SecurityEventRow[]> {
  let select = db.selectFrom('audit_event')
    .select(['id', 'type', 'occurred_at', 'ip_address', 'user_agent', 'session_id', 'detail'])
    .select(sql<string>`to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('position'))
    .where('user_id', '=', query.userId)
    .where('type', 'in', query.types)
  const { after } = query
  if (after !== undefined) select = select.where(sql<boolean>`(occurred_at, id) < (cast(${after.occurredAt} as timestamptz), ${after.id})`)
  const rows = await select.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute()
  return rows.map((row) => ({
    position: { occurredAt: row.position, id: row.id },
    type: row.type,
    occurredAt: row.occurred_at,
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    sessionId: row.session_id,
    detail: row.detail,
  }))
}
