import type { FastifyInstance } from 'fastify'
import { SecurityEventTypeSchema, type SecurityEvent, type SecurityEventPage, type SecurityEventType } from '../schemas/index.js'
import { AppError } from '../errors/error-codes.js'
import { listUserSecurityEvents, type SecurityEventRow } from '../sessions/audit-event-repository.js'
import { describeDevice } from './user-agent.js'

/**
 * The event types an account's owner sees: those the contract names (`SecurityEventType`), read
 * from the schema generated from it. A type recorded by newer code but not yet in the contract
 * stays out of the history until it is, so a client never meets a value its types do not know.
 */
export const SECURITY_EVENT_TYPES: readonly SecurityEventType[] = Object.freeze([...SecurityEventTypeSchema.enum])

export const DEFAULT_PAGE_SIZE = 20

/**
 * One page of the account's own security history, newest first. Only its own events (by user
 * id), and of each only what its owner may see: no audit row id (the cursor carries the position
 * sealed), no email address tried, no internal operation name.
 */
export async function listSecurityEvents(
  server: FastifyInstance,
  userId: string,
  query: { readonly cursor?: string; readonly limit?: number },
): Promise<SecurityEventPage> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const after = query.cursor === undefined ? undefined : server.pageCursors.open(query.cursor, userId)
  if (query.cursor !== undefined && after === undefined) throw new AppError('INVALID_CURSOR')
  // One more than the page holds: whether there is a next page, without counting.
  const rows = await listUserSecurityEvents(server.db, { userId, types: SECURITY_EVENT_TYPES, limit: limit + 1, ...(after === undefined ? {} : { after }) })
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    events: page.map(toSecurityEventView),
    nextCursor: rows.length > limit && last !== undefined ? server.pageCursors.seal(last.position, userId) : null,
  }
}

function toSecurityEventView(row: SecurityEventRow): SecurityEvent {
  return {
    type: row.type as SecurityEventType,
    occurredAt: row.occurredAt.toISOString(),
    ipAddress: row.ipAddress,
    userAgent: row.userAgent,
    device: describeDevice(row.userAgent),
    method: row.detail.method ?? null,
    sessionId: row.sessionId,
  }
}
