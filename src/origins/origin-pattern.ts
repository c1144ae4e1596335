import { domainToASCII } from 'node:url'
import { parse } from 'tldts'
import { ConfigError } from '../config.js'

/** A CORS_ORIGINS entry that cannot be used; refused at start-up like any bad setting. */
export class OriginPatternError extends ConfigError {
  override name = 'OriginPatternError'
}

/** A compiled `*` pattern of CORS_ORIGINS. */
export interface OriginPattern {
  /** The registrable domain every origin it admits lies under (example.com for https://pr-*.preview.example.com). */
  readonly registrableDomain: string
  /** Whether a canonical origin (`normalizeOrigin`'s output) is admitted. */
  matches(origin: string): boolean
}

// Shared hosts' suffixes count; hostnames are judged as browsers accept them (`a-.example.com`).
const PSL_OPTIONS = { allowPrivateDomains: true, validateHostname: false }
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' }
const INSTEAD = 'put preview deployments under a domain you own (https://pr-*.preview.example.com)'

/**
 * Compiles `scheme://host[:port]` whose `*` stands for part of exactly one DNS label
 * (`[a-z0-9-]+`, never a dot). Every `*` must sit below the registrable domain — the label just
 * under the public suffix, with the private suffixes of shared hosts (vercel.app, github.io,
 * herokuapp.com…) counted as suffixes: anyone can register a name in that label, so a `*` there
 * (`https://frontend-fe-*.vercel.app`) would admit other people's sites with credentials.
 */
export function compileOriginPattern(entry: string): OriginPattern {
  const match = /^(https?):\/\/([^/:?#@\\]+)(?::(\d{1,5}))?\/?$/i.exec(entry)
  if (match === null) throw new OriginPatternError(`CORS_ORIGINS: "${entry}" is not an origin pattern (scheme://host[:port])`)
  const scheme = match[1]!.toLowerCase()
  const port = portPart(entry, scheme, match[3])
  const labels = match[2]!.split('.').map((label) => canonicalLabel(entry, label))
  const lastWildcard = labels.findLastIndex((label) => label.includes('*'))
  const tail = labels.slice(lastWildcard + 1).join('.')
  // The public suffix list decides where a registrable domain starts; a `*` inside it or in its
  // first label could stand for anyone's name. Probing with a stand-in label also catches the
  // list's own wildcard rules (`*.kawasaki.jp`, `*.compute.amazonaws.com`), under which any
  // name is itself a public suffix.
  if (labels.every((label) => /^[\d*]+$/.test(label))) throw new OriginPatternError(`CORS_ORIGINS: "${entry}" puts a "*" in an IP address; list the addresses exactly`)
  if (tail === '') throw new OriginPatternError(`CORS_ORIGINS: "${entry}" puts a "*" in the top-level domain; ${INSTEAD}`)
  if (parse(tail, PSL_OPTIONS).isIp === true || /^[\d.]+$/.test(tail)) {
    throw new OriginPatternError(`CORS_ORIGINS: "${entry}" puts a "*" in an IP address; list the addresses exactly`)
  }
  const registrableDomain = parse(tail, PSL_OPTIONS).domain
  const probe = parse(labels.map((label) => label.replaceAll('*', 'x')).join('.'), PSL_OPTIONS)
  if (registrableDomain === null || probe.domain !== registrableDomain) {
    throw new OriginPatternError(`CORS_ORIGINS: "${entry}" is refused: its "*" stands in the registrable-domain label under "${tail}", a public suffix where anyone can register a name and would then be let in with credentials; list each origin exactly (https://<name>.${tail}), or ${INSTEAD}`)
  }
  const hostPattern = labels.map((label) => label.split('*').map(escapeRegExp).join('[a-z0-9-]+')).join('\\.')
  const expression = new RegExp(`^${scheme}://${hostPattern}${port === '' ? '' : `:${port}`}$`)
  return {
    registrableDomain,
    matches(origin: string): boolean {
      if (!expression.test(origin)) return false
      // Defence in depth: the list names suffixes one level below some owners' domains
      // (s3.amazonaws.com under amazonaws.com); a matched host must still lie under the pattern's
      // own registrable domain.
      const hostname = new URL(origin).hostname
      return parse(hostname, PSL_OPTIONS).domain === registrableDomain
    },
  }
}

/** A label in the form browsers send it: lower case, punycode; a `*` only among ASCII letters, digits and hyphens. */
function canonicalLabel(entry: string, label: string): string {
  if (label === '') throw new OriginPatternError(`CORS_ORIGINS: "${entry}" has an empty DNS label (a trailing or double dot)`)
  const lower = label.toLowerCase()
  if (/^[a-z0-9*-]+$/.test(lower)) return lower
  if (lower.includes('*')) throw new OriginPatternError(`CORS_ORIGINS: "${entry}": a "*" may only stand among letters a-z, digits and hyphens; write an internationalised label in its xn-- form`)
  const ascii = domainToASCII(lower)
  if (ascii === '' || ascii.includes('.') || !/^[a-z0-9-]+$/.test(ascii)) throw new OriginPatternError(`CORS_ORIGINS: "${entry}" has an invalid DNS label "${label}"`)
  return ascii
}

/** The port as `URL.origin` writes it: none for the scheme's default. */
function portPart(entry: string, scheme: string, port: string | undefined): string {
  if (port === undefined) return ''
  const number = Number(port)
  if (number > 65535) throw new OriginPatternError(`CORS_ORIGINS: "${entry}" has an invalid port`)
  return String(number) === DEFAULT_PORTS[scheme] ? '' : String(number)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
