import { randomUUID } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { V1MessageResult, V1RegisterResult, V1TokenResult, V1VerifyCodeResult } from '../../schemas/index.js'
import { audit } from '../../audit/audit-trail.js'
import { confirmAddress } from '../../auth/address-confirmation.js'
import { hashRegistrationCode, matchRegistration, newRegistrationCode, REGISTRATION_CODE_ATTEMPTS, REGISTRATION_CODE_TTL_MS, sendRegistrationCode } from '../../auth/registration-codes.js'
import { assertNoSecondFactor, createDirectSession } from '../../auth/direct-session.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { assertAcceptableImageUrl } from '../../origins/image-url.js'
import { consumeRegistrationToken, createRegistrationToken } from '../../sessions/refresh-token-repository.js'
import {
  claimUserForAddress, countWrongCode, createPendingRegistration, deletePendingRegistrations, findCredentialPasswordHash,
  lockPendingRegistrations, renewPendingRegistration, setCredentialPassword,
} from '../../sessions/pending-registration-repository.js'
import { findUserByEmail, updateUserProfile } from '../../sessions/user-repository.js'
import { toUserView } from '../../sessions/session-view.js'
import { randomToken } from '../../sessions/token-hash.js'
import { issueTokens } from './tokens.js'

const REGISTRATION_TOKEN_TTL_MS = 15 * 60_000
const CODE_SENT = 'If an unverified account exists for this email, a new code has been sent'

/**
 * POST /api/v1/better-auth/register: a registration waiting for its emailed code. An address that
 * exists unconfirmed is answered as a new one (a new code is sent, one hash is computed either
 * way): each registration keeps its own code and password, and the one whose code confirms the
 * address is the one that counts. Someone who registered another's address first owns nothing.
 */
export async function register(request: OperationRequest<'v1Register'>, reply: FastifyReply): Promise<V1RegisterResult> {
  const { auth, db } = request.server
  const { body } = request
  const email = normalizedEmail(body.email)
  const context = await auth.$context
  const passwordHash = await context.password.hash(body.password)
  const now = request.server.clock.now()
  const { user, created } = await claimUserForAddress(db, { id: context.generateId({ model: 'user' }) || randomUUID(), email, name: body.name, now })
  if (user.email_verified) throw new AppError('EMAIL_ALREADY_EXISTS')
  // The first registration's password is the account's until a code confirms one, so that a sign-in
  // before then is told EMAIL_NOT_VERIFIED; a later registration changes nothing until confirmed.
  if (created) {
    await setCredentialPassword(db, { userId: user.id, passwordHash, now })
    await audit(request, { type: 'user.created', userId: user.id, email })
  }
  const code = newRegistrationCode()
  await createPendingRegistration(db, {
    email, codeHash: await hashRegistrationCode(request, email, code), passwordHash, name: body.name, now,
    expiresAt: new Date(now.getTime() + REGISTRATION_CODE_TTL_MS),
  })
  await sendRegistrationCode(request, email, code)
  reply.status(201)
  return { user: toUserView({ ...user, name: body.name }), verificationRequired: true }
}

/**
 * POST /api/v1/better-auth/verify-email {email, code}: the code names one registration of the
 * address, which confirms it (its password and name are set, everything issued before is revoked);
 * the answer is a one-time registration token. Three wrong codes per address spend them all.
 */
export async function verifyRegistrationCode(request: OperationRequest<'v1VerifyRegistrationCode'>): Promise<V1VerifyCodeResult> {
  const { db } = request.server
  const { body } = request
  const email = normalizedEmail(body.email)
  const now = request.server.clock.now()
  const pending = await lockPendingRegistrations(db, email, now)
  const match = matchRegistration(pending, await hashRegistrationCode(request, email, body.code))
  if (match === undefined) {
    const left = pending.length === 0 ? 0 : await countWrongCode(db, email, now, REGISTRATION_CODE_ATTEMPTS)
    throw new AppError('INVALID_CODE', left === 0 ? 'Invalid or expired code; request a new code' : undefined)
  }
  const user = await findUserByEmail(db, email)
  if (user === undefined || user.email_verified) {
    await deletePendingRegistrations(db, email)
    throw new AppError('INVALID_CODE', 'Invalid or expired code; request a new code')
  }
  await confirmAddress(db, user, now, { passwordHash: match.password_hash, name: match.name })
  await audit(request, { type: 'email.verified', userId: user.id, email, detail: { via: 'code' } })
  const registrationToken = randomToken()
  await createRegistrationToken(db, { token: registrationToken, userId: user.id, expiresAt: new Date(now.getTime() + REGISTRATION_TOKEN_TTL_MS) })
  return { registrationToken, user: toUserView({ ...user, name: match.name, email_verified: true }) }
}

/**
 * POST /api/v1/better-auth/resend-verification: the same answer for every email, in the same
 * time: the lookup and the code run after the answer.
 */
export async function resendVerification(request: OperationRequest<'v1ResendVerification'>, reply: FastifyReply): Promise<V1MessageResult> {
  request.server.afterResponse.run(reply, 'verification code', () => resendVerificationCode(request))
  return { success: true, message: CODE_SENT }
}

async function resendVerificationCode(request: OperationRequest<'v1ResendVerification'>): Promise<void> {
  const { db } = request.server
  const { email } = request.body
  const user = await findUserByEmail(db, email)
  // A verified account gets no code: one would sign it in through complete-registration.
  if (user !== undefined && !user.email_verified) {
    await resendRegistrationCode(request, user)
  }
}

/**
 * A new code for the newest registration of an unconfirmed address (the registration keeps its
 * password), or, when every registration has expired, a new one with the account's password.
 */
async function resendRegistrationCode(request: FastifyRequest, user: { readonly id: string; readonly email: string; readonly name: string }): Promise<void> {
  const { db } = request.server
  const now = request.server.clock.now()
  const code = newRegistrationCode()
  const codeHash = await hashRegistrationCode(request, user.email, code)
  const expiresAt = new Date(now.getTime() + REGISTRATION_CODE_TTL_MS)
  const [newest] = await lockPendingRegistrations(db, user.email, now)
  if (newest !== undefined) {
    await renewPendingRegistration(db, newest.id, { codeHash, expiresAt })
  } else {
    const passwordHash = await findCredentialPasswordHash(db, user.id)
    if (passwordHash === undefined) return
    await createPendingRegistration(db, { email: user.email, codeHash, passwordHash, name: user.name, now, expiresAt })
  }
  await sendRegistrationCode(request, user.email, code)
}

function normalizedEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** POST /api/v1/better-auth/complete-registration: spends the registration token once and signs in. */
export async function completeRegistration(request: OperationRequest<'v1CompleteRegistration'>, reply: FastifyReply): Promise<V1TokenResult> {
  const { db } = request.server
  const { registrationToken, name, image } = request.body
  // Before the token is spent: a bad field is the client's to fix and retry.
  assertAcceptableImageUrl(image)
  const userId = await consumeRegistrationToken(db, registrationToken, request.server.clock.now())
  if (userId === undefined) throw new AppError('INVALID_TOKEN')
  // Before the profile changes: a refused sign-in changes nothing but the spent token.
  await assertNoSecondFactor(request, userId)
  await updateUserProfile(db, userId, { ...(name === undefined ? {} : { name }), ...(image === undefined ? {} : { image }) })
  const session = await createDirectSession(request, userId)
  return issueTokens(request, reply, session.token, { type: 'sign_in.succeeded', detail: { method: 'registration_token' } })
}
