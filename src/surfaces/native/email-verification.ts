import type { FastifyReply, FastifyRequest } from 'fastify'
import type { SuccessResult, VerifyEmailResult } from '../../schemas/index.js'
import { audit } from '../../audit/audit-trail.js'
import { confirmAddress } from '../../auth/address-confirmation.js'
import { callAuth, callAuthHeld, redirectLocation } from '../../auth/call-auth.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { acceptRedirect, sendRedirect, withQueryParameter } from '../../origins/request-redirects.js'
import { findUserByEmail } from '../../sessions/user-repository.js'

/** GET /api/auth/verify-email?token=: the link in the verification email. */
export async function verifyEmail(request: OperationRequest<'nativeVerifyEmail'>, reply: FastifyReply): Promise<VerifyEmailResult | FastifyReply> {
  const { query } = request
  const callbackURL = acceptRedirect(request, query.callbackURL)
  try {
    return await verify(request, reply, query.token, callbackURL)
  } catch (error) {
    const location = redirectLocation(error)
    if (location !== undefined) return sendRedirect(request, reply, location)
    if (callbackURL !== undefined && error instanceof AppError) {
      return sendRedirect(request, reply, withQueryParameter(callbackURL, 'error', error.code))
    }
    throw error
  }
}

/** POST /api/auth/verify-email {token}. */
export async function verifyEmailToken(request: OperationRequest<'nativeVerifyEmailToken'>, reply: FastifyReply): Promise<VerifyEmailResult> {
  const { token } = request.body
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
  let redirect: Error | undefined
  try {
    await callAuth(request, reply, auth.api.verifyEmail, { query: { token, ...(callbackURL === undefined ? {} : { callbackURL }) } })
  } catch (error) {
    if (redirectLocation(error) === undefined || !(error instanceof Error)) throw error
    redirect = error
  }
  const after = email === undefined ? undefined : await findUserByEmail(db, email)
  if (before !== undefined && after?.email_verified === true) {
    // Whoever signed up with this address before its owner clicked owns nothing now.
    await confirmAddress(db, after, request.server.clock.now())
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

/**
 * POST /api/auth/send-verification-email: answers the same whether or not such an account waits
 * for it, and in the same time, since the lookup and the email run after the answer.
 */
export async function sendVerificationEmail(request: OperationRequest<'nativeSendVerificationEmail'>, reply: FastifyReply): Promise<SuccessResult> {
  const { body } = request
  // Without a callbackURL the emailed link still leads to the front end (EMAIL_VERIFICATION_URL).
  const callbackURL = acceptRedirect(request, body.callbackURL, request.server.config.emailVerificationUrl)
  request.server.afterResponse.run(reply, 'verification email', () => callAuthHeld(request, request.server.auth.api.sendVerificationEmail, { body: { ...body, callbackURL } }))
  return { success: true, status: true }
}
