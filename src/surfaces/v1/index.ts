import type { FastifyReply } from 'fastify'
import type { OperationHandlers, OperationRequest } from '../../contract/operation-handlers.js'
import type { V1MessageResult } from '../../schemas/index.js'
import { requestPasswordReset, resetPassword } from '../../auth/password-reset.js'
import { introspectToken } from './introspection.js'
import { disableMfa, enableMfa, setupMfa } from './mfa.js'
import { completeRegistration, register, resendVerification, verifyRegistrationCode } from './registration.js'
import { logout } from './logout.js'
import { login, me, refreshToken, verifyMfa } from './sign-in.js'

/** `/api/v1/better-auth/*` and introspection, by operationId. */
export const v1Handlers = {
  register,
  verifyRegistrationCode,
  resendVerification,
  completeRegistration,
  login,
  verifyMfa,
  refreshToken,
  requestPasswordResetV1,
  resetPasswordV1,
  logout,
  me,
  setupMfa,
  enableMfa,
  disableMfa,
  introspectToken,
} satisfies Partial<OperationHandlers>

// The same reset as /api/auth (Better Auth's link and token; the reset revokes sessions and
// refresh tokens), answered in this surface's shape.
async function requestPasswordResetV1(request: OperationRequest<'requestPasswordResetV1'>, reply: FastifyReply): Promise<V1MessageResult> {
  const { success, message } = await requestPasswordReset(request, reply, request.body)
  return { success, message }
}

async function resetPasswordV1(request: OperationRequest<'resetPasswordV1'>, reply: FastifyReply): Promise<V1MessageResult> {
  const { success, message } = await resetPassword(request, reply, request.body)
  return { success, message }
}
