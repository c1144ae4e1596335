import type { FastifyRequest } from 'fastify'
import { asExplicitLink } from '../auth/explicit-link.js'
import { authHeaders } from '../auth/call-auth.js'
import { AppError } from '../errors/error-codes.js'
import type { SessionWithUserRow } from '../sessions/session-repository.js'
import { hashToken } from '../sessions/token-hash.js'
import { sameHash } from './code-exchange.js'
import { assertMayLink } from './identities.js'
import { openCallbackQuery, spendLinkCode } from './link-flow-store.js'
import { configuredProvider, runCallback, stateCookieFor } from './provider-flow.js'

/**
 * Completes a v1 explicit link: the one-time code the callback put on the front end's page, the
 * `codeVerifier` the start gave that page, shown with the credentials of the very session that
 * started the link. The code is spent first, whatever follows: an unknown, spent or expired code,
 * another provider's, or a wrong `codeVerifier` is `INVALID_CODE`; another session (another
 * user's, or the same user's elsewhere) is `FORBIDDEN`. Only then does Better Auth's callback run
 * on the provider's answer kept for the code (its authorization code redeemed now, with the flow's
 * PKCE verifier and nonce) and link the identity to the starter's account, under the rules of an
 * explicit link; a refusal there is `FEDERATED_SIGN_IN_FAILED`, its reason in the message.
 *
 * So a starter who hands the authorization URL to someone else gets nothing: the answer comes back
 * to the other person's browser, as a code that nobody can complete without both the starter's
 * `codeVerifier` and the starter's session.
 */
export async function completeIdentityLink(request: FastifyRequest, caller: SessionWithUserRow, providerId: string, code: string, codeVerifier: string): Promise<void> {
  configuredProvider(request, providerId)
  const { server } = request
  const link = await spendLinkCode(server.db, hashToken(code), server.clock.now())
  if (link === undefined || link.providerId !== providerId || !sameHash(hashToken(codeVerifier), link.bindingHash)) throw new AppError('INVALID_CODE')
  if (link.sessionId !== caller.session.id || link.userId !== caller.user.id) {
    throw new AppError('FORBIDDEN', 'This link was started by another session; start it again from this one')
  }
  // As at the start: the address may have been unconfirmed since (by an admin).
  assertMayLink(caller)
  const query = openCallbackQuery(link.sealedQuery, code)
  if (query.state === undefined) throw new Error('a kept provider answer without its state')
  const headers = authHeaders(request)
  // Better Auth reads the state cookie of the browser that started the flow; the session that
  // started it is here, so its flow's cookie is given, and nothing else of the caller's.
  headers.delete('authorization')
  headers.set('cookie', stateCookieFor(request, query.state))
  const result = await asExplicitLink(providerId, () => runCallback(request, providerId, query, headers))
  const location = new URL(result.get('location') ?? '', server.config.baseUrl)
  const ownErrorPage = location.origin === new URL(server.config.baseUrl).origin && location.pathname === '/api/auth/error'
  const failure = location.searchParams.get('error') ?? (ownErrorPage ? 'unknown' : null)
  if (failure !== null) throw new AppError('FEDERATED_SIGN_IN_FAILED', `Linking with the provider failed (${failure})`)
}
