import type { FastifyReply } from 'fastify'
import type { DeviceSessionList, RevokedSessions } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { requireApiKey } from '../../admin/admin-credential.js'
import { listUserSessions, revokeAllUserSessions, revokeUserSession } from '../../admin/admin-sessions.js'

/** GET /api/v1/admin/users/{id}/sessions */
export async function serviceAdminListUserSessions(request: OperationRequest<'serviceAdminListUserSessions'>, reply: FastifyReply): Promise<DeviceSessionList> {
  await requireApiKey(request, reply, 'users:read')
  return listUserSessions(request, request.params.id)
}

/** DELETE /api/v1/admin/users/{id}/sessions */
export async function serviceAdminRevokeUserSessions(request: OperationRequest<'serviceAdminRevokeUserSessions'>, reply: FastifyReply): Promise<RevokedSessions> {
  const key = await requireApiKey(request, reply, 'sessions:write')
  return revokeAllUserSessions(request, key, request.params.id)
}

/** DELETE /api/v1/admin/users/{id}/sessions/{sessionId} */
export async function serviceAdminRevokeUserSession(request: OperationRequest<'serviceAdminRevokeUserSession'>, reply: FastifyReply): Promise<RevokedSessions> {
  const key = await requireApiKey(request, reply, 'sessions:write')
  return revokeUserSession(request, key, request.params.id, request.params.sessionId)
}
