import { compileOriginPattern, OriginPatternError, type OriginPattern } from './origin-pattern.js'
import { resolveRedirectTarget } from './redirect-target.js'

export { OriginPatternError } from './origin-pattern.js'

/**
 * One allow-list of browser origins drives CORS, the CSRF check, Better Auth's trustedOrigins and
 * redirect targets. An entry is an exact origin (`https://app.example.com`) or a pattern whose `*`
 * stands for part of one DNS label below a domain the deployment owns
 * (`https://pr-*.preview.example.com`), never a dot, so a pattern cannot match a look-alike such
 * as `https://pr-x.preview.example.com.evil.example` (see origin-pattern.ts).
 */
export interface OriginPolicy {
  readonly entries: readonly string[]
  isAllowedOrigin(origin: string | undefined): boolean
  /** A redirect target resolved against this service's origin, when it lands on an allowed origin (see redirect-target.ts). */
  resolveRedirect(value: string): URL | undefined
}

export interface OriginPolicyOptions {
  /**
   * The service's own origin on a loopback name also stands under the other loopback names
   * (localhost, 127.0.0.1, [::1]) with the same scheme and port: Swagger UI opened at any of them
   * is the service itself. For development; in production only what CORS_ORIGINS lists.
   */
  readonly loopbackAliases?: boolean
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]']

export function createOriginPolicy(entries: readonly string[], ownOrigin: string, options: OriginPolicyOptions = {}): OriginPolicy {
  const own = normalizeOrigin(ownOrigin) ?? ownOrigin
  const all = [...new Set([own, ...(options.loopbackAliases === true ? loopbackAliasesOf(own) : []), ...entries])]
  const exact = new Set<string>()
  const patterns: OriginPattern[] = []
  for (const entry of all) {
    if (entry === '*') throw new OriginPatternError('CORS_ORIGINS: "*" cannot be used with credentials; list the front-end origins')
    if (entry.includes('*')) {
      patterns.push(compileOriginPattern(entry))
      continue
    }
    const normalized = normalizeOrigin(entry)
    if (normalized === undefined) throw new OriginPatternError(`CORS_ORIGINS: "${entry}" is not an origin (scheme://host[:port])`)
    exact.add(normalized)
  }

  function isAllowedOrigin(origin: string | undefined): boolean {
    if (origin === undefined || origin === 'null') return false
    const normalized = normalizeOrigin(origin)
    if (normalized === undefined) return false
    return exact.has(normalized) || patterns.some((pattern) => pattern.matches(normalized))
  }

  return {
    entries: Object.freeze(all),
    isAllowedOrigin,
    resolveRedirect(value: string): URL | undefined {
      return resolveRedirectTarget(value, own, isAllowedOrigin)
    },
  }
}

/** The same origin under the other loopback names, when its host is one of them. */
function loopbackAliasesOf(origin: string): string[] {
  const url = new URL(origin)
  if (!LOOPBACK_NAMES.includes(url.hostname)) return []
  return LOOPBACK_NAMES.filter((name) => name !== url.hostname).map((name) => {
    const alias = new URL(origin)
    alias.hostname = name
    return alias.origin
  })
}

/** `scheme://host[:port]` in canonical form, or undefined when `value` is not exactly an origin. */
export function normalizeOrigin(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (url.username !== '' || url.password !== '') return undefined
  const rest = value.replace(/^[a-z]+:\/\/[^/?#]*/i, '')
  if (rest !== '' && rest !== '/') return undefined
  return url.origin
}

export function originOf(value: string): string | undefined {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined
  } catch {
    return undefined
  }
}
