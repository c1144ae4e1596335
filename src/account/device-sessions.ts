import type { FastifyRequest } from 'fastify'
import type { DeviceSession, DeviceSessionList } from '../schemas/index.js'
import type { SessionRow } from '../db/tables.js'
import { audit } from '../audit/audit-trail.js'
import { AppError } from '../errors/error-codes.js'
import { revokeOtherSessionsRefreshTokens, revokeRefreshFamily } from '../sessions/refresh-token-repository.js'
import { deleteLiveUserSession, deleteOtherLiveUserSessions, listLiveUserSessions, type SessionWithUserRow } from '../sessions/session-repository.js'
import { describeDevice } from './user-agent.js'

/**
 * An account's sessions as the devices they were signed in on, and their revocation, for every
 * surface. Revoking deletes the session row: every credential that hangs on it — the session
 * cookie, access tokens and `/auth` tokens (`sid`, checked against the database on each request),
 * refresh tokens (revoked here too, in the same unit of work) — fails on its next request, on
 * every instance, since none of them is cached.
 */

export function toDeviceSessionView(row: SessionRow, currentSessionId: string): DeviceSession {
  return {
    id: row.id,
    current: row.id === currentSessionId,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.updated_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    device: describeDevice(row.user_agent),
  }
}

export async function listDeviceSessions(request: FastifyRequest, caller: SessionWithUserRow): Promise<DeviceSessionList> {
  const { server } = request
  const rows = await listLiveUserSessions(server.db, caller.user.id, server.clock.now())
  return { sessions: rows.map((row) => toDeviceSessionView(row, caller.session.id)) }
}

/**
 * Revokes one of the caller's sessions by its id. Another account's session answers exactly as
 * an unknown id (the same statement, the same NOT_FOUND), so ids cannot be probed.
 */
export async function revokeDeviceSession(request: FastifyRequest, caller: SessionWithUserRow, sessionId: string): Promise<void> {
  const { server } = request
  const userId = caller.user.id
  const now = server.clock.now()
  if (!await deleteLiveUserSession(server.db, sessionId, userId, now)) throw new AppError('NOT_FOUND', 'Session not found')
  await revokeRefreshFamily(server.db, { sessionId, userId }, now)
  await audit(request, { type: 'session.revoked', userId, sessionId, detail: { scope: 'one' } })
}

/** Revokes every session of the caller's account but the caller's own; how many went. */
export async function revokeOtherDeviceSessions(request: FastifyRequest, caller: SessionWithUserRow): Promise<number> {
  const { server } = request
  const userId = caller.user.id
  const now = server.clock.now()
  const revoked = await deleteOtherLiveUserSessions(server.db, userId, caller.session.id, now)
  await revokeOtherSessionsRefreshTokens(server.db, userId, caller.session.id, now)
  for (const sessionId of revoked) await audit(request, { type: 'session.revoked', userId, sessionId, detail: { scope: 'others' } })
  return revoked.length
}
