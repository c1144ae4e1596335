import type { Config } from '../config.js'

/** Named exactly so: other backends read the cookie by this name (no `__Secure-` prefix on https). */
export const SESSION_COOKIE_NAME = 'better-auth.session_token'

export interface CookieAttributes {
  readonly path: string
  readonly httpOnly: true
  readonly sameSite: 'lax' | 'strict' | 'none'
  readonly secure: boolean
  readonly partitioned?: boolean
  readonly domain?: string
}

/**
 * Secure on an https public URL only. Browsers would also take a Secure cookie from
 * http://localhost, but cookie jars that follow RFC 6265 (Python's requests, tough-cookie,
 * curl) never send one back over plain http: a development origin on http gets plain cookies.
 */
export function cookieIsSecure(baseUrl: string): boolean {
  return new URL(baseUrl).protocol === 'https:'
}

/**
 * The attributes of every cookie the service sets, Better Auth's included, from the deployment:
 * SameSite=None (a front end on another site) forces Secure, which browsers demand of it (and
 * accept from http://localhost), and Partitioned, the only cross-site cookie that browsers
 * blocking third-party cookies still send back.
 */
export function cookieAttributes(config: Config, path = '/'): CookieAttributes {
  return {
    path,
    httpOnly: true,
    sameSite: config.cookieSameSite,
    secure: cookieIsSecure(config.baseUrl) || config.cookieSameSite === 'none',
    ...(config.cookieSameSite === 'none' ? { partitioned: true } : {}),
    ...(config.cookieDomain === undefined ? {} : { domain: config.cookieDomain }),
  }
}
