import type { FastifyReply, FastifyRequest } from 'fastify'
import type { DeviceSessionList, JwtSuccessResult, SecurityEventPage } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { listDeviceSessions, revokeDeviceSession } from '../../account/device-sessions.js'
import { listSecurityEvents } from '../../account/security-history.js'
import { authenticate, type Authenticated } from '../../auth/authenticate.js'
import { AppError } from '../../errors/error-codes.js'
import { clearAuthTokenCookie, JWT_CREDENTIALS } from './auth-token.js'

/** The caller by this surface's JWT (bearer or cookie), as `/auth/me` reads it; 401 without one. */
async function requireJwtSession(request: FastifyRequest): Promise<Authenticated> {
  const caller = await authenticate(request, JWT_CREDENTIALS)
  if (caller === undefined) throw new AppError('SESSION_EXPIRED', 'Not authenticated')
  return caller
}

/** GET /auth/sessions. */
export async function jwtListSessions(request: FastifyRequest): Promise<DeviceSessionList> {
  return listDeviceSessions(request, await requireJwtSession(request))
}

/** DELETE /auth/sessions/{id}: the token's own session too, which then clears its cookie. */
export async function jwtRevokeSession(request: OperationRequest<'jwtRevokeSession'>, reply: FastifyReply): Promise<JwtSuccessResult> {
  const caller = await requireJwtSession(request)
  await revokeDeviceSession(request, caller, request.params.id)
  if (request.params.id === caller.session.id) clearAuthTokenCookie(request, reply)
  return { success: true }
}

/** GET /auth/security-events. */
export async function jwtListSecurityEvents(request: OperationRequest<'jwtListSecurityEvents'>): Promise<SecurityEventPage> {
  const caller = await requireJwtSession(request)
  return listSecurityEvents(request.server, caller.user.id, request.query)
}
