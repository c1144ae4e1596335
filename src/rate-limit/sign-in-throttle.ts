import type { Redis } from 'ioredis'

/**
 * Failed sign-ins per account (unknown emails too, so the answer says nothing about which
 * exist). After FREE_FAILURES failures within WINDOW_MS of each other, each further failure
 * locks the account for a delay that doubles, up to MAX_LOCK_MS: a growing delay, never a
 * permanent lockout that an attacker could use against the owner. A success clears it.
 */
export const FREE_FAILURES = 5
export const WINDOW_MS = 15 * 60_000
export const FIRST_LOCK_MS = 30_000
export const MAX_LOCK_MS = 15 * 60_000

export function lockDuration(failures: number): number {
  if (failures < FREE_FAILURES) return 0
  return Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES), MAX_LOCK_MS)
}

export interface ThrottleState {
  readonly failures: number
  readonly lockedUntil: number
}

export interface ThrottleStore {
  read(key: string): Promise<ThrottleState>
  /** Counts a failure and sets the lock it earns; returns the new state. */
  fail(key: string, now: number): Promise<ThrottleState>
  clear(key: string): Promise<void>
  close(): Promise<void>
}

export interface SignInThrottle {
  /** Seconds until this account may try again, or 0. */
  retryAfter(accountKey: string): Promise<number>
  recordFailure(accountKey: string): Promise<void>
  recordSuccess(accountKey: string): Promise<void>
}

export function createSignInThrottle(store: ThrottleStore, now: () => number): SignInThrottle {
  return {
    async retryAfter(accountKey) {
      const { lockedUntil } = await store.read(accountKey)
      return Math.max(0, Math.ceil((lockedUntil - now()) / 1000))
    },
    async recordFailure(accountKey) {
      await store.fail(accountKey, now())
    },
    async recordSuccess(accountKey) {
      await store.clear(accountKey)
    },
  }
}

export function memoryThrottleStore(): ThrottleStore {
  const entries = new Map<string, ThrottleState & { lastFailure: number }>()
  return {
    async read(key) {
      return entries.get(key) ?? { failures: 0, lockedUntil: 0 }
    },
    async fail(key, now) {
      const previous = entries.get(key)
      const failures = previous !== undefined && now - previous.lastFailure < WINDOW_MS ? previous.failures + 1 : 1
      const state = { failures, lockedUntil: now + lockDuration(failures), lastFailure: now }
      entries.set(key, state)
      return state
    },
    async clear(key) {
      entries.delete(key)
    },
    async close() {
      entries.clear()
    },
  }
}

/** The same in Redis, so every instance sees every failure; entries expire on their own. */
export function redisThrottleStore(redis: Redis, prefix: string): ThrottleStore {
  const keyOf = (key: string): string => `${prefix}${key}`
  return {
    async read(key) {
      const [failures, lockedUntil] = await redis.hmget(keyOf(key), 'failures', 'lockedUntil')
      return { failures: Number(failures ?? 0), lockedUntil: Number(lockedUntil ?? 0) }
    },
    async fail(key, now) {
      const redisKey = keyOf(key)
      const results = await redis.multi().hincrby(redisKey, 'failures', 1).pexpire(redisKey, WINDOW_MS).exec()
      const failures = Number(results?.[0]?.[1] ?? 1)
      const lock = lockDuration(failures)
      const lockedUntil = lock > 0 ? now + lock : 0
      if (lock > 0) await redis.multi().hset(redisKey, 'lockedUntil', String(lockedUntil)).pexpire(redisKey, Math.max(WINDOW_MS, lock)).exec()
      return { failures, lockedUntil }
    },
    async clear(key) {
      await redis.del(keyOf(key))
    },
    async close() {},
  }
}
