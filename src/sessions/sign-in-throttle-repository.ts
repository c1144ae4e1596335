import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../db/tables.js'

/** The schedule of the delay: free failures, then a delay from `firstLockMs` doubling up to `maxLockMs`. */
export interface DelaySchedule {
  readonly freeFailures: number
  readonly windowMs: number
  readonly firstLockMs: number
  readonly maxLockMs: number
}

/**
 * Reserves one attempt for `key` in one statement (an upsert that counts it and sets the delay it
 * earns), unless the key is delayed: then nothing changes and the answer is the time left. The
 * statement is atomic under concurrency, so no more attempts than the schedule allows ever pass.
 */
export async function reserveSignInAttempt(db: Kysely<Database>, key: string, now: number, schedule: DelaySchedule): Promise<{ allowed: boolean; retryAfterMs: number }> {
  const nowMs = sql<number>`${now}::bigint`
  const counted = sql<number>`(case when ${nowMs} - t.last_attempt_at >= ${schedule.windowMs}::bigint then 0 else t.failures end)`
  const expiresAt = new Date(now + schedule.windowMs + schedule.maxLockMs)
  const { rows } = await sql<{ locked_until: string }>`
    insert into sign_in_throttle as t (key, failures, pending, locked_until, last_attempt_at, expires_at)
    values (${key}, 0, 1, ${nowMs} + ${delaySql(sql`1`, schedule)}, ${nowMs}, ${expiresAt})
    on conflict (key) do update set
      failures = ${counted},
      pending = t.pending + 1,
      locked_until = ${nowMs} + ${delaySql(sql`${counted} + t.pending + 1`, schedule)},
      last_attempt_at = ${nowMs},
      expires_at = ${expiresAt}
    where t.locked_until <= ${nowMs}
    returning t.locked_until`.execute(db)
  if (rows.length > 0) return { allowed: true, retryAfterMs: 0 }
  const row = await db.selectFrom('sign_in_throttle').select('locked_until').where('key', '=', key).executeTakeFirst()
  return { allowed: false, retryAfterMs: Math.max(1_000, Number(row?.locked_until ?? 0) - now) }
}

/**
 * Settles a reserved attempt. A failure keeps its count; a success clears the failures counted so
 * far (only the password's holder can cause one), leaving attempts still in flight counted.
 */
export async function settleSignInAttempt(db: Kysely<Database>, key: string, outcome: 'success' | 'failure', schedule: DelaySchedule): Promise<void> {
  if (outcome === 'failure') {
    await sql`update sign_in_throttle set failures = failures + 1, pending = greatest(pending - 1, 0) where key = ${key}`.execute(db)
    return
  }
  await sql`
    update sign_in_throttle set
      failures = 0,
      pending = greatest(pending - 1, 0),
      locked_until = case when greatest(pending - 1, 0) >= ${schedule.freeFailures} then locked_until else 0 end
    where key = ${key}`.execute(db)
}

export async function purgeSignInAttempts(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom('sign_in_throttle').where('expires_at', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** The delay, in milliseconds, that the `count`-th attempt in a row earns (0 within the free ones). */
function delaySql(count: RawBuilder<unknown>, schedule: DelaySchedule): RawBuilder<number> {
  return sql<number>`(case when ${count} < ${schedule.freeFailures} then 0
    else least(${schedule.firstLockMs}::float8 * power(2::float8, least(${count} - ${schedule.freeFailures}, 30)::float8), ${schedule.maxLockMs}::float8)::bigint end)`
}
