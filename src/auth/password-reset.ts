import type { FastifyReply, FastifyRequest } from 'fastify'
import type { PasswordResetRequestBody, ResetPasswordBody, SuccessResult } from '../schemas/index.js'
import { AppError } from '../errors/error-codes.js'
import { acceptRedirect } from '../origins/request-redirects.js'
import { callAuth, callAuthHeld } from './call-auth.js'

const RESET_REQUESTED = 'If an account exists, a password reset link has been sent'

/**
 * POST /api/auth/forgot-password and /request-password-reset, and v1's request-password-reset:
 * one reset, Better Auth's link and token, on both surfaces. The answer is the same whether or
 * not the account exists, and it is sent before the account is even looked up: the lookup, the
 * token and the email run after it, so the time is the same too.
 */
export async function requestPasswordReset(request: FastifyRequest, reply: FastifyReply, body: PasswordResetRequestBody): Promise<SuccessResult> {
  // Without a redirectTo the emailed link still leads to a reset form (PASSWORD_RESET_URL).
  const redirectTo = acceptRedirect(request, body.redirectTo, request.server.config.passwordResetUrl)
  request.server.afterResponse.run(reply, 'password reset email', () => callAuthHeld(request, request.server.auth.api.requestPasswordReset, { body: { ...body, redirectTo } }))
  return { success: true, status: true, message: RESET_REQUESTED }
}

/**
 * POST /api/auth/reset-password and v1's reset-password: the token works once, and every session
 * and refresh token of the user is revoked.
 */
export async function resetPassword(request: FastifyRequest, reply: FastifyReply, body: ResetPasswordBody): Promise<SuccessResult> {
  const newPassword = body.newPassword ?? body.password
  if (newPassword === undefined) throw new AppError('VALIDATION_ERROR', 'password: Field required')
  await callAuth(request, reply, request.server.auth.api.resetPassword, { body: { token: body.token, newPassword } })
  return { success: true, status: true, message: 'Password reset successfully' }
}
