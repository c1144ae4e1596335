import type { Clock } from '../src/clock.js'

/** A clock a test moves by hand: expiry and delays are tested without sleeping or ageing rows in SQL. */
export interface TestClock extends Clock {
  advance(ms: number): void
}

export function testClock(startMs: number = Date.now()): TestClock {
  let current = startMs
  return {
    now: () => new Date(current),
    nowMs: () => current,
    advance(ms) {
      current += ms
    },
  }
}

/**
 * A clock that runs with real time, moved forward by hand: for tests that mix the service's clock
 * with Better Auth's own, which is real time (the cookie of a session says the seconds left of it).
 */
export function followingClock(): TestClock {
  let offset = 0
  return {
    now: () => new Date(Date.now() + offset),
    nowMs: () => Date.now() + offset,
    advance(ms) {
      offset += ms
    },
  }
}
