import type { RateLimitRule } from '../rate-limit/rules.js'

/** One requirement of an operation's `security`: every scheme it names at once; `{}` is "nobody". */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>

/** One row of `npm run routes`: a route the service serves for an operation of the contract. */
export interface RouteTableRow {
  readonly method: string
  readonly path: string
  readonly operationId: string
  /** Undefined for `x-rate-limit: exempt`. */
  readonly rateLimit: RateLimitRule | undefined
  /** The operation's `security`, or the document's when it has none. */
  readonly security: readonly SecurityRequirement[]
  /** False when the spec names the operation but the service registered no route for it. */
  readonly registered: boolean
}

/** What each security scheme of openapi.yaml asks of a caller, in a few words. */
const SCHEME_LABELS: Readonly<Record<string, string>> = {
  sessionCookie: 'session cookie',
  bearerJwt: 'bearer JWT',
  authTokenCookie: 'JWT cookie',
  bearerAccessToken: 'access token',
  refreshTokenCookie: 'refresh cookie',
  introspectionClient: 'introspection secret',
  metricsToken: 'metrics token',
}

/** `5/1h per IP`: how many requests in what window, counted by which key; `exempt` for none. */
export function describeRateLimit(rule: RateLimitRule | undefined): string {
  if (rule === undefined) return 'exempt'
  return `${rule.max}/${describeWindow(rule.window)} per ${rule.key === 'ip' ? 'IP' : rule.key}`
}

/** The group whose counter an operation shares with others, or nothing when it counts alone. */
export function describeGroup(rule: RateLimitRule | undefined, operationId: string): string {
  return rule === undefined || rule.group === operationId ? '' : rule.group
}

function describeWindow(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`
  if (seconds % 60 === 0) return `${seconds / 60}min`
  return `${seconds}s`
}

/**
 * The alternatives of `security`, `|` between them: `session cookie`, `access token | session
 * cookie`; `public | session cookie` answers anyone and reads the session when there is one.
 */
export function describeCallers(security: readonly SecurityRequirement[]): string {
  if (security.length === 0) return 'public'
  return security.map((requirement) => {
    const schemes = Object.keys(requirement)
    return schemes.length === 0 ? 'public' : schemes.map((scheme) => SCHEME_LABELS[scheme] ?? scheme).join(' + ')
  }).join(' | ')
}

/** The route table, one operation a line, columns aligned; `others` are served outside the contract. */
export function formatRouteTable(rows: readonly RouteTableRow[], others: readonly string[] = []): string {
  const cells = [
    ['METHOD', 'PATH', 'OPERATION', 'RATE LIMIT', 'GROUP', 'WHO MAY CALL'],
    ...rows.map((row) => [
      row.method,
      row.path,
      row.operationId,
      describeRateLimit(row.rateLimit),
      describeGroup(row.rateLimit, row.operationId),
      describeCallers(row.security) + (row.registered ? '' : '   NOT REGISTERED'),
    ]),
  ]
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)))
  const lines = cells.map((line) => line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd())
  if (others.length > 0) lines.push('', `Outside the contract: ${others.join(', ')}`)
  return lines.join('\n')
}
