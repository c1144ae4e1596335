import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AuthResult, User } from '../../schemas/index.js'
import { audit } from '../../audit/audit-trail.js'
import { callAuthHeld, copySetCookies } from '../../auth/call-auth.js'
import { explainFailedSignUp } from '../../auth/failed-sign-up.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { assertAcceptableImageUrl } from '../../origins/image-url.js'
import { acceptRedirect } from '../../origins/request-redirects.js'
import { keepSessionOfVerifiedUser } from '../../auth/verification-rule.js'
import { findSessionByToken } from '../../sessions/session-repository.js'
import { toSessionView } from '../../sessions/session-view.js'

/** POST /api/auth/sign-up/email: Better Auth's sign-up, answered with `user`, `session` and `token`. */
export async function signUpEmail(request: OperationRequest<'nativeSignUpEmail'>, reply: FastifyReply): Promise<AuthResult> {
  const { auth, config } = request.server
  const { body } = request
  // The verification email's link leads to callbackURL, or to EMAIL_VERIFICATION_URL.
  const callbackURL = acceptRedirect(request, body.callbackURL, config.emailVerificationUrl)
  assertAcceptableImageUrl(body.image)
  const { headers, response } = await callAuthHeld<{ token: string | null; user: User }>(request, auth.api.signUpEmail, { body: { ...body, callbackURL } })
    .catch((error: unknown) => explainFailedSignUp(request, body.email, error))
  await audit(request, { type: 'user.created', userId: response.user.id, email: response.user.email })
  return completeSignIn(request, reply, headers, response.token, response.user)
}

/**
 * Answers a sign-up or sign-in with the session Better Auth created. When verified emails are
 * required and this one is not, the session is deleted and no cookie is sent.
 */
export async function completeSignIn(
  request: FastifyRequest,
  reply: FastifyReply,
  headers: Headers,
  token: string | null,
  user: User,
): Promise<AuthResult> {
  const { db } = request.server
  if (!await keepSessionOfVerifiedUser(request, token, user)) {
    if (request.routeOptions.config.operationId === 'nativeSignInEmail') throw new AppError('EMAIL_NOT_VERIFIED')
    return { redirect: false, token: null, url: null, user, session: null }
  }
  copySetCookies(headers, reply)
  const session = token === null ? undefined : await findSessionByToken(db, token)
  return { redirect: false, token, url: null, user, session: session === undefined ? null : toSessionView(session) }
}
