import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify'
import { Redis } from 'ioredis'
import type { Config } from '../config.js'
import { listOperations } from '../contract/spec.js'
import { clientNetwork, digest, normalizeEmail } from '../rate-limit/client-key.js'
import { checkGroups, isSignInOperation, readRateLimitRule } from '../rate-limit/rules.js'
import { createSignInThrottle, memoryThrottleStore, redisThrottleStore, type SignInThrottle } from '../rate-limit/sign-in-throttle.js'

/** An email- or token-keyed limit also gets this many times its budget per IP, so one client cannot spray keys. */
const IP_BUDGET_FACTOR = 10

type Check = (request: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; max?: number; remaining?: number; ttlInSeconds?: number }>

/**
 * Limits from the contract: each operation's `x-rate-limit` is enforced by @fastify/rate-limit's
 * counters (in Redis when REDIS_URL is set, so every instance counts together), keyed by client
 * IP (/64 for IPv6) before the body is read, or by the email or token in the body after it is
 * validated. Failed sign-ins also count per account. Sessions are not kept in Redis: a cached
 * session could outlive its revocation.
 */
export const rateLimitPlugin = fp(async (app: FastifyInstance, options: { config: Config; now: () => number }) => {
  const { config, now } = options
  const rules = new Map(listOperations().map((operation) => [operation.operationId, { rule: readRateLimitRule(operation), signIn: isSignInOperation(operation) }]))
  checkGroups([...rules].map(([operationId, { rule }]) => [operationId, rule] as const))
  if (!config.rateLimits) return

  const redis = config.redisUrl === undefined ? undefined : new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: false })
  redis?.on('error', (error) => app.log.warn({ reason: error.message }, 'redis unavailable'))
  const namespace = `${config.redisPrefix}rl:`
  // If Redis fails, requests are let through rather than refused: sign-in stays available.
  await app.register(rateLimit, { global: false, ...(redis === undefined ? {} : { redis, nameSpace: namespace }), skipOnError: true })
  const throttle = createSignInThrottle(redis === undefined ? memoryThrottleStore() : redisThrottleStore(redis, `${config.redisPrefix}sign-in:`), now)
  app.addHook('onClose', async () => { await redis?.quit().catch(() => undefined) })

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
    if (entry.rule !== undefined) {
      const { rule } = entry
      if (rule.key === 'ip') onRequest.push(limiterFor(rule.group, rule.max, rule.window, ipKey))
      else {
        onRequest.push(limiterFor(`${rule.group}-ip`, rule.max * IP_BUDGET_FACTOR, rule.window, ipKey))
        preHandler.push(limiterFor(rule.group, rule.max, rule.window, rule.key === 'email' ? emailKey : tokenKey))
      }
    }
    if (entry.signIn) preHandler.push(throttleCheck(throttle))
    route.onRequest = [...toArray(route.onRequest), ...onRequest]
    route.preHandler = [...toArray(route.preHandler), ...preHandler]
    if (entry.signIn) route.onResponse = [...toArray(route.onResponse), throttleRecord(throttle)]
  })
}, { name: 'rate-limit', dependencies: ['errors'] })

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

function ipKey(request: FastifyRequest): string {
  return `ip:${clientNetwork(request.ip)}`
}

function emailKey(request: FastifyRequest): string | undefined {
  const email = (request.body as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? `email:${digest(normalizeEmail(email))}` : undefined
}

function tokenKey(request: FastifyRequest): string | undefined {
  const token = (request.body as { token?: unknown } | undefined)?.token
  return typeof token === 'string' ? `token:${digest(token)}` : undefined
}

function accountOf(request: FastifyRequest): string | undefined {
  const email = (request.body as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? digest(normalizeEmail(email)) : undefined
}

function throttleCheck(throttle: SignInThrottle): preHandlerHookHandler {
  return async function signInThrottled(request, reply) {
    const account = accountOf(request)
    if (account === undefined) return
    const retryAfter = await throttle.retryAfter(account)
    if (retryAfter > 0) return reply.header('retry-after', retryAfter).sendError('RATE_LIMITED')
  }
}

function throttleRecord(throttle: SignInThrottle) {
  return async function recordSignIn(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const account = accountOf(request)
    if (account === undefined) return
    if (reply.errorCode === 'INVALID_CREDENTIALS') await throttle.recordFailure(account).catch(() => undefined)
    else if (reply.statusCode < 300) await throttle.recordSuccess(account).catch(() => undefined)
  }
}

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
