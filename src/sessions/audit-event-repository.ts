import { randomUUID } from 'node:crypto'
import type { Insertable, Kysely, Transaction } from 'kysely'
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
