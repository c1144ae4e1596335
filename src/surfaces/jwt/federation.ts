import type { FastifyReply } from 'fastify'
import type { FederatedStartResult, JwtAuthResult } from '../../schemas/index.js'
import { audit, auditedSignIn } from '../../audit/audit-trail.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { exchangeCode } from '../../federation/code-exchange.js'
import { startTokenFlow } from '../../federation/provider-flow.js'
import { AppError } from '../../errors/error-codes.js'
import { findSessionWithUser } from '../../sessions/session-repository.js'
import { toUserView } from '../../sessions/session-view.js'
import { issueToken } from './account.js'

/** POST /auth/oauth/{provider}/start. */
export async function jwtOAuthStart(request: OperationRequest<'jwtOAuthStart'>): Promise<FederatedStartResult> {
  return startTokenFlow(request, 'jwt', request.params.provider, request.body.redirectTo)
}

/** POST /auth/oauth/exchange: a JWT, as /auth/login gives. */
export async function jwtOAuthExchange(request: OperationRequest<'jwtOAuthExchange'>, reply: FastifyReply): Promise<JwtAuthResult> {
  const { code, codeVerifier } = request.body
  return auditedSignIn(request, { method: 'oidc' }, async () => {
    const outcome = await exchangeCode(request, 'jwt', code, codeVerifier)
    // This client has no second-factor step, as for /auth/login: a user with one signs in elsewhere.
    if (outcome.kind === 'second_factor') throw new AppError('MFA_REQUIRED')
    const found = await findSessionWithUser(request.server.db, outcome.sessionToken)
    if (found === undefined) throw new AppError('SESSION_EXPIRED')
    const result = await issueToken(request, reply, outcome.sessionToken, toUserView(found.user))
    await audit(request, { type: 'sign_in.succeeded', userId: found.user.id, sessionId: found.session.id, detail: { method: 'oidc', provider: outcome.providerId } })
    return result
  })
}
