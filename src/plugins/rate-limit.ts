import { apiKeyHashOf } from '../admin/api-keys.js'
import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, onSendHookHandler, preHandlerHookHandler } from 'fastify'
import type { Config } from '../config.js'
import { clientNetwork, digest, normalizeEmail } from '../rate-limit/client-key.js'
import { cookieAttributes } from '../auth/cookie-policy.js'
import { resolveSecret } from '../auth/secret.js'
import { createDeviceCookies } from '../rate-limit/device-cookie.js'
import { checkGroups, readRateLimitRule, readSignInStep } from '../rate-limit/rules.js'
import { createSignInGuard, type SignInGuard } from '../rate-limit/sign-in-guard.js'
import { databaseThrottleStore, fallbackThrottleStore, FREE_FAILURES, redisThrottleStore } from '../rate-limit/sign-in-throttle.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Attempts at an account's password made from inside a handler (re-authentication): see sign-in-guard.ts. */
    signInAttempts: { reserve: SignInGuard['reserveFor'] }
  }
}

/** An email- or token-keyed limit also gets this many times its budget per IP, so one client cannot spray keys. */
const IP_BUDGET_FACTOR = 10

type Check = (request: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; max?: number; remaining?: number; ttlInSeconds?: number }>

/**
 * Limits from the contract: each operation's `x-rate-limit` is enforced by @fastify/rate-limit's
 * counters (in Redis when REDIS_URL is set, so every instance counts together), keyed by client
 * IP (/64 for IPv6) before the body is read, or by the email or token in the body after it is
 * validated. Sign-in attempts also count per account, or per device cookie (sign-in-guard.ts).
 * Sessions are not kept in Redis: a cached session could outlive its revocation.
 */
export const rateLimitPlugin = fp(async (app: FastifyInstance, options: { config: Config; now: () => number }) => {
  const { config, now } = options
  const rules = new Map(app.contract.operations.map((operation) => [operation.operationId, { rule: readRateLimitRule(operation), signIn: readSignInStep(operation) }]))
  checkGroups([...rules].map(([operationId, { rule }]) => [operationId, rule] as const))
  if (!config.rateLimits) {
    app.decorate('signInAttempts', { reserve: async () => {} })
    return
  }

  const { redis } = app
  const namespace = `${config.redisPrefix}rl:`
  // If Redis fails, requests are let through rather than refused: sign-in stays available.
  // Without Redis, each limiter counts in this process, in the library's least-recently-used map
  // of 5,000 keys: a spray of new emails or tokens evicts old counters, it cannot grow memory.
  await app.register(rateLimit, { global: false, ...(redis === undefined ? {} : { redis, nameSpace: namespace }), skipOnError: true })
  // Attempts count in Redis when there is one, else in the database: never in one process alone,
  // since instances behind a load balancer must share one count.
  const databaseStore = databaseThrottleStore(app.db, app.database.units)
  const guard = createSignInGuard({
    store: redis === undefined
      ? databaseStore
      : fallbackThrottleStore(redisThrottleStore(redis, `${config.redisPrefix}sign-in:`), databaseStore, (error) => app.log.warn({ reason: error instanceof Error ? error.message : 'unknown' }, 'redis unavailable: counting sign-ins in the database')),
    devices: createDeviceCookies(resolveSecret(config).secret),
    cookieAttributes: cookieAttributes(config),
    budget: FREE_FAILURES,
    now,
    onSettleError: (error) => app.log.warn({ reason: error instanceof Error ? error.message : 'unknown' }, 'a sign-in attempt could not be settled: it stays counted'),
  })

  // A handler that checks the password of the account it serves counts the attempt as a sign-in
  // (so a session someone took over is no faster a way to guess the password); it is settled with
  // the answer, like a sign-in's.
  app.decorate('signInAttempts', { reserve: guard.reserveFor })
  // Settled before the answer leaves: a client that hears its sign-in succeeded may try again at
  // once, and must find the count cleared. onResponse settles what was never sent (an aborted
  // request); settling twice is a no-op.
  app.addHook('onSend', async (request, reply, payload) => {
    await guard.settleAttempt(request, reply)
    return payload
  })
  app.addHook('onResponse', async (request, reply) => { await guard.settleAttempt(request, reply) })

  // One counter per group, so the operations of a group (sign-in on every surface) count together.
  const limiters = new Map<string, onRequestHookHandler & preHandlerHookHandler>()
  const limiterFor = (group: string, max: number, window: number, key: (request: FastifyRequest) => string | undefined): onRequestHookHandler & preHandlerHookHandler => {
    const name = `${group}:${max}:${window}`
    let existing = limiters.get(name)
    if (existing === undefined) {
      existing = limiter(app, group, max, window, key)
      limiters.set(name, existing)
    }
    return existing
  }

  app.addHook('onRoute', (route) => {
    const operationId = route.config?.operationId
    const entry = operationId === undefined ? undefined : rules.get(operationId)
    if (entry === undefined) return
    const onRequest: onRequestHookHandler[] = []
    const preHandler: preHandlerHookHandler[] = []
    const onSend: onSendHookHandler[] = []
    if (entry.rule !== undefined) {
      const { rule } = entry
      if (rule.key === 'ip') onRequest.push(limiterFor(rule.group, rule.max, rule.window, ipKey))
      else if (rule.key === 'apiKey') {
        // Each key its own budget; the address's budget as well, so that guessing keys (each a
        // counter of its own) is limited too.
        onRequest.push(limiterFor(`${rule.group}-ip`, rule.max * IP_BUDGET_FACTOR, rule.window, ipKey))
        onRequest.push(limiterFor(rule.group, rule.max, rule.window, apiKeyKey))
      } else {
        onRequest.push(limiterFor(`${rule.group}-ip`, rule.max * IP_BUDGET_FACTOR, rule.window, ipKey))
        preHandler.push(limiterFor(rule.group, rule.max, rule.window, bodyKey(rule.key, rule.field!)))
      }
    }
    // After the limits above: an attempt they refuse is never counted against the account. (It is
    // settled by the app's onResponse hook above.)
    if (entry.signIn === 'password') preHandler.push(guard.reserveAttempt)
    // onSend, not onResponse: the cookie must go out with the answer.
    if (entry.signIn !== undefined) onSend.push(guard.issueDeviceCookie)
    route.onRequest = [...toArray(route.onRequest), ...onRequest]
    route.preHandler = [...toArray(route.preHandler), ...preHandler]
    route.onSend = [...toArray(route.onSend), ...onSend]
  })
}, { name: 'rate-limit', dependencies: ['errors', 'database', 'redis', 'auth', 'contract'] })

function limiter(app: FastifyInstance, group: string, max: number, windowSeconds: number, key: (request: FastifyRequest) => string | undefined): onRequestHookHandler & preHandlerHookHandler {
  const check = app.createRateLimit({
    max,
    timeWindow: windowSeconds * 1000,
    keyGenerator: (request: FastifyRequest) => `${group}:${key(request) ?? `ip:${clientNetwork(request.ip)}`}`,
  }) as unknown as Check
  return async function rateLimited(request: FastifyRequest, reply: FastifyReply) {
    const result = await check(request)
    if (result.isAllowed || result.max === undefined) return
    reply.header('ratelimit-limit', result.max)
    reply.header('ratelimit-remaining', result.remaining ?? 0)
    reply.header('ratelimit-reset', result.ttlInSeconds ?? windowSeconds)
    if (result.isExceeded === true) {
      reply.header('retry-after', result.ttlInSeconds ?? windowSeconds)
      return reply.sendError('RATE_LIMITED')
    }
  }
}

/** A key's limit is counted under the key's hash, never the key itself. */
function apiKeyKey(request: FastifyRequest): string | undefined {
  const hash = apiKeyHashOf(request.headers.authorization)
  return hash === undefined ? undefined : `apiKey:${hash}`
}

function ipKey(request: FastifyRequest): string {
  return `ip:${clientNetwork(request.ip)}`
}

/** The key of an email- or token-keyed limit, read from the body field the rule names. */
function bodyKey(kind: 'email' | 'token', field: string): (request: FastifyRequest) => string | undefined {
  return (request) => {
    const value = (request.body as Record<string, unknown> | undefined)?.[field]
    if (typeof value !== 'string') return undefined
    return kind === 'email' ? `email:${digest(normalizeEmail(value))}` : `token:${digest(value)}`
  }
}

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
