import type { FastifyReply, FastifyRequest } from 'fastify'
import type { V1MeResult, V1MfaChallenge, V1TokenResult } from '../../schemas/index.js'
import { audit, auditedSignIn, auditSecondFactorRequired } from '../../audit/audit-trail.js'
import { assertNotBanned } from '../../auth/ban.js'
import { authHeaders, callAuthHeld } from '../../auth/call-auth.js'
import { checkSecondFactor } from '../../auth/totp-replay.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { pendingSecondFactorUser, TWO_FACTOR_COOKIE } from '../../auth/two-factor-cookie.js'
import { REFRESH_COOKIE_NAME } from '../../auth/session-cookies.js'
import { AppError } from '../../errors/error-codes.js'
import { findRefreshTokenOwner, rotateRefreshToken } from '../../sessions/refresh-token-repository.js'
import { findLiveSessionWithUserById } from '../../sessions/session-repository.js'
import { toUserView } from '../../sessions/session-view.js'
import { REFRESH_TTL_MS, issueTokens, tokenResult } from './tokens.js'
import { resolveV1Session } from './v1-session.js'
import { setCookieValue } from '../../auth/set-cookie-value.js'
import { verifyMfaWithPasskey } from './passkeys.js'

/**
 * POST /api/v1/better-auth/login. A wrong password and an unknown email are the same 401, in the
 * same time. A user with a second factor gets an MFA challenge: `mfaToken` is Better Auth's
 * signed two-factor cookie value, which verify-mfa hands back to it.
 */
export async function login(request: OperationRequest<'v1Login'>, reply: FastifyReply): Promise<V1TokenResult | V1MfaChallenge> {
  const { body } = request
  return auditedSignIn(request, { method: 'password', email: body.email }, async () => {
    const { headers, response } = await callAuthHeld<{ token: string; twoFactorRedirect?: boolean }>(request, request.server.auth.api.signInEmail, { body })
    if (response.twoFactorRedirect === true) {
      const mfaToken = setCookieValue(headers, TWO_FACTOR_COOKIE)
      if (mfaToken === undefined) throw new Error('two-factor sign-in without its cookie')
      await auditSecondFactorRequired(request, body.email)
      return { kind: 'mfa_challenge', mfaRequired: true, mfaToken } as const
    }
    return issueTokens(request, reply, response.token, { type: 'sign_in.succeeded', detail: { method: 'password' } })
  })
}

/**
 * POST /api/v1/better-auth/verify-mfa: a six-digit TOTP, or else a backup code (each works once);
 * or an assertion of one of the user's passkeys.
 */
export async function verifyMfa(request: OperationRequest<'v1VerifyMfa'>, reply: FastifyReply): Promise<V1TokenResult> {
  const { auth } = request.server
  const { mfaToken, code, passkey } = request.body
  if (passkey !== undefined && code === undefined) return verifyMfaWithPasskey(request, reply, mfaToken, passkey)
  if (passkey !== undefined || code === undefined) throw new AppError('VALIDATION_ERROR', 'Send exactly one second factor: code or passkey')
  const headers = authHeaders(request)
  headers.set('cookie', `${TWO_FACTOR_COOKIE}=${encodeURIComponent(mfaToken)}`)
  const method = /^\d{6}$/.test(code) ? 'totp' : 'backup_code'
  const endpoint = method === 'totp' ? auth.api.verifyTOTP : auth.api.verifyBackupCode
  const who = (): Promise<string | undefined> => pendingSecondFactorUser(auth, mfaToken)
  return auditedSignIn(request, { method, who }, async () => {
    const verify = (): Promise<{ response: { token: string } }> =>
      (endpoint as (input: unknown) => Promise<{ response: { token: string } }>)({ body: { code }, headers, returnHeaders: true })
    const { response } = await checkSecondFactor(request, { method, code, pendingUser: who }, verify)
    return issueTokens(request, reply, response.token, { type: 'sign_in.succeeded', detail: { method } })
  })
}

/** POST /api/v1/better-auth/refresh-token: the token from the body, or from its HttpOnly cookie. */
export async function refreshToken(request: OperationRequest<'v1RefreshToken'>, reply: FastifyReply): Promise<V1TokenResult> {
  const { server } = request
  const token = request.body.refreshToken ?? server.parseCookie(request.headers.cookie ?? '')[REFRESH_COOKIE_NAME]
  if (token === undefined) throw new AppError('SESSION_EXPIRED', 'No refresh token')
  // A ban revoked the user's tokens; their holder is told why rather than to sign in again. Read
  // FOR SHARE, so a ban in flight is waited for and a rotation cannot outlive it.
  const owner = await findRefreshTokenOwner(server.db, token)
  if (owner !== undefined) await assertNotBanned(server.db, owner, server.clock)
  const outcome = await rotateRefreshToken(server.db, {
    token,
    now: server.clock.now(),
    ttlMs: REFRESH_TTL_MS,
    reuseIntervalMs: server.config.refreshReuseInterval * 1000,
    deriveChild: (parent) => server.deriveRefreshToken(parent),
  })
  if (outcome.kind === 'reused') {
    // The family's revocation and this event commit together, though the answer is a 401.
    await audit(request, { type: 'refresh_token.reused', userId: outcome.userId, sessionId: outcome.sessionId })
    server.sessionCookies.clearAll(reply)
    request.log.warn({ userId: outcome.userId }, 'refresh token reused: family revoked')
    throw new AppError('TOKEN_REUSED')
  }
  if (outcome.kind === 'invalid') throw new AppError('SESSION_EXPIRED', 'Refresh token is not valid; sign in again')
  const found = await findLiveSessionWithUserById(server.db, outcome.sessionId, server.clock.now())
  if (found === undefined) throw new AppError('SESSION_EXPIRED')
  await assertNotBanned(server.db, found.user, server.clock)
  server.sessionCookies.setRefresh(reply, outcome.child, outcome.expiresAt)
  return tokenResult(request, found, outcome.child)
}

/** GET /api/v1/better-auth/me. */
export async function me(request: FastifyRequest): Promise<V1MeResult> {
  const found = await resolveV1Session(request)
  if (found === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  return { user: toUserView(found.user) }
}
