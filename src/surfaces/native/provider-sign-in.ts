import type { FastifyReply, FastifyRequest } from 'fastify'
import type { LinkedAccount, SocialSignInResult, SuccessResult } from '../../schemas/index.js'
import { auditingRequest } from '../../audit/audit-trail.js'
import { presentedSessionCookies } from '../../auth/bearer-session.js'
import { authHeaders, copySetCookies, headersForSession, type Endpoint } from '../../auth/call-auth.js'
import { resolveCookieSession } from '../../auth/request-session.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { assertMayLink, unlinkIdentity } from '../../federation/identities.js'
import { completeProviderCallback, configuredProvider } from '../../federation/provider-flow.js'
import { acceptRedirect } from '../../origins/request-redirects.js'
import { listUserAccounts } from '../../sessions/identity-repository.js'
import type { SessionWithUserRow } from '../../sessions/session-repository.js'

/**
 * POST /api/auth/sign-in/social: the authorization URL, for the SDK's `signIn.social()`. Every
 * page it may end on is checked against the allow-list now, and again when the browser is sent there.
 */
export async function nativeSignInSocial(request: OperationRequest<'nativeSignInSocial'>, reply: FastifyReply): Promise<SocialSignInResult> {
  const { body, server } = request
  const provider = configuredProvider(request, body.provider)
  // Without a page named, the first front end (the origin emailed links lead to by default).
  const callbackURL = acceptRedirect(request, body.callbackURL, `${new URL(server.config.emailVerificationUrl).origin}/`)
  const errorCallbackURL = acceptRedirect(request, body.errorCallbackURL, callbackURL)
  const newUserCallbackURL = acceptRedirect(request, body.newUserCallbackURL)
  const signIn = server.auth.api.signInSocial as Endpoint
  const { headers, response } = await signIn({
    body: {
      provider, callbackURL, errorCallbackURL,
      ...(newUserCallbackURL === undefined ? {} : { newUserCallbackURL }),
      ...(body.loginHint === undefined ? {} : { loginHint: body.loginHint }),
      // The answer is JSON for the SDK, which navigates itself: never a Location here.
      disableRedirect: true,
    },
    headers: authHeaders(request),
    returnHeaders: true,
  }) as { headers: Headers; response: { url: string } }
  copySetCookies(headers, reply)
  return { url: response.url, redirect: body.disableRedirect !== true }
}

/** GET /api/auth/callback/{providerId}: see completeProviderCallback. */
export async function nativeOAuthCallback(request: OperationRequest<'nativeOAuthCallback'>, reply: FastifyReply): Promise<FastifyReply> {
  const { providerId } = request.params
  // A read by its method, but it signs in and links: its audit events are this request's.
  return auditingRequest(request, () => completeProviderCallback(request, reply, providerId, { ...request.query }))
}

async function signedIn(request: FastifyRequest): Promise<SessionWithUserRow> {
  const found = await resolveCookieSession(request, presentedSessionCookies(request))
  if (found === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  return found
}

/** GET /api/auth/list-accounts: the password (`credential`) and every linked identity. */
export async function nativeListAccounts(request: FastifyRequest): Promise<LinkedAccount[]> {
  const caller = await signedIn(request)
  const accounts = await listUserAccounts(request.server.db, caller.user.id)
  return accounts.map((account) => ({ ...account, createdAt: account.createdAt.toISOString() }))
}

/** POST /api/auth/link-social: the explicit link, by the signed-in owner (see completeProviderCallback). */
export async function nativeLinkSocial(request: OperationRequest<'nativeLinkSocial'>, reply: FastifyReply): Promise<SocialSignInResult> {
  const { body, server } = request
  const caller = await signedIn(request)
  assertMayLink(caller)
  const provider = configuredProvider(request, body.provider)
  const callbackURL = acceptRedirect(request, body.callbackURL, `${new URL(server.config.emailVerificationUrl).origin}/`)
  const errorCallbackURL = acceptRedirect(request, body.errorCallbackURL, callbackURL)
  const link = server.auth.api.linkSocialAccount as Endpoint
  const { headers, response } = await link({
    body: { provider, callbackURL, errorCallbackURL, disableRedirect: true },
    headers: headersForSession(request, caller.session.token),
    returnHeaders: true,
  }) as { headers: Headers; response: { url: string } }
  copySetCookies(headers, reply)
  return { url: response.url, redirect: body.disableRedirect !== true }
}

/** POST /api/auth/unlink-account: never the last way to sign in. */
export async function nativeUnlinkAccount(request: OperationRequest<'nativeUnlinkAccount'>): Promise<SuccessResult> {
  await unlinkIdentity(request, await signedIn(request), request.body.providerId)
  return { success: true, status: true }
}
