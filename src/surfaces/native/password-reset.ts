import type { FastifyReply } from 'fastify'
import type { SuccessResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { callAuth, callAuthHeld, redirectLocation } from '../../auth/call-auth.js'
import { AppError } from '../../errors/error-codes.js'
import { acceptRedirect, sendRedirect } from '../redirect-targets.js'

const RESET_REQUESTED = 'If an account exists, a password reset link has been sent'

/**
 * POST /api/auth/forgot-password and /request-password-reset (and v1's request-password-reset).
 * The answer is the same whether or not the account exists, and it is sent before the account is
 * even looked up: the lookup, the token and the email run after it, so the time is the same too.
 */
export async function requestPasswordReset(request: OperationRequest<'requestPasswordReset'>, reply: FastifyReply): Promise<SuccessResult> {
  const { body } = request
  // Without a redirectTo the emailed link still leads to a reset form (PASSWORD_RESET_URL).
  const redirectTo = acceptRedirect(request, body.redirectTo, request.server.config.passwordResetUrl)
  request.server.afterResponse.run(reply, 'password reset email', () => callAuthHeld(request, request.server.auth.api.requestPasswordReset, { body: { ...body, redirectTo } }))
  return { success: true, status: true, message: RESET_REQUESTED }
}

export const forgotPassword = requestPasswordReset

/** GET /api/auth/reset-password/{token}: the email's link, forwarded to the front end's form. */
export async function resetPasswordCallback(request: OperationRequest<'resetPasswordCallback'>, reply: FastifyReply): Promise<FastifyReply> {
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
export async function resetPassword(request: OperationRequest<'resetPassword'>, reply: FastifyReply): Promise<SuccessResult> {
  const { body } = request
  const newPassword = body.newPassword ?? body.password
  if (newPassword === undefined) throw new AppError('VALIDATION_ERROR', 'password: Field required')
  await callAuth(request, reply, request.server.auth.api.resetPassword, { body: { token: body.token, newPassword } })
  return { success: true, status: true, message: 'Password reset successfully' }
}
