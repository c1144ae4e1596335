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
