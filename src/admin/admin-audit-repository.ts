import { sql, type Kysely, type Transaction } from 'kysely'
import type { AuditEventRow, Database } from '../db/tables.js'
import type { EventPosition } from '../sessions/audit-event-repository.js'

type Executor = Kysely<Database> | Transaction<Database>

export interface AuditFilter {
  readonly userId?: string
  readonly type?: string
  readonly since?: Date
  readonly until?: Date
}

/** Events that pass the filter, newest first, strictly after `after` (keyset pagination on (occurred_at, id)). */
export async function queryAuditEvents(db: Executor, query: AuditFilter & { readonly after?: EventPosition; readonly limit: number }): Promise<Array<{ position: EventPosition; event: AuditEventRow }>> {
  let select = db.selectFrom('audit_event').selectAll()
    .select(sql<string>`to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('position'))
  if (query.userId !== undefined) select = select.where('user_id', '=', query.userId)
  if (query.type !== undefined) select = select.where('type', '=', query.type)
  if (query.since !== undefined) select = select.where('occurred_at', '>=', query.since)
  if (query.until !== undefined) select = select.where('occurred_at', '<', query.until)
  const { after } = query
  if (after !== undefined) select = select.where(sql<boolean>`(occurred_at, id) < (cast(${after.occurredAt} as timestamptz), ${after.id})`)
  const rows = await select.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute()
  return rows.map(({ position, ...event }) => ({ position: { occurredAt: position, id: event.id }, event }))
}
