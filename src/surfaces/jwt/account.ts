import type { FastifyReply, FastifyRequest } from 'fastify'
import type { JwtAuthResult, JwtLogoutResult, JwtUser, User } from '../../schemas/index.js'
import { audit, auditedSignIn, auditSignedIn } from '../../audit/audit-trail.js'
import { authenticate } from '../../auth/authenticate.js'
import { callAuthHeld } from '../../auth/call-auth.js'
import { explainFailedSignUp } from '../../auth/failed-sign-up.js'
import { keepSessionOfVerifiedUser } from '../../auth/verification-rule.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { deleteSessionById, findSessionByToken } from '../../sessions/session-repository.js'
import { clearAuthTokenCookie, JWT_CREDENTIALS, setAuthTokenCookie } from './auth-token.js'

/** POST /auth/signup: a Better Auth sign-up, answered with a JWT instead of a session cookie. */
export async function authSignup(request: OperationRequest<'jwtSignup'>, reply: FastifyReply): Promise<JwtAuthResult> {
  const { body } = request
  // This client names no callback: the verification email's link leads to EMAIL_VERIFICATION_URL.
  const callbackURL = request.server.config.emailVerificationUrl
  const { response } = await callAuthHeld<{ token: string | null; user: User }>(request, request.server.auth.api.signUpEmail, { body: { ...body, callbackURL } })
    .catch((error: unknown) => explainFailedSignUp(request, body.email, error))
  await audit(request, { type: 'user.created', userId: response.user.id, email: response.user.email })
  return issueToken(request, reply, response.token, response.user)
}

/**
 * POST /auth/login. Better Auth hashes a dummy password for an unknown email, so it answers the
 * same 401 as a wrong password, in the same time: never a 404 that tells which emails exist.
 */
export async function authLogin(request: OperationRequest<'jwtLogin'>, reply: FastifyReply): Promise<JwtAuthResult> {
  const { body } = request
  return auditedSignIn(request, { method: 'password', email: body.email }, async () => {
    const { response } = await callAuthHeld<{ token: string; user: User } | { twoFactorRedirect: true }>(request, request.server.auth.api.signInEmail, { body })
    // This client has no second-factor step: a user with one signs in on another surface.
    if ('twoFactorRedirect' in response) throw new AppError('MFA_REQUIRED')
    const result = await issueToken(request, reply, response.token, response.user)
    await auditSignedIn(request, response.token, 'password')
    return result
  })
}

/** Answers a sign-in with the JWT of its session, in the body and the `auth_token` cookie. */
export async function issueToken(request: FastifyRequest, reply: FastifyReply, sessionToken: string | null, user: User): Promise<JwtAuthResult> {
  if (!await keepSessionOfVerifiedUser(request, sessionToken, user)) throw new AppError('EMAIL_NOT_VERIFIED')
  const session = await findSessionByToken(request.server.db, sessionToken!)
  if (session === undefined) throw new AppError('SESSION_EXPIRED')
  // The token lives as long as its session: this client has no refresh token.
  const token = await request.server.accessTokens.sign('auth', { userId: user.id, sessionId: session.id, expiresAt: session.expires_at })
  setAuthTokenCookie(request, reply, token, session.expires_at)
  return { token, user: toJwtUser(user) }
}

/** GET /auth/me. */
export async function authMe(request: FastifyRequest): Promise<JwtUser> {
  const authenticated = await authenticate(request, JWT_CREDENTIALS)
  if (authenticated === undefined) throw new AppError('SESSION_EXPIRED', 'Not authenticated')
  const { user } = authenticated
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.email_verified }
}

/** POST /auth/logout: deletes the session the token names, so the token stops working; always succeeds. */
export async function authLogout(request: FastifyRequest, reply: FastifyReply): Promise<JwtLogoutResult> {
  const authenticated = await authenticate(request, JWT_CREDENTIALS)
  if (authenticated !== undefined) {
    await deleteSessionById(request.server.db, authenticated.session.id)
    await audit(request, { type: 'sign_out', userId: authenticated.user.id, sessionId: authenticated.session.id })
  }
  clearAuthTokenCookie(request, reply)
  return { success: true }
}

function toJwtUser(user: User): JwtUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified }
}
