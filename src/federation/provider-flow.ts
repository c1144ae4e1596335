import { getAuthStateVerificationIdentifier } from 'better-auth'
import { isAPIError } from 'better-auth/api'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { audit } from '../audit/audit-trail.js'
import { asExplicitLink } from '../auth/explicit-link.js'
import { authHeaders, headersForSession, type Endpoint } from '../auth/call-auth.js'
import { SESSION_COOKIE_NAME } from '../auth/cookie-policy.js'
import { AppError } from '../errors/error-codes.js'
import { acceptRedirect, sendRedirect, withQueryParameter } from '../origins/request-redirects.js'
import type { FederatedSignInRow } from '../db/tables.js'
import { findWaitingFlow, recordCompletedFlow, recordStartedFlow } from '../sessions/federated-sign-in-repository.js'
import { findUserById } from '../sessions/user-repository.js'
import { findSessionByToken, type SessionWithUserRow } from '../sessions/session-repository.js'
import { hashToken, randomToken } from '../sessions/token-hash.js'
import { endLinkFlow, holdLinkAnswer, isLinkFlow, recordStartedLink, sealCallbackQuery } from './link-flow-store.js'
import { holdForSecondFactor, setSecondFactorCookie } from './second-factor-step.js'

/** Better Auth's signed cookie that binds a browser to the `state` of the flow it started. */
const STATE_COOKIE = 'better-auth.state'
/** As Better Auth keeps the state: ten minutes for the provider to answer. */
const FLOW_TTL_MS = 10 * 60 * 1000
/** A one-time code is exchanged within a minute, or never. */
export const CODE_TTL_MS = 60 * 1000

export type TokenSurface = 'v1' | 'jwt'

/** A provider named in a path, when it is configured; 404 otherwise. */
export function configuredProvider(request: FastifyRequest, providerId: string): string {
  if (!request.server.config.federation.providers.some((provider) => provider.id === providerId)) throw new AppError('NOT_FOUND', 'No such provider')
  return providerId
}

function stateOf(url: string): string {
  const state = new URL(url).searchParams.get('state')
  if (state === null) throw new Error('authorization URL without state')
  return state
}

/**
 * Starts a sign-in with a provider for a surface that answers with tokens (v1, /auth): the
 * provider's authorization URL (PKCE, state, nonce), and the secret that the front end keeps and
 * shows again when it exchanges the one-time code. The callback ends on `redirectTo` (checked
 * against the allow-list) with `?code=`, or with `?error=`.
 */
export async function startTokenFlow(request: FastifyRequest, surface: TokenSurface, providerId: string, redirectTo: string): Promise<{ url: string; codeVerifier: string }> {
  configuredProvider(request, providerId)
  const target = acceptRedirect(request, redirectTo)!
  const headers = authHeaders(request)
  // The flow is bound by the secret below, not by any cookie the caller holds.
  headers.delete('cookie')
  headers.delete('authorization')
  const signIn = request.server.auth.api.signInSocial as Endpoint
  const { response } = await signIn({ body: { provider: providerId, callbackURL: target, errorCallbackURL: target, disableRedirect: true }, headers, returnHeaders: true }) as { response: { url: string } }
  const codeVerifier = randomToken()
  await recordStartedFlow(request.server.db, {
    stateHash: hashToken(stateOf(response.url)),
    surface,
    providerId,
    redirectTo: target,
    bindingHash: hashToken(codeVerifier),
    expiresAt: new Date(request.server.clock.nowMs() + FLOW_TTL_MS),
  })
  return { url: response.url, codeVerifier }
}

/**
 * Starts linking a provider identity to the signed-in caller's account (v1): the provider's
 * authorization URL, and the secret that the front end keeps and shows again, with the same
 * session's credentials, to complete the link. The callback links nothing: whoever opened the URL
 * (the starter, or anyone the URL was sent to) only brings back the provider's answer, which waits
 * for a one-time code on `redirectTo` (`?code=`, or `?error=`); see identity-link.ts.
 */
export async function startLinkFlow(request: FastifyRequest, caller: SessionWithUserRow, providerId: string, redirectTo: string): Promise<{ url: string; codeVerifier: string }> {
  configuredProvider(request, providerId)
  const target = acceptRedirect(request, redirectTo)!
  const link = request.server.auth.api.linkSocialAccount as Endpoint
  const { response } = await link({
    body: { provider: providerId, callbackURL: withQueryParameter(target, 'linked', providerId), errorCallbackURL: target, disableRedirect: true },
    headers: headersForSession(request, caller.session.token),
    returnHeaders: true,
  }) as { response: { url: string } }
  const codeVerifier = randomToken()
  await recordStartedLink(request.server.db, {
    stateHash: hashToken(stateOf(response.url)),
    providerId,
    redirectTo: target,
    bindingHash: hashToken(codeVerifier),
    userId: caller.user.id,
    sessionId: caller.session.id,
    expiresAt: new Date(request.server.clock.nowMs() + FLOW_TTL_MS),
  })
  return { url: response.url, codeVerifier }
}

interface CallbackQuery {
  readonly state?: string
  readonly [key: string]: string | undefined
}

/** A Cookie header with Better Auth's signed state cookie for `state`, as the browser that started a flow would send. */
export function stateCookieFor(request: FastifyRequest, state: string): string {
  return `${STATE_COOKIE}=${encodeURIComponent(request.server.sessionCookies.signedValue(state))}`
}

/** The redirect Better Auth ended the callback with: its Location and the cookies it set. */
export async function runCallback(request: FastifyRequest, providerId: string, query: CallbackQuery, headers: Headers): Promise<Headers> {
  const callback = request.server.auth.api.callbackOAuth as Endpoint
  try {
    await callback({ params: { id: providerId }, query, headers, returnHeaders: true })
  } catch (error) {
    if (isAPIError(error) && error.statusCode === 302 && error.headers instanceof Headers) return error.headers
    throw error
  }
  throw new Error('provider callback ended without a redirect')
}

/** Whether a state names a link that a signed-in owner started (Better Auth keeps it in the state's record). */
async function isExplicitLink(request: FastifyRequest, state: string | undefined): Promise<boolean> {
  if (state === undefined) return false
  const context = await request.server.auth.$context
  const stored = await context.internalAdapter.findVerificationValue(getAuthStateVerificationIdentifier(state))
  if (stored === null) return false
  try {
    return (JSON.parse(stored.value) as { link?: unknown }).link !== undefined
  } catch {
    return false
  }
}

/** The session Better Auth's callback signed in, from the session cookie it set. */
function sessionTokenSet(request: FastifyRequest, headers: Headers): string | undefined {
  for (const cookie of headers.getSetCookie()) {
    const pair = cookie.split(';')[0]!
    if (!pair.startsWith(`${SESSION_COOKIE_NAME}=`)) continue
    const value = decodeURIComponent(pair.slice(SESSION_COOKIE_NAME.length + 1))
    if (value !== '') return request.server.sessionCookies.tokenFromSigned(value)
  }
  return undefined
}

/** A provider's error code, as it may travel on to the front end's page. */
function providerError(error: string | undefined): string {
  return error !== undefined && /^[A-Za-z0-9_.-]{1,64}$/.test(error) ? error : 'provider_error'
}

/**
 * The provider's answer to a v1 explicit link. Nothing is linked here: the browser that brings
 * the answer back need not be the one that started the link (the starter may have sent the
 * authorization URL to someone else, whose identity would then join the starter's account). The
 * answer, its authorization code unspent, is kept sealed with a one-time code (60 seconds, its
 * hash at rest) that the page gets on `redirectTo`; only the session that started the link, with
 * its `codeVerifier`, completes it (completeIdentityLink), and only then does Better Auth's
 * callback run and link. A refusal by the provider ends the flow on `redirectTo?error=`.
 */
async function holdLinkCallback(request: FastifyRequest, reply: FastifyReply, flow: FederatedSignInRow, query: CallbackQuery): Promise<FastifyReply> {
  const { server } = request
  if (query.error !== undefined || query.code === undefined) {
    await endLinkFlow(server.db, flow.id, server.clock.now())
    return sendRedirect(request, reply, withQueryParameter(flow.redirect_to, 'error', query.error === undefined ? 'no_code' : providerError(query.error)))
  }
  const kept: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string') kept[key] = value
  const code = randomToken()
  const held = await holdLinkAnswer(server.db, flow.id, {
    codeHash: hashToken(code),
    sealedQuery: sealCallbackQuery(kept, code),
    expiresAt: new Date(server.clock.nowMs() + CODE_TTL_MS),
  })
  if (!held) throw new AppError('FEDERATED_SIGN_IN_FAILED', 'Linking with the provider failed (state_mismatch)')
  return sendRedirect(request, reply, withQueryParameter(flow.redirect_to, 'code', code))
}

/**
 * GET /api/auth/callback/{providerId}: where every provider sends the browser back, for every
 * surface. Better Auth checks the state (once), exchanges the code with the PKCE verifier, verifies
 * the id_token (signature, issuer, audience, nonce) and links or creates the account under the
 * linking rules. Then: a native flow gets its session cookie; a v1 or /auth flow gets a one-time
 * code on its front-end page, never a token in a URL; an account with a second factor still owes it.
 * A v1 explicit link is not completed here at all (holdLinkCallback).
 */
export async function completeProviderCallback(request: FastifyRequest, reply: FastifyReply, providerId: string, query: CallbackQuery): Promise<FastifyReply> {
  const { server } = request
  configuredProvider(request, providerId)
  const headers = authHeaders(request)
  const flow = query.state === undefined ? undefined : await findWaitingFlow(server.db, hashToken(query.state), server.clock.now())
  // A v1 or /auth flow was started by a front end's fetch, not in this browser's cookies: its
  // state is found in our table, and the exchange's secret binds it to who started it instead.
  if (flow !== undefined && isLinkFlow(flow)) return holdLinkCallback(request, reply, flow, query)
  const explicitLink = await isExplicitLink(request, query.state)
  if (flow !== undefined && explicitLink) {
    // A link recorded as a sign-in (before links waited for their starter): never completed here.
    await endLinkFlow(server.db, flow.id, server.clock.now())
    return sendRedirect(request, reply, withQueryParameter(flow.redirect_to, 'error', 'please_restart_the_process'))
  }
  if (flow !== undefined) headers.set('cookie', stateCookieFor(request, query.state!))
  // Better Auth stamps a user it creates with real time: one stamped after this is the callback's.
  const startedAtMs = Date.now()
  const result = await (explicitLink
    ? asExplicitLink(providerId, () => runCallback(request, providerId, query, headers))
    : runCallback(request, providerId, query, headers))
  const location = result.get('location') ?? ''
  const sessionToken = sessionTokenSet(request, result)
  const session = sessionToken === undefined ? undefined : await findSessionByToken(server.db, sessionToken)
  if (session === undefined) {
    // A link, or a failure: Better Auth's Location says which; its own error page is not served here.
    const own = new URL(location, server.config.baseUrl)
    if (own.origin === new URL(server.config.baseUrl).origin && own.pathname === '/api/auth/error') {
      throw new AppError('FEDERATED_SIGN_IN_FAILED', `Sign-in with the provider failed (${own.searchParams.get('error') ?? 'unknown'})`)
    }
    if (flow === undefined) for (const cookie of result.getSetCookie()) reply.header('set-cookie', cookie)
    return sendRedirect(request, reply, location)
  }
  const user = await findUserById(server.db, session.user_id)
  if (user !== undefined && user.created_at.getTime() >= startedAtMs) {
    // The provider's sign-in made the account: a self sign-up like any other.
    await audit(request, { type: 'user.created', userId: user.id, email: user.email, detail: { method: 'oidc', provider: providerId } })
  }
  const signedIn = { id: session.id, userId: session.user_id }
  const pending = await holdForSecondFactor(server, signedIn)
  if (flow !== undefined) {
    const code = randomToken()
    await recordCompletedFlow(server.db, flow.id, {
      codeHash: hashToken(code),
      userId: session.user_id,
      sessionId: pending === undefined ? session.id : null,
      pendingSecondFactor: pending ?? null,
      expiresAt: new Date(server.clock.nowMs() + CODE_TTL_MS),
    })
    return sendRedirect(request, reply, withQueryParameter(flow.redirect_to, 'code', code))
  }
  if (pending !== undefined) {
    for (const cookie of result.getSetCookie()) if (!cookie.startsWith(`${SESSION_COOKIE_NAME}=`)) reply.header('set-cookie', cookie)
    setSecondFactorCookie(server, reply, pending)
    await audit(request, { type: 'sign_in.second_factor_required', userId: session.user_id, detail: { method: 'oidc', provider: providerId } })
    return sendRedirect(request, reply, withQueryParameter(location, 'twoFactorRedirect', 'true'))
  }
  for (const cookie of result.getSetCookie()) reply.header('set-cookie', cookie)
  await audit(request, { type: 'sign_in.succeeded', userId: session.user_id, sessionId: session.id, detail: { method: 'oidc', provider: providerId } })
  return sendRedirect(request, reply, location)
}
