import type { FastifyReply, FastifyRequest } from 'fastify'
import type { SendVerificationEmailBody, SuccessResult, VerifyEmailBody, VerifyEmailResult } from '../../../schemas/index.js'
import { callAuth, callAuthHeld, redirectLocation } from '../../auth/call-auth.js'
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
 * token for an address that is already verified is refused, so a token works once.
 */
async function verify(request: FastifyRequest, reply: FastifyReply, token: string, callbackURL: string | undefined): Promise<VerifyEmailResult> {
  const { auth, db } = request.server
  const email = claimedEmail(token)
  const before = email === undefined ? undefined : await findUserByEmail(db, email)
  if (before?.email_verified === true) throw new AppError('INVALID_TOKEN')
  await callAuth(request, reply, auth.api.verifyEmail, { query: { token, ...(callbackURL === undefined ? {} : { callbackURL }) } })
  const after = email === undefined ? undefined : await findUserByEmail(db, email)
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

/**
 * POST /api/auth/send-verification-email: answers the same whether or not such an account waits
 * for it, and in the same time, since the lookup and the email run after the answer.
 */
export async function sendVerificationEmail(request: FastifyRequest, reply: FastifyReply): Promise<SuccessResult> {
  const body = request.body as SendVerificationEmailBody
  if (!isRedirectAcceptable(request.server.originPolicy, body.callbackURL)) throw new AppError('INVALID_REDIRECT')
  request.server.afterResponse.run(reply, 'verification email', () => callAuthHeld(request, request.server.auth.api.sendVerificationEmail, { body }))
  return { success: true, status: true }
}
