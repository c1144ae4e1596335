import type { FastifyReply } from 'fastify'
import type { ChangePasswordResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { audit } from '../../audit/audit-trail.js'
import { callAuth } from '../../auth/call-auth.js'
import { requireNativeSession } from './session.js'

/**
 * POST /api/auth/change-password: needs the current password; can revoke every other session.
 * The session is resolved the service's way first (a banned user's or a revoked one is refused
 * 401), then Better Auth changes the password.
 */
export async function changePassword(request: OperationRequest<'nativeChangePassword'>, reply: FastifyReply): Promise<ChangePasswordResult> {
  const { body } = request
  await requireNativeSession(request)
  const result = await callAuth<ChangePasswordResult>(request, reply, request.server.auth.api.changePassword, { body })
  await audit(request, { type: 'password.changed', userId: result.user.id, detail: body.revokeOtherSessions === true ? { scope: 'others' } : {} })
  return result
}
