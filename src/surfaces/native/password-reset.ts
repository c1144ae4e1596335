import type { FastifyReply } from 'fastify'
import type { SuccessResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { callAuth, redirectLocation } from '../../auth/call-auth.js'
import { requestPasswordReset as requestReset, resetPassword as reset } from '../../auth/password-reset.js'
import { acceptRedirect, sendRedirect } from '../../origins/request-redirects.js'

/** POST /api/auth/request-password-reset: the same answer whether or not the account exists. */
export async function requestPasswordReset(request: OperationRequest<'nativeRequestPasswordReset'>, reply: FastifyReply): Promise<SuccessResult> {
  return requestReset(request, reply, request.body)
}

/** POST /api/auth/forgot-password: the older name of request-password-reset. */
export async function forgotPassword(request: OperationRequest<'nativeForgotPassword'>, reply: FastifyReply): Promise<SuccessResult> {
  return requestReset(request, reply, request.body)
}

/** GET /api/auth/reset-password/{token}: the email's link, forwarded to the front end's form. */
export async function resetPasswordCallback(request: OperationRequest<'nativeResetPasswordCallback'>, reply: FastifyReply): Promise<FastifyReply> {
  const { token } = request.params
  const { callbackURL: named } = request.query
  // A link emailed without a target (`callbackURL=`) still leads to the reset form.
  const callbackURL = acceptRedirect(request, named === '' ? undefined : named, request.server.config.passwordResetUrl)
  try {
    await callAuth(request, reply, request.server.auth.api.requestPasswordResetCallback, { params: { token }, query: { callbackURL } })
  } catch (error) {
    const location = redirectLocation(error)
    if (location !== undefined) return sendRedirect(request, reply, location)
    throw error
  }
  throw new Error('reset-password callback did not redirect')
}

/** POST /api/auth/reset-password: the token works once, and every session of the user is revoked. */
export async function resetPassword(request: OperationRequest<'nativeResetPassword'>, reply: FastifyReply): Promise<SuccessResult> {
  return reset(request, reply, request.body)
}
