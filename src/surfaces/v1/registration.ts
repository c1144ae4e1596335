import type { FastifyReply, FastifyRequest } from 'fastify'
import type { User, V1CompleteRegistrationBody, V1EmailBody, V1MessageResult, V1RegisterBody, V1RegisterResult, V1TokenResult, V1VerifyCodeBody, V1VerifyCodeResult } from '../../../schemas/index.js'
import { callAuthHeld } from '../../auth/call-auth.js'
import { assertNoSecondFactor, createDirectSession } from '../../auth/direct-session.js'
import { verificationChannel } from '../../auth/verification-channel.js'
import { AppError } from '../../errors/error-codes.js'
import { assertAcceptableImageUrl } from '../../origins/image-url.js'
import { consumeRegistrationToken, createRegistrationToken } from '../../sessions/refresh-token-repository.js'
import { deleteSessionByToken, findUserByEmail, findUserById, updateUserProfile } from '../../sessions/session-repository.js'
import { toUserView } from '../../sessions/session-view.js'
import { randomToken } from '../../sessions/token-hash.js'
import { explainFailedSignUp } from '../native/sign-up.js'
import { issueTokens } from './tokens.js'

const REGISTRATION_TOKEN_TTL_MS = 15 * 60_000
const CODE_SENT = 'If an unverified account exists for this email, a new code has been sent'

/** POST /api/v1/better-auth/register: an unverified account, and a six-digit code by email. */
export async function register(request: FastifyRequest, reply: FastifyReply): Promise<V1RegisterResult> {
  const { auth, db } = request.server
  const body = request.body as V1RegisterBody
  const { response } = await verificationChannel.run('code', () =>
    callAuthHeld<{ token: string | null; user: User }>(request, auth.api.signUpEmail, { body }))
    .catch((error: unknown) => explainFailedSignUp(request, body.email, error))
  // Registering is not signing in: that waits for the code and complete-registration.
  if (response.token !== null) await deleteSessionByToken(db, response.token)
  await callAuthHeld(request, auth.api.sendVerificationOTP, { body: { email: body.email, type: 'email-verification' } })
  const user = await findUserById(db, response.user.id)
  reply.status(201)
  return { user: toUserView(user!), verificationRequired: true }
}

/**
 * POST /api/v1/better-auth/verify-email {email, code}: Better Auth checks the code (three tries,
 * ten minutes) and marks the email verified; the answer is a one-time registration token.
 */
export async function verifyRegistrationCode(request: FastifyRequest): Promise<V1VerifyCodeResult> {
  const { auth, db } = request.server
  const { email, code } = request.body as V1VerifyCodeBody
  await callAuthHeld(request, auth.api.verifyEmailOTP, { body: { email, otp: code } })
  const user = await findUserByEmail(db, email)
  if (user === undefined) throw new AppError('INVALID_CODE')
  const registrationToken = randomToken()
  await createRegistrationToken(db, { token: registrationToken, userId: user.id, expiresAt: new Date(Date.now() + REGISTRATION_TOKEN_TTL_MS) })
  return { registrationToken, user: toUserView(user) }
}

/** POST /api/v1/better-auth/resend-verification: the same answer for every email. */
export async function resendVerification(request: FastifyRequest): Promise<V1MessageResult> {
  const { auth, db } = request.server
  const { email } = request.body as V1EmailBody
  const user = await findUserByEmail(db, email)
  // A verified account gets no code: one would sign it in through complete-registration.
  if (user !== undefined && !user.email_verified) {
    await callAuthHeld(request, auth.api.sendVerificationOTP, { body: { email, type: 'email-verification' } })
  }
  return { success: true, message: CODE_SENT }
}

/** POST /api/v1/better-auth/complete-registration: spends the registration token once and signs in. */
export async function completeRegistration(request: FastifyRequest, reply: FastifyReply): Promise<V1TokenResult> {
  const { db } = request.server
  const { registrationToken, name, image } = request.body as V1CompleteRegistrationBody
  // Before the token is spent: a bad field is the client's to fix and retry.
  assertAcceptableImageUrl(image)
  const userId = await consumeRegistrationToken(db, registrationToken, new Date())
  if (userId === undefined) throw new AppError('INVALID_TOKEN')
  // Before the profile changes: a refused sign-in changes nothing but the spent token.
  await assertNoSecondFactor(request, userId)
  await updateUserProfile(db, userId, { ...(name === undefined ? {} : { name }), ...(image === undefined ? {} : { image }) })
  const session = await createDirectSession(request, userId)
  return issueTokens(request, reply, session.token, { type: 'sign_in.succeeded', detail: { method: 'registration_token' } })
}
