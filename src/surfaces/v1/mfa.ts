import type { FastifyReply, FastifyRequest } from 'fastify'
import type { V1MfaSetupResult, V1TokenResult } from '../../schemas/index.js'
import { audit, type AuditEventType } from '../../audit/audit-trail.js'
import { SESSION_COOKIE_NAME } from '../../auth/cookie-policy.js'
import { spendingTotpCode } from '../../auth/totp-replay.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { revokeSessionRefreshTokens } from '../../sessions/refresh-token-repository.js'
import type { SessionWithUserRow } from '../../sessions/session-repository.js'
import { lockAccountForEnrolment } from '../../sessions/two-factor-repository.js'
import { issueTokens } from './tokens.js'
import { headersForSession, resolveV1Session } from './v1-session.js'

type Endpoint = (input: unknown) => Promise<{ headers: Headers; response: unknown }>

/** The caller, whose second-factor changes then wait for any other change of it in flight. */
async function signedIn(request: FastifyRequest): Promise<SessionWithUserRow> {
  const found = await resolveV1Session(request)
  if (found === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  await lockAccountForEnrolment(request.server.db, found.user.id)
  return found
}

/**
 * The caller, who may enrol a second factor only on a confirmed address: a second factor on an
 * account someone pre-registered with another's address would let the mailbox alone sign in later.
 * Checked before anything changes, so a refused enrolment leaves nothing behind.
 */
async function signedInWithConfirmedAddress(request: FastifyRequest): Promise<SessionWithUserRow> {
  const found = await signedIn(request)
  if (!found.user.email_verified) throw new AppError('EMAIL_NOT_VERIFIED', 'Confirm your email address before turning on MFA')
  return found
}

/** POST /mfa/setup {password}: a TOTP secret (as an otpauth URI) and backup codes; not on yet. */
export async function setupMfa(request: OperationRequest<'v1SetupMfa'>): Promise<V1MfaSetupResult> {
  const found = await signedInWithConfirmedAddress(request)
  const { password } = request.body
  const enable = request.server.auth.api.enableTwoFactor as unknown as Endpoint
  const { response } = await enable({ body: { password }, headers: headersForSession(request, found.session.token), returnHeaders: true })
  const { totpURI, backupCodes } = response as { totpURI: string; backupCodes: string[] }
  await audit(request, { type: 'mfa.setup', userId: found.user.id, sessionId: found.session.id })
  return { totpURI, backupCodes }
}

/** POST /mfa/enable {code}: the first code turns MFA on. */
export async function enableMfa(request: OperationRequest<'v1EnableMfa'>, reply: FastifyReply): Promise<V1TokenResult> {
  const found = await signedInWithConfirmedAddress(request)
  const { code } = request.body
  // The code that turns MFA on is spent: it cannot sign in a moment later.
  return spendingTotpCode(request, found.user.id, code, () => renewed(request, reply, found, request.server.auth.api.verifyTOTP as unknown as Endpoint, { code }, 'mfa.enabled'))
}

/** POST /mfa/disable {password}. */
export async function disableMfa(request: OperationRequest<'v1DisableMfa'>, reply: FastifyReply): Promise<V1TokenResult> {
  const found = await signedIn(request)
  const { password } = request.body
  return renewed(request, reply, found, request.server.auth.api.disableTwoFactor as unknown as Endpoint, { password }, 'mfa.disabled')
}

/**
 * Turning MFA on or off makes Better Auth replace the session (so a session fixed before the
 * change does not survive it). The old session's tokens are revoked with it, and the caller gets
 * tokens for the new one.
 */
async function renewed(
  request: FastifyRequest,
  reply: FastifyReply,
  found: SessionWithUserRow,
  endpoint: Endpoint,
  body: object,
  type: AuditEventType,
): Promise<V1TokenResult> {
  const { server } = request
  const { headers } = await endpoint({ body, headers: headersForSession(request, found.session.token), returnHeaders: true })
  await revokeSessionRefreshTokens(server.db, found.session.id, server.clock.now())
  const cookie = headers.getSetCookie().find((candidate) => candidate.startsWith(`${SESSION_COOKIE_NAME}=`) && !candidate.startsWith(`${SESSION_COOKIE_NAME}=;`))
  const signed = cookie === undefined ? undefined : decodeURIComponent(cookie.split(';')[0]!.slice(SESSION_COOKIE_NAME.length + 1))
  // Better Auth just signed this cookie itself; the token is the part before the signature.
  const token = signed === undefined ? undefined : signed.slice(0, signed.lastIndexOf('.'))
  return issueTokens(request, reply, token ?? found.session.token, { type })
}
