import type { Operation } from '../contract/spec.js'

/** An operation's `x-rate-limit`: at most `max` requests per `window` seconds for one key. */
export interface RateLimitRule {
  readonly max: number
  readonly window: number
  readonly key: 'ip' | 'email' | 'token'
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
  const { max, window, key, group, ...rest } = raw as Record<string, unknown>
  if (Object.keys(rest).length > 0) fail(`has unknown fields: ${Object.keys(rest).join(', ')}`)
  if (!Number.isInteger(max) || (max as number) < 1) fail('max must be a positive integer')
  if (!Number.isInteger(window) || (window as number) < 1) fail('window must be a positive number of seconds')
  if (key !== 'ip' && key !== 'email' && key !== 'token') fail('key must be ip, email or token')
  if (group !== undefined && (typeof group !== 'string' || !/^[a-z0-9-]+$/.test(group))) fail('group must be a lower-case name')
  if ((key === 'email' || key === 'token') && operation.bodySchema === undefined) fail(`key ${String(key)} needs a JSON body to read it from`)
  return { max: max as number, window: window as number, key: key as RateLimitRule['key'], group: (group as string | undefined) ?? operation.operationId }
}

/** Whether failed attempts of this operation count against the account (`x-sign-in: true`). */
export function isSignInOperation(operation: Operation): boolean {
  return operation.definition['x-sign-in'] === true
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
