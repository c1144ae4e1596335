import type { FastifyReply, FastifyRequest } from 'fastify'
import type { SendVerificationEmailBody, SuccessResult, VerifyEmailBody, VerifyEmailResult } from '../../../schemas/index.js'
import { audit } from '../../audit/audit-trail.js'
import { confirmAddress } from '../../auth/address-confirmation.js'
import { callAuth, redirectLocation } from '../../auth/call-auth.js'
import { AppError } from '../../errors/error-codes.js'
import { isRedirectAcceptable } from '../../origins/origin-policy.js'
import { findUserByEmail } from '../../sessions/session-repository.js'

/** GET /api/auth/verify-email?token=: the link in the verification email. */
export async function verifyEmail(request: FastifyRequest, reply: FastifyReply): Promise<VerifyEmailResult> {
  const { token, callbackURL } = request.query as { token: string; callbackURL?: string }
  if (!isRedirectAcceptable(request.server.originPolicy, callbackURL)) throw new AppError('INVALID_REDIRECT')
  try {
    return await verify(request, reply, token, callbackURL)
  } catch (error) {
    const location = redirectLocation(error)
    if (location !== undefined) return reply.redirect(location, 302) as never
    if (callbackURL !== undefined && error instanceof AppError) {
      return reply.redirect(withQuery(callbackURL, 'error', error.code), 302) as never
    }
    throw error
  }
}

/** POST /api/auth/verify-email {token}. */
export async function verifyEmailToken(request: FastifyRequest, reply: FastifyReply): Promise<VerifyEmailResult> {
  const { token } = request.body as VerifyEmailBody
  return verify(request, reply, token, undefined)
}

/**
 * Better Auth's verification tokens are signed JWTs that it would accept again and again. A
 * token for an address that is already verified is refused, so a token works once. Confirming
 * the address revokes everything issued before it, as a code does.
 */
async function verify(request: FastifyRequest, reply: FastifyReply, token: string, callbackURL: string | undefined): Promise<VerifyEmailResult> {
  const { auth, db } = request.server
  const email = claimedEmail(token)
  const before = email === undefined ? undefined : await findUserByEmail(db, email)
  if (before?.email_verified === true) throw new AppError('INVALID_TOKEN')
  // With a callbackURL Better Auth answers even a success by throwing its redirect.
  let redirect: unknown
  try {
    await callAuth(request, reply, auth.api.verifyEmail, { query: { token, ...(callbackURL === undefined ? {} : { callbackURL }) } })
  } catch (error) {
    if (redirectLocation(error) === undefined) throw error
    redirect = error
  }
  const after = email === undefined ? undefined : await findUserByEmail(db, email)
  if (before !== undefined && after?.email_verified === true) {
    // Whoever signed up with this address before its owner clicked owns nothing now.
    await confirmAddress(db, after, new Date())
    await audit(request, { type: 'email.verified', userId: after.id, email: after.email, detail: { via: 'link' } })
  }
  if (redirect !== undefined) throw redirect
  if (after === undefined || !after.email_verified) throw new AppError('INVALID_TOKEN')
  return { success: true, status: true, user: { id: after.id, emailVerified: true } }
}

/** The email a verification JWT names, read without trusting it: Better Auth verifies the signature. */
function claimedEmail(token: string): string | undefined {
  const payload = token.split('.')[1]
  if (payload === undefined) return undefined
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { email?: unknown }
    return typeof claims.email === 'string' ? claims.email : undefined
  } catch {
    return undefined
  }
}

function withQuery(url: string, key: string, value: string): string {
  const [path, hash = ''] = url.split('#', 2) as [string, string?]
  const separator = path.includes('?') ? '&' : '?'
  return `${path}${separator}${key}=${encodeURIComponent(value)}${hash === '' ? '' : `#${hash}`}`
}

/** POST /api/auth/send-verification-email: answers the same whether or not such an account waits for it. */
export async function sendVerificationEmail(request: FastifyRequest, reply: FastifyReply): Promise<SuccessResult> {
  const body = request.body as SendVerificationEmailBody
  if (!isRedirectAcceptable(request.server.originPolicy, body.callbackURL)) throw new AppError('INVALID_REDIRECT')
  await callAuth(request, reply, request.server.auth.api.sendVerificationEmail, { body })
  return { success: true, status: true }
}
