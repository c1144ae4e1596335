import { isAPIError } from 'better-auth/api'
import type { FastifyRequest } from 'fastify'
import type { Passkey, PasskeyAuthenticationResponse, PasskeyRegistrationResponse, Session, User } from '../schemas/index.js'
import { audit } from '../audit/audit-trail.js'
import { AppError, type ErrorCode } from '../errors/error-codes.js'
import { countSignInMethods, findPasskeyByCredentialId, findUserPasskey, toPasskeyView } from '../sessions/passkey-repository.js'
import type { SessionWithUserRow } from '../sessions/session-repository.js'
import { lockAccountForEnrolment } from '../sessions/two-factor-repository.js'
import { USER_NOT_VERIFIED } from './passkey-options.js'

type Call = (input: unknown) => Promise<{ headers: Headers; response: unknown }>

/** Removing a passkey needs a sign-in this recent: a session left open must not be able to take the account's keys away. */
export const FRESH_SIGN_IN_MS = 10 * 60 * 1000

/** Better Auth's codes for a ceremony that failed: the client learns only that it did. */
const CEREMONY_FAILURES = new Set(['CHALLENGE_NOT_FOUND', 'PASSKEY_NOT_FOUND', 'AUTHENTICATION_FAILED', 'FAILED_TO_VERIFY_REGISTRATION', 'YOU_ARE_NOT_ALLOWED_TO_REGISTER_THIS_PASSKEY', USER_NOT_VERIFIED])

/**
 * The page a ceremony runs on must be a passkey origin: its Origin is what Better Auth checks the
 * signed client data against, so an origin outside WEBAUTHN_ORIGINS (or none, outside a browser)
 * is refused before anything is verified.
 */
export function requirePasskeyOrigin(request: FastifyRequest): void {
  if (!request.server.relyingParty.isPasskeyOrigin(request.headers.origin)) {
    throw new AppError('FORBIDDEN_ORIGIN', 'Passkeys are used from a page on a passkey origin (WEBAUTHN_ORIGINS)')
  }
}

/**
 * A passkey is added only to an account whose address is confirmed: on an account someone
 * pre-registered with another's address, it would let them sign in after the owner took it over.
 */
export function requireConfirmedAddress(caller: SessionWithUserRow): void {
  if (!caller.user.email_verified) throw new AppError('EMAIL_NOT_VERIFIED', 'Confirm your email address before adding a passkey')
}

/** Runs a Better Auth call that needs a session less than a day old (its `freshAge`), saying so in our words. */
export async function withFreshSession<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (isAPIError(error) && (error.body as { code?: string } | undefined)?.code === 'SESSION_NOT_FRESH') {
      throw new AppError('FRESH_SESSION_REQUIRED', 'Sign in again to add a passkey (signed in within the last day)')
    }
    throw error
  }
}

/** Runs a ceremony's verification, turning any way it fails into `code` (and nothing about why). */
async function verified<T>(run: () => Promise<T>, code: ErrorCode): Promise<T> {
  try {
    return await run()
  } catch (error) {
    const failure = isAPIError(error) ? (error.body as { code?: string } | undefined)?.code : undefined
    // Better Auth answers a missing Origin with a bare 400.
    if (failure !== undefined ? CEREMONY_FAILURES.has(failure) : isAPIError(error) && error.statusCode === 400) throw new AppError(code)
    throw error
  }
}

/**
 * Registers a passkey from the authenticator's answer, for the signed-in caller of `headers`, and
 * records it. A credential id already registered is refused first: with `none` attestation anyone
 * could claim another's credential id with a key of their own.
 */
export async function registerPasskey(
  request: FastifyRequest,
  caller: SessionWithUserRow,
  headers: Headers,
  input: { readonly response: PasskeyRegistrationResponse; readonly name?: string | undefined },
): Promise<Passkey> {
  requirePasskeyOrigin(request)
  const { db, auth } = request.server
  if (await findPasskeyByCredentialId(db, input.response.id) !== undefined) throw new AppError('PASSKEY_REGISTRATION_FAILED')
  const body = { response: input.response, ...(input.name === undefined || input.name.trim() === '' ? {} : { name: input.name.trim() }) }
  const { response } = await verified(() => (auth.api.verifyPasskeyRegistration as unknown as Call)({ body, headers, returnHeaders: true }), 'PASSKEY_REGISTRATION_FAILED')
  const row = await findUserPasskey(db, caller.user.id, (response as { id: string }).id)
  if (row === undefined) throw new Error('registered passkey not found')
  await audit(request, { type: 'passkey.added', userId: caller.user.id, sessionId: caller.session.id, detail: { passkeyId: row.id, passkeyName: row.name } })
  return toPasskeyView(row)
}

/** Verifies a passkey sign-in; Better Auth creates the session (and sets its cookie in the answer's headers). */
export async function verifyPasskeySignIn(
  request: FastifyRequest,
  headers: Headers,
  response: PasskeyAuthenticationResponse,
): Promise<{ headers: Headers; response: { session: Session; user: User } }> {
  requirePasskeyOrigin(request)
  const call = request.server.auth.api.verifyPasskeyAuthentication as unknown as Call
  const result = await verified(() => call({ body: { response }, headers, returnHeaders: true }), 'INVALID_PASSKEY')
  return result as { headers: Headers; response: { session: Session; user: User } }
}

/**
 * Removes one of the caller's passkeys, and records it. The caller signed in within the last ten
 * minutes, and the account keeps another way to sign in: today every account has a password
 * (sign-up takes one, and none can be removed), but federated accounts need not, so the rule
 * counts what there is. The user row is locked first, so two removals cannot both see a second
 * method that the other is taking away.
 */
export async function removePasskey(request: FastifyRequest, caller: SessionWithUserRow, passkeyId: string, headers: Headers): Promise<void> {
  const { db, auth, clock } = request.server
  if (clock.nowMs() - caller.session.created_at.getTime() > FRESH_SIGN_IN_MS) {
    throw new AppError('FRESH_SESSION_REQUIRED', 'Sign in again to remove a passkey (signed in within the last 10 minutes)')
  }
  await lockAccountForEnrolment(db, caller.user.id)
  const row = await findUserPasskey(db, caller.user.id, passkeyId)
  // Another user's passkey reads as no passkey: ids of others are not confirmed to exist.
  if (row === undefined) throw new AppError('NOT_FOUND', 'No such passkey')
  if (await countSignInMethods(db, caller.user.id) <= 1) throw new AppError('LAST_SIGN_IN_METHOD')
  await (auth.api.deletePasskey as unknown as Call)({ body: { id: passkeyId }, headers, returnHeaders: true })
  await audit(request, { type: 'passkey.removed', userId: caller.user.id, sessionId: caller.session.id, detail: { passkeyId: row.id, passkeyName: row.name } })
}
