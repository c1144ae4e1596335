import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AuthResult, SignInEmailBody, TwoFactorRedirect, TwoFactorResult, User } from '../../../schemas/index.js'
import { callAuth, callAuthHeld, copySetCookies } from '../../auth/call-auth.js'
import { AppError } from '../../errors/error-codes.js'
import { isRedirectAcceptable } from '../../origins/origin-policy.js'
import { completeSignIn } from './sign-up.js'

/**
 * POST /api/auth/sign-in/email. Better Auth hashes a dummy password for an unknown email, so an
 * unknown email and a wrong password cost the same time and answer the same INVALID_CREDENTIALS.
 */
export async function signInEmail(request: FastifyRequest, reply: FastifyReply): Promise<AuthResult | TwoFactorRedirect> {
  const body = request.body as SignInEmailBody
  if (!isRedirectAcceptable(request.server.originPolicy, body.callbackURL)) throw new AppError('INVALID_REDIRECT')
  const { headers, response } = await callAuthHeld<{ token: string; user: User } | TwoFactorRedirect>(request, request.server.auth.api.signInEmail, { body })
  if ('twoFactorRedirect' in response) {
    // The pending second-factor step lives in Better Auth's signed two_factor cookie.
    copySetCookies(headers, reply)
    return response
  }
  return completeSignIn(request, reply, headers, response.token, response.user)
}

/** POST /api/auth/two-factor/verify-totp: the SDK's second step, with the pending cookie. */
export async function verifyTotp(request: FastifyRequest, reply: FastifyReply): Promise<TwoFactorResult> {
  return callAuth<TwoFactorResult>(request, reply, request.server.auth.api.verifyTOTP, { body: request.body })
}

/** POST /api/auth/two-factor/verify-backup-code: the same with a backup code, which then is spent. */
export async function verifyBackupCode(request: FastifyRequest, reply: FastifyReply): Promise<TwoFactorResult> {
  return callAuth<TwoFactorResult>(request, reply, request.server.auth.api.verifyBackupCode, { body: request.body })
}
