import type { Redis } from 'ioredis'
import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import type { UnitsOfWork } from '../db/unit-of-work.js'
import { reserveSignInAttempt, settleSignInAttempt, type DelaySchedule } from '../sessions/sign-in-throttle-repository.js'

/**
 * Sign-in attempts per account (unknown emails too, so the answer says nothing about which exist)
 * and per device cookie. Each attempt is counted BEFORE its password is checked, atomically, and
 * refused while its key is delayed: FREE_FAILURES attempts within WINDOW_MS of each other pass,
 * and the one that reaches the count delays the next by FIRST_LOCK_MS, doubling with each further
 * failure up to MAX_LOCK_MS — a growing delay, never a permanent lockout. However many attempts
 * arrive at once, on however many instances, no more than the schedule allows are evaluated. A
 * success clears the count; a failure keeps it. Nothing ever waits on a request: a delayed
 * attempt is answered at once with the time left.
 */
export const FREE_FAILURES = 5
export const WINDOW_MS = 15 * 60_000
export const FIRST_LOCK_MS = 30_000
export const MAX_LOCK_MS = 15 * 60_000

export const SIGN_IN_SCHEDULE: DelaySchedule = { freeFailures: FREE_FAILURES, windowMs: WINDOW_MS, firstLockMs: FIRST_LOCK_MS, maxLockMs: MAX_LOCK_MS }

/** The delay the `count`-th attempt in a row earns. */
export function lockDuration(count: number): number {
  if (count < FREE_FAILURES) return 0
  return Math.min(FIRST_LOCK_MS * 2 ** (count - FREE_FAILURES), MAX_LOCK_MS)
}

export type AttemptOutcome = 'success' | 'failure'

/** An attempt that was counted; settle it once its answer is known. */
export interface Reservation {
  readonly allowed: true
  settle(outcome: AttemptOutcome): Promise<void>
}

export type ReserveResult = Reservation | { readonly allowed: false; readonly retryAfterSeconds: number }

export interface ThrottleStore {
  reserve(key: string, now: number): Promise<ReserveResult>
}

/**
 * Counts in PostgreSQL (or PGlite): one upsert per attempt, so instances on one database share
 * the count. It runs outside the request's unit of work: the count commits before the password
 * is checked, and stays when the request is rolled back.
 */
export function databaseThrottleStore(db: Kysely<Database>, units: UnitsOfWork, schedule: DelaySchedule = SIGN_IN_SCHEDULE): ThrottleStore {
  return {
    async reserve(key, now) {
      const result = await units.outside(() => reserveSignInAttempt(db, key, now, schedule))
      if (!result.allowed) return { allowed: false, retryAfterSeconds: Math.ceil(result.retryAfterMs / 1000) }
      return { allowed: true, settle: (outcome) => units.outside(() => settleSignInAttempt(db, key, outcome, schedule)) }
    },
  }
}

/** Count, check and delay in one step inside Redis; the same arithmetic as the database store. */
const RESERVE_SCRIPT = `
local now, window, free, first, max = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local s = redis.call('HMGET', KEYS[1], 'failures', 'pending', 'lockedUntil', 'last')
local failures, pending, lockedUntil, last = tonumber(s[1]) or 0, tonumber(s[2]) or 0, tonumber(s[3]) or 0, tonumber(s[4]) or 0
if lockedUntil > now then return lockedUntil - now end
if now - last >= window then failures = 0 end
pending = pending + 1
local count = failures + pending
local lock = 0
if count >= free then lock = math.min(first * 2 ^ math.min(count - free, 30), max) end
redis.call('HSET', KEYS[1], 'failures', failures, 'pending', pending, 'lockedUntil', string.format('%d', now + lock), 'last', string.format('%d', now))
redis.call('PEXPIRE', KEYS[1], window + max)
return 0
`

const SETTLE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local pending = math.max((tonumber(redis.call('HGET', KEYS[1], 'pending')) or 0) - 1, 0)
if ARGV[1] == 'failure' then
  redis.call('HINCRBY', KEYS[1], 'failures', 1)
  redis.call('HSET', KEYS[1], 'pending', pending)
else
  redis.call('HSET', KEYS[1], 'failures', 0, 'pending', pending)
  if pending < tonumber(ARGV[2]) then redis.call('HSET', KEYS[1], 'lockedUntil', 0) end
end
return 0
`

/** The same in Redis, so every instance sees every attempt; entries expire on their own. */
export function redisThrottleStore(redis: Redis, prefix: string, schedule: DelaySchedule = SIGN_IN_SCHEDULE): ThrottleStore {
  return {
    async reserve(key, now) {
      const redisKey = `${prefix}${key}`
      const waitMs = Number(await redis.eval(RESERVE_SCRIPT, 1, redisKey, now, schedule.windowMs, schedule.freeFailures, schedule.firstLockMs, schedule.maxLockMs))
      if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) }
      return { allowed: true, settle: async (outcome) => { await redis.eval(SETTLE_SCRIPT, 1, redisKey, outcome, schedule.freeFailures) } }
    },
  }
}

/**
 * Redis when it answers, else the database: an outage of Redis must neither open the door to
 * unlimited guessing nor shut it for everyone. (The two counts are apart while Redis is down.)
 */
export function fallbackThrottleStore(primary: ThrottleStore, fallback: ThrottleStore, onFallback: (error: unknown) => void): ThrottleStore {
  return {
    async reserve(key, now) {
      try {
        return await primary.reserve(key, now)
      } catch (error) {
        onFallback(error)
        return fallback.reserve(key, now)
      }
    },
  }
}
