import { parse } from 'tldts'
import { ConfigError } from '../config.js'
import { resolveRedirectTarget } from './redirect-target.js'

/**
 * One allow-list of browser origins drives CORS, the CSRF check, Better Auth's trustedOrigins and
 * redirect targets. An entry is an exact origin (`https://app.example.com`) or a pattern whose `*`
 * stands for exactly one DNS label (`https://frontend-fe-*.vercel.app`), never a dot, so a pattern
 * cannot match a look-alike such as `https://frontend-fe-x.vercel.app.evil.example`.
 */
export interface OriginPolicy {
  readonly entries: readonly string[]
  isAllowedOrigin(origin: string | undefined): boolean
  /** A redirect target resolved against this service's origin, when it lands on an allowed origin (see redirect-target.ts). */
  resolveRedirect(value: string): URL | undefined
}

/** A CORS_ORIGINS entry that cannot be used; refused at start-up like any bad setting. */
export class OriginPatternError extends ConfigError {
  override name = 'OriginPatternError'
}

export function createOriginPolicy(entries: readonly string[], ownOrigin: string): OriginPolicy {
  const own = normalizeOrigin(ownOrigin) ?? ownOrigin
  const all = [...new Set([own, ...entries])]
  const exact = new Set<string>()
  const patterns: RegExp[] = []
  for (const entry of all) {
    if (entry === '*') throw new OriginPatternError('CORS_ORIGINS: "*" cannot be used with credentials; list the front-end origins')
    if (entry.includes('*')) {
      patterns.push(compilePattern(entry))
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
    return exact.has(normalized) || patterns.some((pattern) => pattern.test(normalized))
  }

  return {
    entries: Object.freeze(all),
    isAllowedOrigin,
    resolveRedirect(value: string): URL | undefined {
      return resolveRedirectTarget(value, own, isAllowedOrigin)
    },
  }
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

function compilePattern(entry: string): RegExp {
  const match = /^(https?):\/\/([^/:]+)(:\d+)?\/?$/i.exec(entry)
  if (match === null) throw new OriginPatternError(`CORS_ORIGINS: "${entry}" is not an origin pattern (scheme://host[:port])`)
  const [, scheme, host, port = ''] = match
  const labels = host!.toLowerCase().split('.')
  // The public suffix (com, co.uk, vercel.app…) must be literal, and the label just below it may
  // not be a bare "*": `https://*.vercel.app` would admit every Vercel deployment in the world.
  const suffixLabels = (parse(labels.join('.').replace(/\*/g, 'x'), { allowPrivateDomains: true }).publicSuffix ?? '').split('.').filter(Boolean).length
  const registrable = labels[labels.length - suffixLabels - 1]
  if (suffixLabels === 0 || labels.slice(-suffixLabels).some((label) => label.includes('*')) || registrable === undefined || registrable === '*') {
    throw new OriginPatternError(`CORS_ORIGINS: "${entry}" is too broad; a "*" may stand for part of a label under your own domain only (https://frontend-fe-*.vercel.app)`)
  }
  const hostPattern = labels
    .map((label) => label.split('*').map(escapeRegExp).join('[a-z0-9-]+'))
    .join('\\.')
  return new RegExp(`^${scheme!.toLowerCase()}://${hostPattern}${escapeRegExp(port)}$`)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
