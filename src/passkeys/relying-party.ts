import { isIP } from 'node:net'
import { parse } from 'tldts'
import { ConfigError, type Config } from '../config.js'
import { compileOriginPattern } from '../origins/origin-pattern.js'
import { normalizeOrigin, type OriginPolicy } from '../origins/origin-policy.js'

/** The relying party passkeys are made for: its id (a domain), the name authenticators show, and where ceremonies run. */
export interface RelyingParty {
  readonly id: string
  readonly name: string
  /** Exact origins and `*` patterns (as in CORS_ORIGINS) whose pages may register and use passkeys. */
  readonly origins: readonly string[]
  /** Whether a page on `origin` may run a passkey ceremony with this service. */
  isPasskeyOrigin(origin: string | undefined): boolean
}

// Shared hosts' suffixes count as public, as browsers count them for an rp id.
const PSL_OPTIONS = { allowPrivateDomains: true, validateHostname: false }
const LOOPBACK_IPS = new Set(['127.0.0.1', '::1'])

/**
 * The relying party of this deployment, or a ConfigError naming the variable and the fix. The rp
 * id is WEBAUTHN_RP_ID, else the registrable domain of BETTER_AUTH_URL (api.example.com →
 * example.com, so every front end under example.com can use the passkeys; `localhost` on a
 * loopback address). The origins are WEBAUTHN_ORIGINS, else the front ends of CORS_ORIGINS less
 * those on an IP address, where no browser runs a ceremony (the service's own origin serves
 * Swagger UI, which runs none). Browsers refuse a ceremony on a
 * page whose host the rp id does not cover, so a deployment whose passkeys would fail that way
 * does not start.
 */
export function relyingParty(config: Config): RelyingParty {
  const { webauthn } = config
  const id = webauthn.rpId ?? derivedRpId(config.baseUrl)
  const variable = webauthn.rpId === undefined ? `WEBAUTHN_RP_ID: unset, so passkeys are bound to "${id}" (from BETTER_AUTH_URL), which` : `WEBAUTHN_RP_ID: "${id}"`
  if (!isUsableRpId(id)) {
    throw new ConfigError(`${variable} is a public suffix, which browsers refuse as a passkey relying party; use your own domain (e.g. example.com)`)
  }
  const origins = webauthn.origins ?? config.corsOrigins.filter((entry) => !onIpAddress(entry))
  for (const entry of origins) {
    if (onIpAddress(entry)) throw new ConfigError(`WEBAUTHN_ORIGINS: "${entry}" is on an IP address, where browsers never run passkey ceremonies; list origins on a domain name`)
  }
  const patterns = origins.filter((entry) => entry.includes('*')).map((entry) => compileOriginPattern(entry))
  const uncovered = origins.filter((entry) => !covers(id, entryHost(entry)))
  if (uncovered.length > 0) throw new ConfigError(uncoveredMessage(config, id, variable, origins, uncovered))
  const exact = new Set(origins.filter((entry) => !entry.includes('*')).map((entry) => normalizeOrigin(entry) ?? entry))
  return {
    id,
    name: webauthn.rpName,
    origins: Object.freeze([...origins]),
    isPasskeyOrigin(origin) {
      const normalized = origin === undefined ? undefined : normalizeOrigin(origin)
      if (normalized === undefined) return false
      return exact.has(normalized) || patterns.some((pattern) => pattern.matches(normalized))
    },
  }
}

/** Refuses passkey origins the origin policy does not allow: their pages could not call the service at all. */
export function checkPasskeyOrigins(party: RelyingParty, policy: OriginPolicy): void {
  for (const entry of party.origins) {
    const allowed = entry.includes('*') ? policy.entries.includes(entry) : policy.isAllowedOrigin(entry)
    if (!allowed) throw new ConfigError(`WEBAUTHN_ORIGINS: "${entry}" is not an allowed origin; add it to CORS_ORIGINS, or remove it`)
  }
}

function derivedRpId(baseUrl: string): string {
  const host = hostOf(baseUrl)
  if (isIP(host) !== 0) {
    if (LOOPBACK_IPS.has(host)) return 'localhost'
    throw new ConfigError(`WEBAUTHN_RP_ID: BETTER_AUTH_URL is on an IP address (${host}), which cannot be a passkey relying party; set WEBAUTHN_RP_ID to the domain your front ends are served from`)
  }
  return parse(host, PSL_OPTIONS).domain ?? host
}

/** `localhost`, or a domain with a registrable part: never a public suffix (com, co.uk, vercel.app). */
function isUsableRpId(id: string): boolean {
  return id === 'localhost' || parse(id, PSL_OPTIONS).domain !== null
}

/**
 * Whether a page on `host` may use passkeys of `id`: the host itself, or below it when `id` has a
 * registrable part (browsers take `localhost` as a suffix of nothing but itself). For a pattern,
 * `host` is the fixed part after its `*` label, under which every host it admits lies.
 */
function covers(id: string, host: { readonly name: string; readonly pattern: boolean }): boolean {
  if (!host.pattern && host.name === id) return true
  return (host.name === id || host.name.endsWith(`.${id}`)) && parse(id, PSL_OPTIONS).domain !== null
}

function entryHost(entry: string): { name: string; pattern: boolean } {
  if (!entry.includes('*')) return { name: hostOf(normalizeOrigin(entry) ?? entry), pattern: false }
  // compileOriginPattern has checked the pattern's form; its host is what lies between scheme and port.
  const labels = (/^[a-z]+:\/\/([^/:]+)/i.exec(entry)?.[1] ?? '').toLowerCase().split('.')
  const lastWildcard = labels.findLastIndex((label) => label.includes('*'))
  return { name: labels.slice(lastWildcard + 1).join('.'), pattern: true }
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname.replace(/^\[|\]$/g, '').toLowerCase()
  } catch {
    throw new ConfigError(`WEBAUTHN_ORIGINS: "${origin}" is not an origin (scheme://host[:port])`)
  }
}

function onIpAddress(entry: string): boolean {
  if (entry.includes('*')) return false
  try {
    return isIP(hostOf(entry)) !== 0
  } catch {
    return false
  }
}

function uncoveredMessage(config: Config, id: string, variable: string, origins: readonly string[], uncovered: readonly string[]): string {
  const domains = new Set(origins.map((entry) => parse(entryHost(entry).name, PSL_OPTIONS).domain ?? entryHost(entry).name))
  const shared = domains.size === 1 ? [...domains][0]! : undefined
  const covered = origins.filter((entry) => !uncovered.includes(entry))
  const fixes = [
    ...(shared !== undefined && shared !== id && isUsableRpId(shared) ? [`set WEBAUTHN_RP_ID=${shared}`] : []),
    covered.length > 0 ? `list in WEBAUTHN_ORIGINS only the origins under "${id}" (WEBAUTHN_ORIGINS=${covered.join(',')})` : `list in WEBAUTHN_ORIGINS the origins under "${id}" where passkeys are used`,
  ]
  const source = config.webauthn.origins === undefined ? 'CORS_ORIGINS' : 'WEBAUTHN_ORIGINS'
  return `${variable} does not cover ${uncovered.join(', ')} (${source}): browsers refuse passkey ceremonies on a page outside the rp id; ${fixes.join(', or ')}`
}
