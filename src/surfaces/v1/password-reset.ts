import type { FastifyReply } from 'fastify'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import type { V1MessageResult } from '../../schemas/index.js'
import { requestPasswordReset, resetPassword } from '../../auth/password-reset.js'

/**
 * POST /api/v1/better-auth/request-password-reset and /reset-password: the same reset as
 * /api/auth (Better Auth's link and token; the reset revokes sessions and refresh tokens),
 * answered in this surface's shape.
 */
export async function requestPasswordResetV1(request: OperationRequest<'v1RequestPasswordReset'>, reply: FastifyReply): Promise<V1MessageResult> {
  const { success, message } = await requestPasswordReset(request, reply, request.body)
  return { success, message }
}

export async function resetPasswordV1(request: OperationRequest<'v1ResetPassword'>, reply: FastifyReply): Promise<V1MessageResult> {
  const { success, message } = await resetPassword(request, reply, request.body)
  return { success, message }
}
