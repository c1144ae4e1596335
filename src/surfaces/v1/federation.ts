import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FederatedStartResult, IdentityLinkStart, IdentityList, V1MfaChallenge, V1TokenResult } from '../../schemas/index.js'
import { audit, auditedSignIn } from '../../audit/audit-trail.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { exchangeCode } from '../../federation/code-exchange.js'
import { assertMayLink, unlinkIdentity } from '../../federation/identities.js'
import { completeIdentityLink } from '../../federation/identity-link.js'
import { startLinkFlow, startTokenFlow } from '../../federation/provider-flow.js'
import { AppError } from '../../errors/error-codes.js'
import { listUserIdentities } from '../../sessions/identity-repository.js'
import type { SessionWithUserRow } from '../../sessions/session-repository.js'
import { issueTokens } from './tokens.js'
import { resolveV1Session } from './v1-session.js'

async function signedIn(request: FastifyRequest): Promise<SessionWithUserRow> {
  const found = await resolveV1Session(request)
  if (found === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  return found
}

/** POST /api/v1/better-auth/oauth/{provider}/start. */
export async function v1OAuthStart(request: OperationRequest<'v1OAuthStart'>): Promise<FederatedStartResult> {
  return startTokenFlow(request, 'v1', request.params.provider, request.body.redirectTo)
}

/** POST /api/v1/better-auth/oauth/exchange: the tokens, or the second factor the account still owes. */
export async function v1OAuthExchange(request: OperationRequest<'v1OAuthExchange'>, reply: FastifyReply): Promise<V1TokenResult | V1MfaChallenge> {
  const { code, codeVerifier } = request.body
  return auditedSignIn(request, { method: 'oidc' }, async () => {
    const outcome = await exchangeCode(request, 'v1', code, codeVerifier)
    if (outcome.kind === 'second_factor') {
      await audit(request, { type: 'sign_in.second_factor_required', userId: outcome.userId, detail: { method: 'oidc', provider: outcome.providerId } })
      return { kind: 'mfa_challenge', mfaRequired: true, mfaToken: outcome.mfaToken } as const
    }
    return issueTokens(request, reply, outcome.sessionToken, { type: 'sign_in.succeeded', detail: { method: 'oidc', provider: outcome.providerId } })
  })
}

async function identitiesOf(request: FastifyRequest, userId: string): Promise<IdentityList> {
  const identities = await listUserIdentities(request.server.db, userId)
  return { identities: identities.map((identity) => ({ ...identity, createdAt: identity.createdAt.toISOString() })) }
}

/** GET /api/v1/better-auth/identities. */
export async function v1ListIdentities(request: FastifyRequest): Promise<IdentityList> {
  const caller = await signedIn(request)
  return identitiesOf(request, caller.user.id)
}

/** POST /api/v1/better-auth/identities/{provider}/link: the provider's URL, and the secret this session completes the link with. */
export async function v1LinkIdentity(request: OperationRequest<'v1LinkIdentity'>): Promise<IdentityLinkStart> {
  const caller = await signedIn(request)
  assertMayLink(caller)
  return startLinkFlow(request, caller, request.params.provider, request.body.redirectTo)
}

/** POST /api/v1/better-auth/identities/{provider}/link/complete: the link is made now, for the session that started it; its identities. */
export async function v1CompleteIdentityLink(request: OperationRequest<'v1CompleteIdentityLink'>): Promise<IdentityList> {
  const caller = await signedIn(request)
  await completeIdentityLink(request, caller, request.params.provider, request.body.code, request.body.codeVerifier)
  return identitiesOf(request, caller.user.id)
}

/** DELETE /api/v1/better-auth/identities/{provider}. */
export async function v1UnlinkIdentity(request: OperationRequest<'v1UnlinkIdentity'>, reply: FastifyReply): Promise<FastifyReply> {
  const caller = await signedIn(request)
  await unlinkIdentity(request, caller, request.params.provider)
  return reply.code(204).send()
}
