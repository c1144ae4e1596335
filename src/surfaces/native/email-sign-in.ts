import type { FastifyReply, FastifyRequest } from 'fastify'
import type { SignInResult, SuccessResult, TwoFactorRedirect } from '../../schemas/index.js'
import { audit, auditedSignIn, auditSecondFactorRequired, auditSignedIn, type SignInMethod } from '../../audit/audit-trail.js'
import { callAuthHeld, copySetCookies, redirectLocation, thrownHeaders } from '../../auth/call-auth.js'
import { SESSION_COOKIE_NAME } from '../../auth/cookie-policy.js'
import {
  EMAIL_SIGN_IN_SENT, normalizedEmail, proveMailbox, sendAfterAnswer, verifySignInCode, verifySignInLink, type EmailSignInOutcome,
} from '../../auth/email-sign-in.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { acceptRedirect, sendRedirect } from '../../origins/request-redirects.js'
import { deleteLapsedSignIn, findSignInLinkEmail, signInLinkIdentifier } from '../../sessions/email-sign-in-repository.js'
import { findUserByEmail } from '../../sessions/user-repository.js'
import { setCookieValue } from '../../auth/set-cookie-value.js'
import { completeSignIn } from './sign-up.js'

/**
 * `/api/auth`'s sign-in by email, at Better Auth's paths and in its shapes, so the SDK's
 * `magicLinkClient()` and `emailOTPClient()` work: a link to `/magic-link/verify`, or a six-digit
 * code for `/sign-in/email-otp`. Both ask a user with a second factor for it.
 */

/** POST /sign-in/magic-link: the same answer at once; the link is made and emailed after it. */
export async function nativeSignInMagicLink(request: OperationRequest<'nativeSignInMagicLink'>, reply: FastifyReply): Promise<SuccessResult> {
  const { body } = request
  const { auth, config } = request.server
  const email = normalizedEmail(body.email)
  // Checked now, so that a bad target is refused to whoever named it, not emailed to the address.
  const targets = {
    callbackURL: acceptRedirect(request, body.callbackURL, config.emailSignInUrl),
    newUserCallbackURL: acceptRedirect(request, body.newUserCallbackURL),
    errorCallbackURL: acceptRedirect(request, body.errorCallbackURL),
  }
  const defined = Object.fromEntries(Object.entries({ ...targets, name: body.name }).filter(([, value]) => value !== undefined))
  sendAfterAnswer(request, reply, email, () => callAuthHeld(request, auth.api.signInMagicLink, { body: { email, ...defined } }))
  return { success: true, status: true, message: EMAIL_SIGN_IN_SENT }
}

/** POST /email-otp/send-verification-otp with `type: sign-in`. */
export async function nativeEmailOtpSendVerificationOtp(request: OperationRequest<'nativeEmailOtpSendVerificationOtp'>, reply: FastifyReply): Promise<SuccessResult> {
  const email = normalizedEmail(request.body.email)
  sendAfterAnswer(request, reply, email, () => callAuthHeld(request, request.server.auth.api.sendVerificationOTP, { body: { email, type: 'sign-in' } }))
  return { success: true, status: true, message: EMAIL_SIGN_IN_SENT }
}

/** POST /sign-in/email-otp. */
export async function nativeSignInEmailOtp(request: OperationRequest<'nativeSignInEmailOtp'>, reply: FastifyReply): Promise<SignInResult | TwoFactorRedirect> {
  const { email, otp, name } = request.body
  return auditedSignIn(request, { method: 'email_code', email }, async () =>
    answer(request, reply, await verifySignInCode(request, { email, code: otp, ...(name === undefined ? {} : { name }) }), 'email_code'))
}

/**
 * GET /magic-link/verify: JSON without `callbackURL` (the SDK's `magicLink.verify`), else the
 * browser that opened the emailed link is redirected, signed in or told why not.
 */
export async function nativeMagicLinkVerify(request: OperationRequest<'nativeMagicLinkVerify'>, reply: FastifyReply): Promise<SignInResult | TwoFactorRedirect | FastifyReply> {
  const { query } = request
  const callbackURL = acceptRedirect(request, query.callbackURL)
  if (callbackURL === undefined) {
    const email = await findSignInLinkEmail(request.server.db, query.token)
    return auditedSignIn(request, { method: 'magic_link', ...(email === undefined ? {} : { email }) }, async () =>
      answer(request, reply, await verifySignInLink(request, query.token), 'magic_link'))
  }
  const targets = {
    callbackURL,
    newUserCallbackURL: acceptRedirect(request, query.newUserCallbackURL),
    errorCallbackURL: acceptRedirect(request, query.errorCallbackURL),
  }
  const defined = Object.fromEntries(Object.entries(targets).filter(([, value]) => value !== undefined))
  const { db, clock, auth } = request.server
  const email = await findSignInLinkEmail(db, query.token)
  await deleteLapsedSignIn(db, signInLinkIdentifier(query.token), clock.now())
  const { location, headers } = await proveMailbox(request, email, 'link', async () => {
    try {
      await callAuthHeld(request, auth.api.magicLinkVerify, { query: { token: query.token, ...defined } })
    } catch (error) {
      const thrown = redirectLocation(error)
      if (thrown !== undefined) return { location: new URL(thrown), headers: thrownHeaders(error) }
      throw error
    }
    throw new Error('magic-link verification with a callback did not redirect')
  }, ({ location }) => !location.searchParams.has('error'))
  copySetCookies(headers, reply)
  await auditRedirectedSignIn(request, location, headers, email)
  return sendRedirect(request, reply, location.href)
}

/** What the redirect of an emailed link says happened, in the audit trail as a JSON answer would be. */
async function auditRedirectedSignIn(request: FastifyRequest, location: URL, headers: Headers, email: string | undefined): Promise<void> {
  if (location.searchParams.has('error')) {
    const user = email === undefined ? undefined : await findUserByEmail(request.server.db, email)
    await audit(request, { type: 'sign_in.failed', userId: user?.id, email, detail: { method: 'magic_link', reason: 'INVALID_TOKEN' } })
    return
  }
  if (location.searchParams.get('twoFactorRedirect') === 'true') {
    if (email !== undefined) await auditSecondFactorRequired(request, email, 'magic_link')
    return
  }
  const signed = setCookieValue(headers, SESSION_COOKIE_NAME)
  const token = signed === undefined ? undefined : request.server.sessionCookies.tokenFromSigned(signed)
  await auditSignedIn(request, token ?? null, 'magic_link')
}

/** A JSON answer: the session as a password sign-in gives it, or the second-factor step. */
async function answer(request: FastifyRequest, reply: FastifyReply, outcome: EmailSignInOutcome, method: SignInMethod): Promise<SignInResult | TwoFactorRedirect> {
  if (outcome.kind === 'second_factor') {
    copySetCookies(outcome.headers, reply)
    await auditSecondFactorRequired(request, outcome.email, method)
    return { kind: 'two_factor_redirect', twoFactorRedirect: true, twoFactorMethods: ['totp'] }
  }
  const result = await completeSignIn(request, reply, outcome.headers, outcome.token, outcome.user)
  await auditSignedIn(request, outcome.token, method)
  return { kind: 'session', ...result }
}
