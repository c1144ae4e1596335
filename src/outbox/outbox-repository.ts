import { sql, type Kysely, type RawBuilder } from 'kysely'
import { systemClock, type Clock } from '../clock.js'
import type { Database, OutboxState } from '../db/tables.js'

/**
 * The queries of every outbox (the email outbox, webhook deliveries): tables that share the
 * columns below, claimed, retried and dead-lettered by one worker (outbox-worker.ts).
 *
 * Times are the database's (`now()`), never a process's: every instance reads one clock for
 * leases and retries, however far their own clocks drift apart. `aheadMs` moves that clock for
 * a test whose app clock was moved forward (src/clock.ts); it is 0 with the system clock.
 */
export type OutboxTable = 'email_outbox' | 'webhook_delivery'

/** What every outbox row has. */
export interface OutboxColumns {
  id: string
  state: OutboxState
  attempts: number
  next_attempt_at: Date
  locked_until: Date | null
  claim_id: string | null
  last_error: string | null
  sent_at: Date | null
}

type OutboxDatabase = Record<OutboxTable, OutboxColumns>

function outbox(db: Kysely<Database>): Kysely<OutboxDatabase> {
  // Each outbox table has these columns (and more, which these queries leave alone).
  return db as unknown as Kysely<OutboxDatabase>
}

/** How far `clock` is ahead of real time: 0 for the system clock, and for a clock behind it. */
export function msAheadOfRealTime(clock: Clock): number {
  return clock === systemClock ? 0 : Math.max(0, clock.nowMs() - Date.now())
}

/** The database's time, moved `aheadMs` forward. */
export function databaseNow(aheadMs: number, plusMs = 0): RawBuilder<Date> {
  const ms = Math.round(aheadMs + plusMs)
  return ms === 0 ? sql<Date>`now()` : sql<Date>`now() + ${ms}::float8 * interval '1 millisecond'`
}

/**
 * At most `max` rows that share a value of `column` (a webhook's endpoint) leased at once, by all
 * workers together: a receiver that hangs holds that many of them, never every worker's slots.
 */
export interface PerKeyLimit {
  readonly column: string
  readonly max: number
}

export interface ClaimOptions {
  readonly limit: number
  readonly leaseMs: number
  readonly claimId: string
  readonly aheadMs: number
  readonly perKey?: PerKeyLimit | undefined
}

/**
 * Claims up to `limit` due rows for `leaseMs`, counting the attempt. `for update skip locked`:
 * two workers claiming at once never take the same row, and neither waits for the other; once
 * claimed, a row is not due again until its lease ends (the worker that took it died, or hung).
 * With `perKey`, only rows within their key's limit are candidates (withinPerKeyLimit).
 */
export async function claimDue<Row extends OutboxColumns>(db: Kysely<Database>, table: OutboxTable, options: ClaimOptions): Promise<Row[]> {
  const now = databaseNow(options.aheadMs)
  const { perKey } = options
  const rows = await outbox(db)
    .updateTable(table)
    .set({ locked_until: databaseNow(options.aheadMs, options.leaseMs), claim_id: options.claimId, attempts: sql<number>`attempts + 1` })
    .where('id', 'in', (eb) => eb
      .selectFrom(table)
      .select('id')
      // The conditions are checked here, where the row is locked, as well as in the candidates:
      // a row another worker claimed since this statement's snapshot is checked again as it now is.
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((where) => where.or([where('locked_until', 'is', null), where('locked_until', '<=', now)]))
      .$if(perKey !== undefined, (query) => query.where('id', 'in', withinPerKeyLimit(table, perKey!, now)))
      .orderBy('next_attempt_at')
      .limit(options.limit)
      .forUpdate()
      .skipLocked())
    .returningAll()
    .execute()
  // The whole row of the table claimed from, of which OutboxColumns names the shared part.
  return rows as Row[]
}

/** Delivered; `clear` blanks what need not be kept (an email's body). False if the claim was lost. */
export async function markSent(db: Kysely<Database>, table: OutboxTable, id: string, claimId: string, clear: Record<string, null | string> = {}): Promise<boolean> {
  const result = await outbox(db)
    .updateTable(table)
    .set({ ...clear, state: 'sent', sent_at: sql<Date>`now()`, locked_until: null, claim_id: null, last_error: null })
    .where('id', '=', id)
    .where('claim_id', '=', claimId)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Not delivered this time: due again in `delayMs`. False if the claim was lost. */
export async function scheduleRetry(db: Kysely<Database>, table: OutboxTable, row: { id: string; claimId: string }, delay: { ms: number; aheadMs: number }, error: string): Promise<boolean> {
  const result = await outbox(db)
    .updateTable(table)
    .set({ next_attempt_at: databaseNow(delay.aheadMs, Math.max(0, delay.ms)), locked_until: null, claim_id: null, last_error: error })
    .where('id', '=', row.id)
    .where('claim_id', '=', row.claimId)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Out of tries: dead-lettered, kept for whoever looks into it. False if the claim was lost. */
export async function markDead(db: Kysely<Database>, table: OutboxTable, id: string, claimId: string, error: string): Promise<boolean> {
  const result = await outbox(db)
    .updateTable(table)
    .set({ state: 'dead', locked_until: null, claim_id: null, last_error: error })
    .where('id', '=', id)
    .where('claim_id', '=', claimId)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/**
 * The ids of the due, unleased rows that `perKey` lets be claimed now: each key's rows ranked
 * oldest first, kept while their rank plus the key's live leases stays within `max`. The ranking
 * is a subquery of its own because a window function cannot share a select with `for update`.
 * Two workers claiming at the same moment each count the leases committed before their statement
 * began, so together they may lease a key up to `max` rows more than it allows, for as long as
 * those deliveries last: a small overshoot, taken rather than serialising every claim.
 */
function withinPerKeyLimit(table: OutboxTable, perKey: PerKeyLimit, now: RawBuilder<Date>): RawBuilder<string> {
  const key = sql.ref(perKey.column)
  return sql<string>`(
    select ranked.id from (
      select id, ${key} as key, row_number() over (partition by ${key} order by next_attempt_at, id) as rank
      from ${sql.table(table)}
      where state = 'pending' and next_attempt_at <= ${now} and (locked_until is null or locked_until <= ${now})
    ) as ranked
    left join (${leasedPerKey(table, perKey, now)}) as leased on leased.key = ranked.key
    where ranked.rank + coalesce(leased.busy, 0) <= ${perKey.max}
  )`
}

/** Each key's rows under a live lease: `key`, `busy`. */
function leasedPerKey(table: OutboxTable, perKey: PerKeyLimit, now: RawBuilder<Date>): RawBuilder<unknown> {
  const key = sql.ref(perKey.column)
  return sql`select ${key} as key, count(*) as busy from ${sql.table(table)} where state = 'pending' and locked_until > ${now} group by ${key}`
}

/** How many rows a worker could claim right now (within `perKey`, when given). */
export async function countClaimable(db: Kysely<Database>, table: OutboxTable, aheadMs: number, perKey?: PerKeyLimit): Promise<number> {
  const now = databaseNow(aheadMs)
  const row = await outbox(db)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('state', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((where) => where.or([where('locked_until', 'is', null), where('locked_until', '<=', now)]))
    .$if(perKey !== undefined, (query) => query.where('id', 'in', withinPerKeyLimit(table, perKey!, now)))
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/**
 * Milliseconds until the next pending row becomes claimable (0 if one is now), or undefined if none
 * is pending. With `perKey`, an unleased row whose key is at its limit is left out: it waits for
 * one of its key's deliveries to end (which wakes the worker holding it, or shows at the next poll)
 * or for a lease to lapse (which its leased rows' times say), and is not polled for meanwhile.
 */
export async function msUntilNext(db: Kysely<Database>, table: OutboxTable, aheadMs: number, perKey?: PerKeyLimit): Promise<number | undefined> {
  const now = databaseNow(aheadMs)
  const row = await outbox(db)
    .selectFrom(table)
    .select(sql<string | null>`extract(epoch from min(greatest(next_attempt_at, coalesce(locked_until, next_attempt_at))) - ${now}) * 1000`.as('ms'))
    .where('state', '=', 'pending')
    .$if(perKey !== undefined, (query) => query.where(sql<boolean>`not (
      (locked_until is null or locked_until <= ${now})
      and ${sql.ref(perKey!.column)} in (select leased.key from (${leasedPerKey(table, perKey!, now)}) as leased where leased.busy >= ${perKey!.max})
    )`))
    .executeTakeFirstOrThrow()
  return row.ms === null ? undefined : Math.max(0, Math.ceil(Number(row.ms)))
}
