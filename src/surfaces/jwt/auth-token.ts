import type { FastifyReply, FastifyRequest } from 'fastify'
import { cookieAttributes } from '../../auth/cookie-policy.js'
import type { AccessTokenClaims } from '../../tokens/access-tokens.js'
import { findLiveSessionWithUserById, type SessionWithUserRow } from '../../sessions/session-repository.js'

export const AUTH_TOKEN_COOKIE = 'auth_token'

/** The JWT of a request: `Authorization: Bearer <JWT>` first, else the `auth_token` cookie. */
export function presentedToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  if (header !== undefined) return /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header)?.[1]
  return request.server.parseCookie(request.headers.cookie ?? '')[AUTH_TOKEN_COOKIE]
}

export interface Authenticated {
  readonly claims: AccessTokenClaims
  readonly found: SessionWithUserRow
}

/**
 * The user behind the request's JWT: a valid signature is not enough, the session it names
 * (`sid`) must still be alive, so logout and revocation end the token at once.
 */
export async function authenticate(request: FastifyRequest): Promise<Authenticated | undefined> {
  const token = presentedToken(request)
  if (token === undefined) return undefined
  const claims = await request.server.accessTokens.verify(token, ['auth'])
  if (claims === undefined) return undefined
  const found = await findLiveSessionWithUserById(request.server.db, claims.sid, new Date())
  if (found === undefined || found.user.id !== claims.sub) return undefined
  return { claims, found }
}

/** The token as an HttpOnly cookie too, the migration path away from localStorage. */
export function setAuthTokenCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(AUTH_TOKEN_COOKIE, token, {
    ...cookieAttributes(request.server.config),
    // The seconds left of its session, rounded up (604800 for a new one).
    maxAge: Math.max(0, Math.ceil((expiresAt.getTime() - Date.now()) / 1000)),
  })
}

export function clearAuthTokenCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.setCookie(AUTH_TOKEN_COOKIE, '', { ...cookieAttributes(request.server.config), maxAge: 0 })
}

