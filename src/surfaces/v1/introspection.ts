import type { FastifyReply } from 'fastify'
import type { IntrospectionResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { authenticateToken } from '../../auth/authenticate.js'
import { bearerMatches } from '../../auth/service-credential.js'
import { AppError } from '../../errors/error-codes.js'

const INACTIVE: IntrospectionResult = { active: false }

/**
 * POST /api/v1/sessions/introspect (RFC 7662 style): for other backends, behind
 * INTROSPECTION_SECRET. A live session token (raw, or signed as in the cookie), v1 access token or
 * `/auth` JWT is active; everything else — unknown, expired, revoked, a refresh token — is `{ active: false }`,
 * without saying why.
 */
export async function introspectToken(request: OperationRequest<'serviceIntrospectToken'>, reply: FastifyReply): Promise<IntrospectionResult> {
  const { server } = request
  const secret = server.config.introspectionSecret
  if (secret === undefined || !bearerMatches(request.headers.authorization, secret)) {
    reply.header('www-authenticate', 'Bearer')
    throw new AppError('UNAUTHORIZED')
  }
  const { token } = request.body
  // Either kind of JWT we sign, or a session token; the answer names which.
  const found = await authenticateToken(server, token, ['access', 'auth'])
  if (found === undefined) return INACTIVE
  const exp = found.claims?.exp ?? Math.floor(found.session.expires_at.getTime() / 1000)
  return { active: true, sub: found.user.id, sid: found.session.id, exp, token_type: found.via }
}
