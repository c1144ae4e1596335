import type { FastifyReply, FastifyRequest } from 'fastify'
import { AUTH_TOKEN_COOKIE, type AcceptedCredentials } from '../../auth/authenticate.js'
import { cookieAttributes } from '../../auth/cookie-policy.js'

/** The `/auth` surface's credentials: its own JWT (auth+jwt), as a bearer or else in the `auth_token` cookie. */
export const JWT_CREDENTIALS: AcceptedCredentials = { bearer: ['auth'], cookie: 'auth_token' }

/** The token as an HttpOnly cookie too, the migration path away from localStorage. */
export function setAuthTokenCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(AUTH_TOKEN_COOKIE, token, {
    ...cookieAttributes(request.server.config),
    // The seconds left of its session, rounded up (604800 for a new one).
    maxAge: Math.max(0, Math.ceil((expiresAt.getTime() - request.server.clock.nowMs()) / 1000)),
  })
}

export function clearAuthTokenCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.setCookie(AUTH_TOKEN_COOKIE, '', { ...cookieAttributes(request.server.config), maxAge: 0 })
}
