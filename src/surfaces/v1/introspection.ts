import type { FastifyReply } from 'fastify'
import type { IntrospectionResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { findLiveSessionWithUserById, findSessionWithUser } from '../../sessions/session-repository.js'
import { bearerMatches } from '../operations.js'

const INACTIVE: IntrospectionResult = { active: false }

/**
 * POST /api/v1/sessions/introspect (RFC 7662 style): for other backends, behind
 * INTROSPECTION_SECRET. A live session token (raw, or signed as in the cookie), v1 access token or
 * `/auth` JWT is
 * active; everything else — unknown, expired, revoked, a refresh token — is `{ active: false }`,
 * without saying why.
 */
export async function introspectToken(request: OperationRequest<'introspectToken'>, reply: FastifyReply): Promise<IntrospectionResult> {
  const { server } = request
  const secret = server.config.introspectionSecret
  if (secret === undefined || !bearerMatches(request.headers.authorization, secret)) {
    reply.header('www-authenticate', 'Bearer')
    throw new AppError('UNAUTHORIZED')
  }
  const { token } = request.body
  const now = new Date()
  if (token.split('.').length === 3) {
    // Either kind of JWT we sign; the answer names which, as its `typ` header does.
    const claims = await server.accessTokens.verify(token, ['access', 'auth'])
    if (claims === undefined) return INACTIVE
    const found = await findLiveSessionWithUserById(server.db, claims.sid, now)
    if (found === undefined || found.user.id !== claims.sub) return INACTIVE
    return { active: true, sub: claims.sub, sid: claims.sid, exp: claims.exp, token_type: claims.kind === 'access' ? 'access_token' : 'auth_token' }
  }
  // A session token, raw as in the database or signed as in the cookie.
  const raw = token.includes('.') ? server.sessionCookies.tokenFromSigned(safeDecode(token)) : token
  if (raw === undefined) return INACTIVE
  const found = await findSessionWithUser(server.db, raw)
  if (found === undefined || found.session.expires_at <= now) return INACTIVE
  return { active: true, sub: found.user.id, sid: found.session.id, exp: Math.floor(found.session.expires_at.getTime() / 1000), token_type: 'session_token' }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
