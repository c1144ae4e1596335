import type { FastifyRequest } from 'fastify'
import { authHeaders } from '../../auth/call-auth.js'
import { SESSION_COOKIE_NAME } from '../../auth/cookie-policy.js'
import { resolveCookieSession } from '../../auth/request-session.js'
import { findLiveSessionWithUserById, type SessionWithUserRow } from '../../sessions/session-repository.js'

/**
 * Who is calling: a bearer access token (its `sid` must still be a live session, so a revoked
 * session ends its access tokens at once), or else the session cookie.
 */
export async function resolveV1Session(request: FastifyRequest): Promise<SessionWithUserRow | undefined> {
  const { server } = request
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1]
  if (bearer !== undefined) {
    const claims = await server.accessTokens.verify(bearer, ['access'])
    if (claims === undefined) return undefined
    const found = await findLiveSessionWithUserById(server.db, claims.sid, server.clock.now())
    return found?.user.id === claims.sub ? found : undefined
  }
  return resolveCookieSession(request)
}

/** Headers for a Better Auth call made on behalf of this session, whichever way the caller proved it. */
export function headersForSession(request: FastifyRequest, sessionToken: string): Headers {
  const headers = authHeaders(request)
  headers.set('cookie', `${SESSION_COOKIE_NAME}=${encodeURIComponent(request.server.sessionCookies.signedValue(sessionToken))}`)
  headers.delete('authorization')
  return headers
}
