import type { FastifyReply } from 'fastify'
import type { ChangePasswordResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { audit } from '../../audit/audit-trail.js'
import { callAuth } from '../../auth/call-auth.js'
import { markCredentialsReplaced } from '../../auth/credentials-replaced.js'
import { requireNativeSession } from './session.js'

/**
 * POST /api/auth/change-password: needs the current password; can revoke every other session.
 * The session is resolved the service's way first (a banned user's or a revoked one is refused
 * 401), then Better Auth changes the password.
 */
export async function changePassword(request: OperationRequest<'nativeChangePassword'>, reply: FastifyReply): Promise<ChangePasswordResult> {
  const { body, server } = request
  const caller = await requireNativeSession(request)
  // First, as the service's own change does (src/credentials/password-change.ts): a sign-in with
  // the old password in flight commits before Better Auth ends the other sessions, its own with
  // them, and one that comes later makes none.
  if (body.revokeOtherSessions === true) await markCredentialsReplaced(server.db, caller.user.id, server.clock.now())
  const result = await callAuth<ChangePasswordResult>(request, reply, request.server.auth.api.changePassword, { body })
  await audit(request, { type: 'password.changed', userId: result.user.id, detail: body.revokeOtherSessions === true ? { scope: 'others' } : {} })
  return result
}
