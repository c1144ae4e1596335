import type { FastifyReply, FastifyRequest } from 'fastify'
import type { DeviceSessionList, SecurityEventPage, V1MessageResult, V1RevokeOtherSessionsResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { listDeviceSessions, revokeDeviceSession, revokeOtherDeviceSessions } from '../../account/device-sessions.js'
import { listSecurityEvents } from '../../account/security-history.js'
import type { Authenticated } from '../../auth/authenticate.js'
import { AppError } from '../../errors/error-codes.js'
import { resolveV1Session } from './v1-session.js'

/** The caller by access token or session cookie, as `me` reads it; 401 without one. */
async function requireV1Session(request: FastifyRequest): Promise<Authenticated> {
  const caller = await resolveV1Session(request)
  if (caller === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  return caller
}

/** GET /api/v1/better-auth/sessions. */
export async function v1ListSessions(request: FastifyRequest): Promise<DeviceSessionList> {
  return listDeviceSessions(request, await requireV1Session(request))
}

/** DELETE /api/v1/better-auth/sessions/{id}: the caller's own session too, which then clears its cookies. */
export async function v1RevokeSession(request: OperationRequest<'v1RevokeSession'>, reply: FastifyReply): Promise<V1MessageResult> {
  const caller = await requireV1Session(request)
  await revokeDeviceSession(request, caller, request.params.id)
  if (request.params.id === caller.session.id) request.server.sessionCookies.clearAll(reply)
  return { success: true, message: 'Session revoked' }
}

/** POST /api/v1/better-auth/sessions/revoke-others. */
export async function v1RevokeOtherSessions(request: FastifyRequest): Promise<V1RevokeOtherSessionsResult> {
  const revoked = await revokeOtherDeviceSessions(request, await requireV1Session(request))
  return { success: true, message: 'Other sessions revoked', revoked }
}

/** GET /api/v1/better-auth/security-events. */
export async function v1ListSecurityEvents(request: OperationRequest<'v1ListSecurityEvents'>): Promise<SecurityEventPage> {
  const caller = await requireV1Session(request)
  return listSecurityEvents(request.server, caller.user.id, request.query)
}
