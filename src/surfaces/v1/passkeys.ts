import { headersForSession } from '../../auth/call-auth.js'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Passkey, PasskeyAuthenticationOptions, PasskeyAuthenticationResponse, PasskeyRegistrationOptions, V1PasskeyAssertion, V1PasskeyCreationChallenge, V1PasskeyList, V1PasskeyRequestChallenge, V1TokenResult } from '../../schemas/index.js'
import { auditedSignIn } from '../../audit/audit-trail.js'
import { authHeaders } from '../../auth/call-auth.js'
import { PASSKEY_CHALLENGE_COOKIE } from '../../auth/passkey-options.js'
import { registerPasskey, removePasskey, requireConfirmedAddress, verifyPasskeySignIn, withFreshSession } from '../../auth/passkey-ceremonies.js'
import { spendPendingSecondFactor, verifiedPendingSecondFactor } from '../../auth/two-factor-cookie.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { findPasskeyByCredentialId, listUserPasskeys, toPasskeyView } from '../../sessions/passkey-repository.js'
import { deleteSessionById, type SessionWithUserRow } from '../../sessions/session-repository.js'
import { lockSecondFactor } from '../../sessions/two-factor-repository.js'
import { setCookieValue } from '../../auth/set-cookie-value.js'
import { issueTokens } from './tokens.js'
import { resolveV1Session } from './v1-session.js'

type Call = (input: unknown) => Promise<{ headers: Headers; response: unknown }>

/**
 * `/api/v1/better-auth/passkeys/*`. Better Auth names a ceremony's stored challenge with a signed
 * cookie; this surface hands that value over as `challengeToken` instead, and gives it back to
 * Better Auth as the cookie, so clients without cookies (and generated SDKs) run the same ceremony.
 */

async function signedIn(request: FastifyRequest): Promise<SessionWithUserRow> {
  const found = await resolveV1Session(request)
  if (found === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  return found
}

function challengeTokenOf(headers: Headers): string {
  const token = setCookieValue(headers, PASSKEY_CHALLENGE_COOKIE)
  if (token === undefined) throw new Error('passkey options without their challenge cookie')
  return token
}

/**
 * Headers for a Better Auth call that carries the ceremony's challenge as its cookie, beside the
 * caller's session cookie when `sessionHeaders` (headersForSession) has one, and no other credential.
 */
function withChallenge(request: FastifyRequest, challengeToken: string, sessionHeaders?: Headers): Headers {
  const headers = new Headers(sessionHeaders ?? authHeaders(request))
  headers.delete('authorization')
  const challenge = `${PASSKEY_CHALLENGE_COOKIE}=${encodeURIComponent(challengeToken)}`
  const session = sessionHeaders?.get('cookie') ?? null
  headers.set('cookie', session === null ? challenge : `${session}; ${challenge}`)
  return headers
}

/** POST /passkeys/register/options. */
export async function v1PasskeyRegisterOptions(request: OperationRequest<'v1PasskeyRegisterOptions'>): Promise<V1PasskeyCreationChallenge> {
  const caller = await signedIn(request)
  requireConfirmedAddress(caller)
  const { authenticatorAttachment } = request.body
  const generate = request.server.auth.api.generatePasskeyRegistrationOptions as unknown as Call
  const query = authenticatorAttachment === undefined ? {} : { authenticatorAttachment }
  const { headers, response } = await withFreshSession(() => generate({ query, headers: headersForSession(request, caller.session.token), returnHeaders: true }))
  return { challengeToken: challengeTokenOf(headers), options: response as PasskeyRegistrationOptions }
}

/** POST /passkeys/register/verify. */
export async function v1PasskeyRegisterVerify(request: OperationRequest<'v1PasskeyRegisterVerify'>, reply: FastifyReply): Promise<Passkey> {
  const caller = await signedIn(request)
  requireConfirmedAddress(caller)
  const { challengeToken, response, name } = request.body
  const headers = withChallenge(request, challengeToken, headersForSession(request, caller.session.token))
  const passkey = await withFreshSession(() => registerPasskey(request, caller, headers, { response, name }))
  reply.code(201)
  return passkey
}

/** POST /passkeys/login/options: for a sign-in, or (with an `mfaToken`) for the second factor of one. */
export async function v1PasskeyLoginOptions(request: OperationRequest<'v1PasskeyLoginOptions'>): Promise<V1PasskeyRequestChallenge> {
  const { server } = request
  const { mfaToken } = request.body
  const pending = mfaToken === undefined ? undefined : await verifiedPendingSecondFactor(server, mfaToken)
  if (mfaToken !== undefined && pending === undefined) throw new AppError('SESSION_EXPIRED', 'The MFA challenge is not valid; sign in again')
  const headers = authHeaders(request)
  // No session of the caller's must shape the options: they are for whoever holds the passkey.
  headers.delete('cookie')
  headers.delete('authorization')
  const generate = server.auth.api.generatePasskeyAuthenticationOptions as unknown as Call
  const result = await generate({ query: {}, headers, returnHeaders: true })
  const options = result.response as PasskeyAuthenticationOptions
  const allowCredentials = pending === undefined
    ? undefined
    : (await listUserPasskeys(server.db, pending.userId)).map((row) => ({
        id: row.credential_id,
        type: 'public-key' as const,
        ...(row.transports === null || row.transports === '' ? {} : { transports: row.transports.split(',') }),
      }))
  return {
    challengeToken: challengeTokenOf(result.headers),
    options: { ...options, userVerification: 'required', ...(allowCredentials === undefined ? {} : { allowCredentials }) },
  }
}

/** POST /passkeys/login/verify: the same token pair as `login`. */
export async function v1PasskeyLoginVerify(request: OperationRequest<'v1PasskeyLoginVerify'>, reply: FastifyReply): Promise<V1TokenResult> {
  const { challengeToken, response } = request.body
  return auditedSignIn(request, { method: 'passkey', who: passkeyOwner(request, response) }, async () => {
    const result = await verifyPasskeySignIn(request, withChallenge(request, challengeToken), response)
    return issueTokens(request, reply, result.response.session.token, { type: 'sign_in.succeeded', detail: { method: 'passkey' } })
  })
}

/** GET /passkeys. */
export async function v1ListPasskeys(request: FastifyRequest): Promise<V1PasskeyList> {
  const caller = await signedIn(request)
  return { passkeys: (await listUserPasskeys(request.server.db, caller.user.id)).map(toPasskeyView) }
}

/** DELETE /passkeys/{id}: with a recent sign-in, and never the last way in. */
export async function v1DeletePasskey(request: OperationRequest<'v1DeletePasskey'>, reply: FastifyReply): Promise<FastifyReply> {
  const caller = await signedIn(request)
  await removePasskey(request, caller, request.params.id, headersForSession(request, caller.session.token))
  return reply.code(204).send()
}

/** Whose passkey an assertion names, for the audit trail of a failed sign-in. */
export function passkeyOwner(request: FastifyRequest, response: PasskeyAuthenticationResponse): () => Promise<string | undefined> {
  return async () => (await findPasskeyByCredentialId(request.server.db, response.id))?.user_id
}

/**
 * verify-mfa with a passkey: the assertion must be of a passkey of the account whose sign-in
 * waits (one of another account proves nothing about this one), and the pending sign-in is spent
 * only once the assertion verified, so a failed try leaves it for the next. Checks of one account
 * take turns, as for codes.
 */
export async function verifyMfaWithPasskey(request: FastifyRequest, reply: FastifyReply, mfaToken: string, passkey: V1PasskeyAssertion): Promise<V1TokenResult> {
  const { server } = request
  const pending = await verifiedPendingSecondFactor(server, mfaToken)
  return auditedSignIn(request, { method: 'passkey', who: async () => pending?.userId }, async () => {
    if (pending === undefined) throw new AppError('SESSION_EXPIRED', 'The MFA challenge is not valid; sign in again')
    await lockSecondFactor(server.db, pending.userId)
    const owner = await passkeyOwner(request, passkey.response)()
    if (owner !== pending.userId) throw new AppError('INVALID_PASSKEY')
    const { response } = await verifyPasskeySignIn(request, withChallenge(request, passkey.challengeToken), passkey.response)
    if (!await spendPendingSecondFactor(server, pending)) {
      await deleteSessionById(server.db, response.session.id)
      throw new AppError('SESSION_EXPIRED', 'The MFA challenge is not valid; sign in again')
    }
    return issueTokens(request, reply, response.session.token, { type: 'sign_in.succeeded', detail: { method: 'passkey' } })
  })
}
