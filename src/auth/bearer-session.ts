import type { FastifyRequest } from 'fastify'
import type { RequestCookies } from './cookie-parser.js'
import { SESSION_COOKIE_NAME } from './cookie-policy.js'
import { decodeSignedValue } from './session-cookies.js'
import { bearerCredential } from './bearer-credential.js'

/** The response header that carries a new session's bearer credential (Better Auth's bearer plugin). */
export const SET_AUTH_TOKEN_HEADER = 'set-auth-token'

/**
 * The session a `/api/auth` request presents, as cookies: its Cookie header, with the signed
 * session token of `Authorization: Bearer <token>.<signature>` in place of the session cookie, as
 * Better Auth's bearer plugin does for its own endpoints, so both read the same session. Only a
 * value whose signature is ours counts (`requireSignature`): the raw token a database or a body
 * shows opens nothing, and neither does a JWT of the other surfaces.
 */
export function presentedSessionCookies(request: FastifyRequest): RequestCookies {
  const { server } = request
  const cookies = server.parseCookie(request.headers.cookie ?? '')
  const bearer = bearerCredential(request.headers.authorization)
  if (bearer === undefined || !bearer.includes('.')) return cookies
  const signed = decodeSignedValue(bearer)
  if (server.sessionCookies.tokenFromSigned(signed) === undefined) return cookies
  return { ...cookies, [SESSION_COOKIE_NAME]: signed }
}
