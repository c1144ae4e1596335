import type { FastifyReply } from 'fastify'
import type { SignInResult, TwoFactorRedirect, TwoFactorResult, User } from '../../schemas/index.js'
import { auditedSignIn, auditSecondFactorRequired, auditSignedIn, type SignInMethod } from '../../audit/audit-trail.js'
import { callAuthHeld, copySetCookies, type Endpoint } from '../../auth/call-auth.js'
import { checkSecondFactor } from '../../auth/totp-replay.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { pendingSecondFactorUser, TWO_FACTOR_COOKIE } from '../../auth/two-factor-cookie.js'
import { acceptRedirect } from '../../origins/request-redirects.js'
import { completeSignIn } from './sign-up.js'

/**
 * POST /api/auth/sign-in/email. Better Auth hashes a dummy password for an unknown email, so an
 * unknown email and a wrong password cost the same time and answer the same INVALID_CREDENTIALS.
 */
export async function signInEmail(request: OperationRequest<'nativeSignInEmail'>, reply: FastifyReply): Promise<SignInResult | TwoFactorRedirect> {
  const named = request.body
  const callbackURL = acceptRedirect(request, named.callbackURL)
  const body = callbackURL === undefined ? named : { ...named, callbackURL }
  return auditedSignIn(request, { method: 'password', email: body.email }, async () => {
    const { headers, response } = await callAuthHeld<{ token: string; user: User } | Omit<TwoFactorRedirect, 'kind'>>(request, request.server.auth.api.signInEmail, { body })
    if ('twoFactorRedirect' in response) {
      // The pending second-factor step lives in Better Auth's signed two_factor cookie.
      copySetCookies(headers, reply)
      await auditSecondFactorRequired(request, body.email)
      return { kind: 'two_factor_redirect', ...response }
    }
    const result = await completeSignIn(request, reply, headers, response.token, response.user)
    await auditSignedIn(request, response.token, 'password')
    return { kind: 'session', ...result }
  })
}

/** POST /api/auth/two-factor/verify-totp: the SDK's second step, with the pending cookie. */
export async function verifyTotp(request: OperationRequest<'nativeVerifyTotp'>, reply: FastifyReply): Promise<TwoFactorResult> {
  return secondFactor(request, reply, 'totp', request.server.auth.api.verifyTOTP)
}

/** POST /api/auth/two-factor/verify-backup-code: the same with a backup code, which then is spent. */
export async function verifyBackupCode(request: OperationRequest<'nativeVerifyBackupCode'>, reply: FastifyReply): Promise<TwoFactorResult> {
  return secondFactor(request, reply, 'backup_code', request.server.auth.api.verifyBackupCode)
}

async function secondFactor(request: OperationRequest<'nativeVerifyTotp' | 'nativeVerifyBackupCode'>, reply: FastifyReply, method: SignInMethod, endpoint: Endpoint): Promise<TwoFactorResult> {
  const { server } = request
  const pending = server.parseCookie(request.headers.cookie ?? '')[TWO_FACTOR_COOKIE]
  const who = (): Promise<string | undefined> => pendingSecondFactorUser(server.auth, pending)
  return auditedSignIn(request, { method, who }, async () => {
    const verify = (): Promise<{ headers: Headers; response: TwoFactorResult }> => callAuthHeld<TwoFactorResult>(request, endpoint, { body: request.body })
    const { code } = request.body
    const { headers, response } = await checkSecondFactor(request, { method, code, pendingUser: who }, verify)
    copySetCookies(headers, reply)
    await auditSignedIn(request, response.token, method)
    return response
  })
}
