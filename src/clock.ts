/**
 * The time every policy reads: lifetimes, expiry, reuse intervals, sign-in delays, purge. One
 * clock, decorated on the app (`app.clock`), so a test moves it instead of sleeping or ageing
 * rows by hand. Better Auth keeps its own clock: the expiry of the sessions and verification
 * values it writes and checks is real time.
 */
export interface Clock {
  now(): Date
  nowMs(): number
}

export const systemClock: Clock = {
  now: () => new Date(),
  nowMs: () => Date.now(),
}
