import type { FastifyRequest } from 'fastify'
import type { ApiKeyRow } from '../db/tables.js'
import type { DeviceSessionList, RevokedSessions } from '../schemas/index.js'
import { toDeviceSessionView } from '../account/device-sessions.js'
import { AppError } from '../errors/error-codes.js'
import { revokeRefreshFamily, revokeUserRefreshTokens } from '../sessions/refresh-token-repository.js'
import { deleteLiveUserSession, deleteUserSessions, listLiveUserSessions } from '../sessions/session-repository.js'
import { findUserById } from '../sessions/user-repository.js'
import { auditAdminAction } from './admin-credential.js'
import { auditAdminNoChange } from './admin-no-change.js'

/**
 * A user's sessions for the admin API. Revoking deletes the session rows and revokes their
 * refresh tokens in the request's unit of work: every credential that hangs on a session (cookie,
 * access and `/auth` tokens by `sid`, refresh tokens) fails on its next request, on every instance.
 */
async function requireUser(request: FastifyRequest, userId: string): Promise<void> {
  if (await findUserById(request.server.db, userId) === undefined) throw new AppError('NOT_FOUND', 'User not found')
}

export async function listUserSessions(request: FastifyRequest, userId: string): Promise<DeviceSessionList> {
  await requireUser(request, userId)
  const rows = await listLiveUserSessions(request.server.db, userId, request.server.clock.now())
  return { sessions: rows.map((row) => toDeviceSessionView(row, '')) }
}

export async function revokeUserSession(request: FastifyRequest, key: ApiKeyRow, userId: string, sessionId: string): Promise<RevokedSessions> {
  const { server } = request
  const now = server.clock.now()
  if (!await deleteLiveUserSession(server.db, sessionId, userId, now)) throw new AppError('NOT_FOUND', 'Session not found')
  await revokeRefreshFamily(server.db, { sessionId, userId }, now)
  await auditAdminAction(request, key, { type: 'session.revoked', userId, sessionId, detail: { scope: 'one' } })
  return { revoked: 1 }
}

export async function revokeAllUserSessions(request: FastifyRequest, key: ApiKeyRow, userId: string): Promise<RevokedSessions> {
  const { server } = request
  await requireUser(request, userId)
  const now = server.clock.now()
  const live = await listLiveUserSessions(server.db, userId, now)
  await deleteUserSessions(server.db, userId)
  await revokeUserRefreshTokens(server.db, userId, now)
  for (const session of live) await auditAdminAction(request, key, { type: 'session.revoked', userId, sessionId: session.id, detail: { scope: 'all' } })
  if (live.length === 0) await auditAdminNoChange(request, key, userId)
  return { revoked: live.length }
}
