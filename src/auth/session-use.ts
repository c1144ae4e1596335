import type { FastifyInstance } from 'fastify'
import type { SessionRow } from '../db/tables.js'
import { touchSession } from '../sessions/session-repository.js'

/** How closely a session's last use (`updated_at`) follows it: written at most once per interval. */
export const LAST_USE_RESOLUTION_MS = 5 * 60 * 1000

/**
 * Records that a session proved a request, for the owner's list of devices: `updated_at` moves
 * to now when it is older than the resolution, so a busy session costs one write per five
 * minutes, not one per request. The write is a statement of its own, never the request's
 * transaction: it neither begins a unit of work early nor rolls back with it, and a failure of it
 * fails nothing but itself.
 */
export async function noteSessionUse(server: FastifyInstance, session: SessionRow): Promise<void> {
  const now = server.clock.now()
  const unchangedSince = new Date(now.getTime() - LAST_USE_RESOLUTION_MS)
  if (session.updated_at >= unchangedSince) return
  const { units } = server.database
  // A unit that has begun holds the only session of an embedded database: skip rather than wait.
  if (units.current()?.begun === true) return
  try {
    await units.outside(() => touchSession(server.db, session.id, now, unchangedSince))
  } catch (error) {
    server.log.warn({ reason: error instanceof Error ? error.message : 'unknown' }, 'could not record a session\'s last use')
  }
}
