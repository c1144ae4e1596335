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

/** Browsers accept Secure cookies from https origins and from localhost, even over http. */
export function cookieIsSecure(baseUrl: string): boolean {
  const url = new URL(baseUrl)
  return url.protocol === 'https:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]'
}

/**
 * The attributes of every cookie the service sets, Better Auth's included, from the deployment:
 * SameSite=None (a front end on another site) forces Secure and Partitioned, the only cross-site
 * cookie that browsers blocking third-party cookies still send back.
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
