export interface RetrySchedule {
  /** The delay after the first failed attempt; it doubles after each further one. */
  readonly baseMs: number
  /** No delay is longer. */
  readonly maxMs: number
}

/**
 * The delay before the next attempt, after `attempts` failed ones: exponential backoff with
 * "equal jitter" (half the step fixed, half random). The jitter spreads instances that all saw
 * the server fail at once; the fixed half keeps each delay at least as long as the one before.
 */
export function retryDelayMs(attempts: number, schedule: RetrySchedule, random: () => number = Math.random): number {
  const step = Math.min(schedule.maxMs, schedule.baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 40))
  return Math.round(step / 2 + random() * (step / 2))
}
