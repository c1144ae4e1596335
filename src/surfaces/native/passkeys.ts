import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Passkey, PasskeyAuthenticationOptions, PasskeyRegistrationOptions, PasskeyUpdateResult, SessionWithUser, SuccessResult } from '../../schemas/index.js'
import { auditedSignIn, auditSignedIn } from '../../audit/audit-trail.js'
import { presentedSessionCookies } from '../../auth/bearer-session.js'
import { authHeaders, callAuth, callAuthHeld, copySetCookies } from '../../auth/call-auth.js'
import { registerPasskey, removePasskey, requireConfirmedAddress, verifyPasskeySignIn, withFreshSession } from '../../auth/passkey-ceremonies.js'
import { resolveCookieSession } from '../../auth/request-session.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { findPasskeyByCredentialId, findUserPasskey, listUserPasskeys, toPasskeyView } from '../../sessions/passkey-repository.js'
import type { SessionWithUserRow } from '../../sessions/session-repository.js'

/** `/api/auth/passkey/*`: Better Auth's paths and shapes, so the SDK's `passkeyClient()` works unchanged. */

async function signedIn(request: FastifyRequest): Promise<SessionWithUserRow> {
  const found = await resolveCookieSession(request, presentedSessionCookies(request))
  if (found === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  return found
}

/** GET /passkey/generate-register-options: creation options; the challenge cookie names the stored challenge. */
export async function nativePasskeyGenerateRegisterOptions(request: OperationRequest<'nativePasskeyGenerateRegisterOptions'>, reply: FastifyReply): Promise<PasskeyRegistrationOptions> {
  requireConfirmedAddress(await signedIn(request))
  const { query } = request
  return withFreshSession(() => callAuth<PasskeyRegistrationOptions>(request, reply, request.server.auth.api.generatePasskeyRegistrationOptions, { query }))
}

/** POST /passkey/verify-registration. */
export async function nativePasskeyVerifyRegistration(request: OperationRequest<'nativePasskeyVerifyRegistration'>): Promise<Passkey> {
  const caller = await signedIn(request)
  requireConfirmedAddress(caller)
  return withFreshSession(() => registerPasskey(request, caller, authHeaders(request), request.body))
}

/** GET /passkey/generate-authenticate-options: request options that require user verification. */
export async function nativePasskeyGenerateAuthenticateOptions(request: FastifyRequest, reply: FastifyReply): Promise<PasskeyAuthenticationOptions> {
  const options = await callAuth<PasskeyAuthenticationOptions>(request, reply, request.server.auth.api.generatePasskeyAuthenticationOptions, { query: {} })
  // Better Auth asks for "preferred"; an authenticator that skips the PIN or biometric would then be refused after the fact.
  return { ...options, userVerification: 'required' }
}

/** POST /passkey/verify-authentication: signs in; the session cookie is set as for a password sign-in. */
export async function nativePasskeyVerifyAuthentication(request: OperationRequest<'nativePasskeyVerifyAuthentication'>, reply: FastifyReply): Promise<SessionWithUser> {
  const { response } = request.body
  const who = async (): Promise<string | undefined> => (await findPasskeyByCredentialId(request.server.db, response.id))?.user_id
  return auditedSignIn(request, { method: 'passkey', who }, async () => {
    const result = await verifyPasskeySignIn(request, authHeaders(request), response)
    copySetCookies(result.headers, reply)
    await auditSignedIn(request, result.response.session.token, 'passkey')
    return result.response
  })
}

/** GET /passkey/list-user-passkeys. */
export async function nativePasskeyListUserPasskeys(request: FastifyRequest): Promise<Passkey[]> {
  const caller = await signedIn(request)
  return (await listUserPasskeys(request.server.db, caller.user.id)).map(toPasskeyView)
}

/** POST /passkey/delete-passkey: with a recent sign-in, and never the last way in. */
export async function nativePasskeyDeletePasskey(request: OperationRequest<'nativePasskeyDeletePasskey'>): Promise<SuccessResult> {
  const caller = await signedIn(request)
  await removePasskey(request, caller, request.body.id, authHeaders(request))
  return { success: true, status: true }
}

/** POST /passkey/update-passkey: a new name. */
export async function nativePasskeyUpdatePasskey(request: OperationRequest<'nativePasskeyUpdatePasskey'>): Promise<PasskeyUpdateResult> {
  const caller = await signedIn(request)
  const { id, name } = request.body
  const { db, auth } = request.server
  if (await findUserPasskey(db, caller.user.id, id) === undefined) throw new AppError('NOT_FOUND', 'No such passkey')
  await callAuthHeld(request, auth.api.updatePasskey, { body: { id, name } })
  const row = await findUserPasskey(db, caller.user.id, id)
  if (row === undefined) throw new AppError('NOT_FOUND', 'No such passkey')
  return { passkey: toPasskeyView(row) }
}
