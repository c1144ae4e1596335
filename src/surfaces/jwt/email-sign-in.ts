import type { FastifyReply } from 'fastify'
import type { JwtAuthResult, JwtMessageResult } from '../../schemas/index.js'
import { auditSignedIn, type SignInMethod } from '../../audit/audit-trail.js'
import { EMAIL_SIGN_IN_SENT, normalizedEmail, sendAfterAnswer, sendLinkAndCode, verifyEmailSignIn, type EmailSignInOutcome } from '../../auth/email-sign-in.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { acceptRedirect } from '../../origins/request-redirects.js'
import { issueToken } from './account.js'

/** POST /auth/email-sign-in/start: `/api/v1`'s email (a front-end link and a code), answered in this surface's shape. */
export async function jwtEmailSignInStart(request: OperationRequest<'jwtEmailSignInStart'>, reply: FastifyReply): Promise<JwtMessageResult> {
  const { body } = request
  const email = normalizedEmail(body.email)
  const frontEndLink = acceptRedirect(request, body.redirectTo, request.server.config.emailSignInUrl)
  sendAfterAnswer(request, reply, email, () => sendLinkAndCode(request, { email, frontEndLink, ...(body.name === undefined ? {} : { name: body.name }) }))
  return { success: true, message: EMAIL_SIGN_IN_SENT }
}

/** POST /auth/email-sign-in/verify: a JWT; this client has no second-factor step, so a user with one is refused as by login. */
export async function jwtEmailSignInVerify(request: OperationRequest<'jwtEmailSignInVerify'>, reply: FastifyReply): Promise<JwtAuthResult> {
  return verifyEmailSignIn(request, request.body, async (outcome, method) => answer(request, reply, outcome, method))
}

async function answer(request: OperationRequest<'jwtEmailSignInVerify'>, reply: FastifyReply, outcome: EmailSignInOutcome, method: SignInMethod): Promise<JwtAuthResult> {
  if (outcome.kind === 'second_factor') throw new AppError('MFA_REQUIRED')
  const result = await issueToken(request, reply, outcome.token, outcome.user)
  await auditSignedIn(request, outcome.token, method)
  return result
}
