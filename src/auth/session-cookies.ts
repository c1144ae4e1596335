import { createHmac, timingSafeEqual } from 'node:crypto'
import type { FastifyReply } from 'fastify'
import type { Clock } from '../clock.js'
import type { Config } from '../config.js'
import { cookieAttributes, SESSION_COOKIE_NAME } from './cookie-policy.js'

/** The values and lifetimes of the session and refresh cookies: signing, setting, clearing. */

export const REFRESH_COOKIE_NAME = 'better-auth.refresh_token'
/** The refresh cookie goes only where it is spent: refresh-token and logout. */
export const REFRESH_COOKIE_PATH = '/api/v1/better-auth'

export interface SessionCookies {
  /** The value Better Auth expects in `better-auth.session_token`: the token and its signature. */
  signedValue(token: string): string
  /** The token in a signed value, if the signature is ours. */
  tokenFromSigned(value: string): string | undefined
  setSession(reply: FastifyReply, token: string, expiresAt: Date): void
  setRefresh(reply: FastifyReply, token: string, expiresAt: Date): void
  clearAll(reply: FastifyReply): void
}

export function createSessionCookies(config: Config, secret: string, clock: Clock): SessionCookies {
  // Rounded up: a cookie issued with a thirty-day session says 2592000, as documented, not one
  // second less for the milliseconds spent between the two.
  const maxAge = (expiresAt: Date): number => Math.max(0, Math.ceil((expiresAt.getTime() - clock.nowMs()) / 1000))
  return {
    signedValue: (token) => signToken(token, secret),
    tokenFromSigned: (value) => verifySignedToken(value, secret),
    setSession(reply, token, expiresAt) {
      // Encoded exactly as Better Auth encodes it, so both write the same bytes.
      reply.setCookie(SESSION_COOKIE_NAME, encodeURIComponent(signToken(token, secret)), { ...cookieAttributes(config), maxAge: maxAge(expiresAt), encode: String })
    },
    setRefresh(reply, token, expiresAt) {
      reply.setCookie(REFRESH_COOKIE_NAME, token, { ...cookieAttributes(config, REFRESH_COOKIE_PATH), maxAge: maxAge(expiresAt) })
    },
    clearAll(reply) {
      reply.setCookie(SESSION_COOKIE_NAME, '', { ...cookieAttributes(config), maxAge: 0 })
      reply.setCookie(REFRESH_COOKIE_NAME, '', { ...cookieAttributes(config, REFRESH_COOKIE_PATH), maxAge: 0 })
    },
  }
}

/**
 * The session token a signed cookie value carries, or undefined. The value is
 * `<token>.<base64 HMAC-SHA256(secret, token)>`, URL-decoded; the signature is compared in
 * constant time, so its bytes cannot be guessed one by one.
 */
export function verifySignedToken(value: string | undefined, secret: string): string | undefined {
  if (value === undefined) return undefined
  const separator = value.lastIndexOf('.')
  if (separator < 1) return undefined
  const token = value.slice(0, separator)
  const signature = value.slice(separator + 1)
  if (signature.length !== 44 || !signature.endsWith('=')) return undefined
  const expected = createHmac('sha256', secret).update(token).digest()
  const given = Buffer.from(signature, 'base64')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return token
}

/**
 * A signed session value handed over outside a Cookie header (a bearer credential, a body), as
 * URL-encoded as the cookie carries it or not: decoded once, and left as it is when it does not
 * decode.
 */
export function decodeSignedValue(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export function signToken(token: string, secret: string): string {
  return `${token}.${createHmac('sha256', secret).update(token).digest('base64')}`
}
