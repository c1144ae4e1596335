import { parse } from 'tldts'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

/**
 * Whether two origins are the same site as browsers decide it for cookies: same scheme and same
 * registrable domain (example.com for app.example.com and api.example.com). Ports do not count;
 * an IP address or localhost is its own site.
 */
export function sameSite(a: URL, b: URL): boolean {
  if (a.protocol !== b.protocol) return false
  return siteOf(a.hostname) === siteOf(b.hostname)
}

function siteOf(hostname: string): string {
  if (LOOPBACK.has(hostname)) return hostname
  const parsed = parse(hostname, { allowPrivateDomains: true })
  return parsed.isIp === true ? hostname : parsed.domain ?? hostname
}

export function isPublicSuffix(domain: string): boolean {
  const parsed = parse(domain, { allowPrivateDomains: true })
  return parsed.publicSuffix === domain || parsed.domain === null
}

/**
 * The shared host's public suffix (vercel.app, github.io, netlify.app…) when `hostname` is a site
 * on one: a name anyone can register sits right under it.
 */
export function sharedHostSuffix(hostname: string): string | undefined {
  const parsed = parse(hostname, { allowPrivateDomains: true })
  return parsed.isPrivate === true && parsed.publicSuffix !== null ? parsed.publicSuffix : undefined
}

/** Browsers treat https and localhost as secure contexts, where Secure cookies are kept. */
export function isPotentiallyTrustworthy(url: URL): boolean {
  return url.protocol === 'https:' || LOOPBACK.has(url.hostname)
}
