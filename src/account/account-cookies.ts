import type { FastifyReply, FastifyRequest } from 'fastify'
import { AUTH_TOKEN_COOKIE } from '../auth/authenticate.js'
import { cookieAttributes, SESSION_COOKIE_NAME } from '../auth/cookie-policy.js'
import { REFRESH_COOKIE_NAME, REFRESH_COOKIE_PATH } from '../auth/session-cookies.js'
import { DEVICE_COOKIE_NAME } from '../rate-limit/device-cookie.js'

/** Better Auth's other cookies of a signed-in browser (its names, with our `better-auth` prefix). */
const SESSION_DATA_COOKIE = 'better-auth.session_data'
const DONT_REMEMBER_COOKIE = 'better-auth.dont_remember'
const TRUST_DEVICE_COOKIE = 'better-auth.trust_device'

/**
 * Clears every cookie a deleted account may have left in this browser, whichever surface set it:
 * they open nothing any more, and a browser should not keep what named an account that is gone.
 * The device cookie only when it names the deleted account: it may be another account's.
 */
export function clearAccountCookies(request: FastifyRequest, reply: FastifyReply, options: { readonly device: boolean }): void {
  const { config } = request.server
  const cleared = { ...cookieAttributes(config), maxAge: 0 }
  for (const name of [SESSION_COOKIE_NAME, SESSION_DATA_COOKIE, DONT_REMEMBER_COOKIE, TRUST_DEVICE_COOKIE, AUTH_TOKEN_COOKIE]) {
    reply.setCookie(name, '', cleared)
  }
  reply.setCookie(REFRESH_COOKIE_NAME, '', { ...cookieAttributes(config, REFRESH_COOKIE_PATH), maxAge: 0 })
  if (options.device) reply.setCookie(DEVICE_COOKIE_NAME, '', cleared)
}
