import type { Operation } from '../contract/spec.js'

/**
 * An operation's `x-rate-limit`: at most `max` requests per `window` seconds for one key — a client
 * address, a body field, or (`apiKey`) the admin API key in the Authorization header.
 */
export interface RateLimitRule {
  readonly max: number
  readonly window: number
  readonly key: 'ip' | 'email' | 'token' | 'apiKey'
  /** For `email` and `token`: the body field the key is read from (`email`, `token` unless `field` says). */
  readonly field?: string
  /** Operations of one group share their counters (sign-in on every surface, say). */
  readonly group: string
}

export class RateLimitRuleError extends Error {
  override name = 'RateLimitRuleError'
}

/**
 * Reads and checks an operation's `x-rate-limit`; undefined for `exempt`. Every operation must
 * say one or the other, so a new operation cannot go unlimited by omission.
 */
export function readRateLimitRule(operation: Operation): RateLimitRule | undefined {
  const raw = operation.definition['x-rate-limit']
  const fail = (why: string): never => { throw new RateLimitRuleError(`${operation.operationId}: x-rate-limit ${why}`) }
  if (raw === 'exempt') return undefined
  if (raw === undefined) fail('is missing (give a limit, or `exempt`)')
  if (raw === null || typeof raw !== 'object') return fail('must be an object')
  const { max, window, key, group, field, ...rest } = raw as Record<string, unknown>
  if (Object.keys(rest).length > 0) fail(`has unknown fields: ${Object.keys(rest).join(', ')}`)
  if (!Number.isInteger(max) || (max as number) < 1) fail('max must be a positive integer')
  if (!Number.isInteger(window) || (window as number) < 1) fail('window must be a positive number of seconds')
  if (key !== 'ip' && key !== 'email' && key !== 'token' && key !== 'apiKey') fail('key must be ip, email, token or apiKey')
  if (group !== undefined && (typeof group !== 'string' || !/^[a-z0-9-]+$/.test(group))) fail('group must be a lower-case name')
  if ((key === 'ip' || key === 'apiKey') && field !== undefined) fail('field is for key email or token')
  if (field !== undefined && (typeof field !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(field))) fail('field must name a body property')
  let bodyField: string | undefined
  if (key === 'email' || key === 'token') {
    if (operation.bodySchema === undefined) fail(`key ${key} needs a JSON body to read it from`)
    bodyField = (field as string | undefined) ?? key
    // A key read from a field the body does not have would be absent on every request, and the
    // limit would silently fall back to the IP: refuse it at start-up instead.
    const properties = operation.body?.properties ?? {}
    if (!Object.hasOwn(properties, bodyField)) fail(`key ${key} reads body field ${bodyField}, which ${operation.bodySchema} does not have (name it with \`field\`)`)
  }
  return { max: max as number, window: window as number, key: key as RateLimitRule['key'], ...(bodyField === undefined ? {} : { field: bodyField }), group: (group as string | undefined) ?? operation.operationId }
}

/**
 * How an operation signs a user in (`x-sign-in`): `true` for a password step, whose attempts are
 * counted per account (the body's `email`) or per device cookie; `second-factor` for the step that
 * completes a sign-in. Both leave a device cookie on success.
 */
export type SignInStep = 'password' | 'second-factor'

export function readSignInStep(operation: Operation): SignInStep | undefined {
  const raw = operation.definition['x-sign-in']
  if (raw === undefined) return undefined
  if (raw === 'second-factor') return 'second-factor'
  if (raw !== true) throw new RateLimitRuleError(`${operation.operationId}: x-sign-in must be true or second-factor`)
  const properties = operation.body?.properties ?? {}
  if (!Object.hasOwn(properties, 'email')) throw new RateLimitRuleError(`${operation.operationId}: x-sign-in needs an email in the body to count attempts by`)
  return 'password'
}

/** The operations of one group must agree on their limit, or they could not share a counter. */
export function checkGroups(rules: ReadonlyArray<readonly [string, RateLimitRule | undefined]>): void {
  const byGroup = new Map<string, { operationId: string; rule: RateLimitRule }>()
  for (const [operationId, rule] of rules) {
    if (rule === undefined) continue
    const first = byGroup.get(rule.group)
    if (first === undefined) byGroup.set(rule.group, { operationId, rule })
    else if (first.rule.max !== rule.max || first.rule.window !== rule.window || first.rule.key !== rule.key) {
      throw new RateLimitRuleError(`${operationId}: x-rate-limit group ${rule.group} differs from ${first.operationId}'s`)
    }
  }
}
