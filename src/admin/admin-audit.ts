import type { FastifyInstance } from 'fastify'
import type { AuditEvent, AuditEventPage } from '../schemas/index.js'
import type { AuditEventRow } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'
import { queryAuditEvents, type AuditFilter } from './admin-audit-repository.js'

const DEFAULT_PAGE_SIZE = 50

function toAuditEventView(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    userId: row.user_id,
    email: row.email,
    sessionId: row.session_id,
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    operation: row.operation,
    detail: row.detail,
  }
}

/** One page of the audit trail; the cursor is sealed to its filters, as the user list's is. */
export async function listAuditEventPage(server: FastifyInstance, filter: AuditFilter, query: { readonly cursor?: string; readonly limit?: number }): Promise<AuditEventPage> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const owner = `admin-audit:${JSON.stringify([filter.userId, filter.type, filter.since?.toISOString(), filter.until?.toISOString()])}`
  const after = query.cursor === undefined ? undefined : server.pageCursors.open(query.cursor, owner)
  if (query.cursor !== undefined && after === undefined) throw new AppError('INVALID_CURSOR')
  const rows = await queryAuditEvents(server.db, { ...filter, limit: limit + 1, ...(after === undefined ? {} : { after }) })
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    events: page.map((row) => toAuditEventView(row.event)),
    nextCursor: rows.length > limit && last !== undefined ? server.pageCursors.seal(last.position, owner) : null,
  }
}
