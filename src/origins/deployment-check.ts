import { parse } from 'tldts'
import { ConfigError, type Config } from '../config.js'
import { normalizeOrigin } from './origin-policy.js'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Refuses, before anything starts, a deployment whose cookies or CORS a browser would silently
 * defeat: the service would run, and every front end would fail in ways that look like a network
 * error. Each refusal is one line naming the variable and the way out.
 */
export function checkDeployment(config: Config): void {
  const api = new URL(config.baseUrl)
  const apiIsSecure = api.protocol === 'https:' || LOOPBACK.has(api.hostname)
  if (config.cookieSameSite === 'none' && !apiIsSecure) {
    throw new ConfigError(`COOKIE_SAMESITE: "none" needs Secure cookies, which browsers accept only from https (BETTER_AUTH_URL is ${api.origin}); serve the API over https or use lax with a same-site API host`)
  }
  if (config.cookieDomain !== undefined) {
    const domain = config.cookieDomain.replace(/^\./, '').toLowerCase()
    const parsed = parse(domain, { allowPrivateDomains: true })
    if (parsed.publicSuffix === domain || parsed.domain === null) {
      throw new ConfigError(`COOKIE_DOMAIN: "${domain}" is a public suffix, where browsers refuse cookies; use your own domain (e.g. example.com for app.example.com and api.example.com)`)
    }
    if (api.hostname !== domain && !api.hostname.endsWith(`.${domain}`)) {
      throw new ConfigError(`COOKIE_DOMAIN: "${domain}" does not cover the API's host ${api.hostname} (BETTER_AUTH_URL), so browsers would refuse the cookie; use a parent domain of it`)
    }
  }
  if (config.env === 'production') {
    if (!apiIsSecure) throw new ConfigError(`BETTER_AUTH_URL: ${api.origin} is not https; in production the API must be served over https (cookies are Secure)`)
    for (const entry of config.corsOrigins) {
      const origin = normalizeOrigin(entry.replace(/\*/g, 'x'))
      const url = origin === undefined ? undefined : new URL(origin)
      if (url !== undefined && url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
        throw new ConfigError(`CORS_ORIGINS: "${entry}" is not https; in production a plain-http page could be tampered with on the way and then act for its users — list https origins only`)
      }
    }
  }
}
