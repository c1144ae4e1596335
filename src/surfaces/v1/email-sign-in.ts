import type { FastifyReply } from 'fastify'
import type { V1MessageResult, V1MfaChallenge, V1TokenResult } from '../../schemas/index.js'
import { auditSecondFactorRequired, type SignInMethod } from '../../audit/audit-trail.js'
import { EMAIL_SIGN_IN_SENT, normalizedEmail, sendAfterAnswer, sendLinkAndCode, verifyEmailSignIn, type EmailSignInOutcome } from '../../auth/email-sign-in.js'
import { TWO_FACTOR_COOKIE } from '../../auth/two-factor-cookie.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { acceptRedirect } from '../../origins/request-redirects.js'
import { setCookieValue } from '../../auth/set-cookie-value.js'
import { issueTokens } from './tokens.js'

/**
 * POST /api/v1/better-auth/email-sign-in/start: one email with a link to the front end (which
 * hands its `token` to verify) and a six-digit code. Answered at once, the same for every address.
 */
export async function v1EmailSignInStart(request: OperationRequest<'v1EmailSignInStart'>, reply: FastifyReply): Promise<V1MessageResult> {
  const { body } = request
  const email = normalizedEmail(body.email)
  const frontEndLink = acceptRedirect(request, body.redirectTo, request.server.config.emailSignInUrl)
  sendAfterAnswer(request, reply, email, () => sendLinkAndCode(request, { email, frontEndLink, ...(body.name === undefined ? {} : { name: body.name }) }))
  return { success: true, message: EMAIL_SIGN_IN_SENT }
}

/** POST /api/v1/better-auth/email-sign-in/verify: the code with its address, or the link's token; tokens, or login's MFA challenge. */
export async function v1EmailSignInVerify(request: OperationRequest<'v1EmailSignInVerify'>, reply: FastifyReply): Promise<V1TokenResult | V1MfaChallenge> {
  return verifyEmailSignIn(request, request.body, async (outcome, method) => answer(request, reply, outcome, method))
}

async function answer(request: OperationRequest<'v1EmailSignInVerify'>, reply: FastifyReply, outcome: EmailSignInOutcome, method: SignInMethod): Promise<V1TokenResult | V1MfaChallenge> {
  if (outcome.kind === 'second_factor') {
    // As login: the pending sign-in's signed cookie value is the mfaToken for verify-mfa.
    const mfaToken = setCookieValue(outcome.headers, TWO_FACTOR_COOKIE)
    if (mfaToken === undefined) throw new Error('two-factor sign-in without its cookie')
    await auditSecondFactorRequired(request, outcome.email, method)
    return { kind: 'mfa_challenge', mfaRequired: true, mfaToken }
  }
  return issueTokens(request, reply, outcome.token, { type: 'sign_in.succeeded', detail: { method } })
}
