import { randomUUID } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { systemClock, type Clock } from '../clock.js'
import type { Database } from '../db/tables.js'
import type { UnitsOfWork } from '../db/unit-of-work.js'
import {
  claimDue, countClaimable, markDead, markSent, msAheadOfRealTime, msUntilNext, scheduleRetry, type OutboxColumns, type OutboxTable, type PerKeyLimit,
} from './outbox-repository.js'

/** What differs between outboxes: where the rows are, how one is delivered, when to give up. */
export interface OutboxChannel<Row extends OutboxColumns> {
  readonly table: OutboxTable
  /** Names the channel in logs: `email`, `webhook`. */
  readonly name: string
  /** Delivers one claimed row; throws when it was not accepted. */
  deliver(row: Row): Promise<void>
  /** Why a delivery failed, as stored and logged: never a secret, a body or a link. */
  describeFailure(error: unknown): string
  /** After a failure: the delay before the next try, or undefined to dead-letter the row now. */
  retryDelayMs(row: Row, error: unknown): number | undefined
  /** What identifies the row in logs. */
  logContext(row: Row): Record<string, unknown>
  /** Columns blanked once the row is delivered (what need not be kept, such as an email's body). */
  readonly clearWhenSent?: Record<string, null | string>
  /** Runs after a row was dead-lettered (a webhook endpoint disabled). */
  onDead?(row: Row, reason: string): Promise<void>
  /** Deliveries one worker has in flight at once (default 10). */
  readonly slots?: number
  /**
   * At most this many rows per key in flight, across every instance (a webhook's endpoint): with
   * fewer than `slots`, receivers that hang cannot take every slot from the ones that answer.
   */
  readonly perKey?: PerKeyLimit
  close(): void
}

export interface OutboxWorkerOptions<Row extends OutboxColumns> {
  readonly db: Kysely<Database>
  readonly units: UnitsOfWork
  readonly channel: OutboxChannel<Row>
  readonly log: FastifyBaseLogger
  /**
   * The app clock, when a test that moves it forward must move the outbox's due times and leases
   * with it (a clock behind real time counts as real time). Default: the system's.
   */
  readonly clock?: Clock
  /** How often the outbox is looked at when nothing woke the worker. */
  readonly pollIntervalMs: number
  /** How long a claim holds its rows: far longer than one delivery can take (SMTP_TIMEOUTS_MS, WEBHOOK_TIMEOUT_MS). */
  readonly leaseMs?: number
  /** On close, rows already due are still tried for this long (default 3 s); 0 leaves them to the next instance. */
  readonly closingFlushMs?: number
}

export interface OutboxWorker {
  start(): void
  /** Looks for due messages now (after a commit that wrote one) rather than at the next poll. */
  wake(): void
  /** Resolves once no message is due that this worker could claim, and none is in its hands. */
  idle(): Promise<void>
  /** Claims nothing more; resolves once the messages in its hands are settled. */
  stop(): Promise<void>
}

const DEFAULT_LEASE_MS = 5 * 60_000
const DEFAULT_SLOTS = 10
/** The shortest sleep between two looks: a row another worker is claiming right now is skipped, not awaited. */
const MIN_SLEEP_MS = 50
/** On close, messages already due are still tried for this long (a graceful shutdown allows 10 s in all). */
const CLOSING_FLUSH_MS = 3_000

/**
 * Delivers an outbox: emails, webhook deliveries. Every instance runs one per outbox; they share
 * the work through the database alone: a claim takes due rows with `for update skip locked` and a
 * lease, so no two workers hold one row, and the rows of a worker that died come back when its
 * lease ends. A failed delivery is retried later (retry-delay.ts) until its channel gives up,
 * then dead-lettered and logged. The worker's queries run outside any request's unit of work,
 * each committing at once, and no transaction stays open while a receiver answers.
 *
 * The worker has `slots` deliveries in flight, each on its own: as one ends, its slot is claimed
 * for the next due row at once. Nothing waits for the slowest of a batch, so a receiver that
 * answers slowly (or not at all, until its deadline) delays its own deliveries and no one else's;
 * the channel's `perKey` limit keeps such receivers from holding every slot.
 */
export function createOutboxWorker<Row extends OutboxColumns>(options: OutboxWorkerOptions<Row>): OutboxWorker {
  const { db, units, channel, log } = options
  const { table, name, perKey } = channel
  const clock = options.clock ?? systemClock
  const aheadMs = (): number => msAheadOfRealTime(clock)
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
  const slots = channel.slots ?? DEFAULT_SLOTS
  /** The deliveries in this worker's hands; each settles (is recorded) without throwing. */
  const inHand = new Set<Promise<void>>()
  let running = false
  let filling: Promise<number> | undefined
  let again = false
  let timer: NodeJS.Timeout | undefined

  function wake(): void {
    if (!running) return
    if (filling !== undefined) {
      again = true
      return
    }
    clearTimeout(timer)
    const current = units.outside(() => fill(() => running))
    filling = current
    void current.finally(() => {
      if (filling !== current) return
      filling = undefined
      // Woken after its last look (a commit, a delivery that ended): look again now, rather than at the next poll.
      if (takeWake()) wake()
    })
  }

  function takeWake(): boolean {
    const woken = again
    again = false
    return woken
  }

  function sleep(ms: number): void {
    clearTimeout(timer)
    timer = setTimeout(wake, ms)
    timer.unref()
  }

  /**
   * Claims due rows for the free slots while `active()`, each delivery started as it is claimed
   * and not awaited here; then, while running, sleeps until the next row is due (with every slot
   * taken, the next delivery to end wakes it first). Returns how many it claimed.
   */
  async function fill(active: () => boolean): Promise<number> {
    let claimed = 0
    let sleepMs = options.pollIntervalMs
    try {
      again = false
      do {
        while (active() && inHand.size < slots) {
          const rows = await claimDue<Row>(db, table, { limit: slots - inHand.size, leaseMs, claimId: randomUUID(), aheadMs: aheadMs(), perKey })
          if (rows.length === 0) break
          claimed += rows.length
          for (const row of rows) take(row)
        }
        if (!active()) return claimed
        // A commit or a delivery's end that woke the worker while it was claiming may have made a row claimable that its last claim missed.
      } while (takeWake())
      if (running && inHand.size < slots) {
        const next = await msUntilNext(db, table, aheadMs(), perKey)
        if (next !== undefined) sleepMs = Math.min(Math.max(next, MIN_SLEEP_MS), options.pollIntervalMs)
      }
    } catch (error) {
      paused(error)
    }
    if (running) sleep(sleepMs)
    return claimed
  }

  /** Delivers a claimed row in a slot of its own; the slot is claimed again as soon as it ends. */
  function take(row: Row): void {
    const delivery: Promise<void> = deliverOne(row).then(() => {
      inHand.delete(delivery)
      wake()
    }, (error: unknown) => {
      // Its outcome could not be recorded: the row comes back when its lease ends, and the worker
      // looks again at the next poll rather than at once (a delivery that ends well wakes it sooner).
      inHand.delete(delivery)
      paused(error)
      if (running && filling === undefined) sleep(options.pollIntervalMs)
    })
    inHand.add(delivery)
  }

  /** Every delivery in hand, settled. */
  async function settled(): Promise<void> {
    while (inHand.size > 0) await Promise.all([...inHand])
  }

  function paused(error: unknown): void {
    // The database is out of reach: what was claimed comes back when its lease ends.
    log.warn({ reason: error instanceof Error ? error.message : 'unknown' }, `${name} delivery paused; will look again`)
  }

  async function deliverOne(row: Row): Promise<void> {
    const claimId = row.claim_id!
    try {
      await channel.deliver(row)
    } catch (error) {
      const reason = channel.describeFailure(error)
      const context = { ...channel.logContext(row), attempt: row.attempts, reason }
      const delayMs = channel.retryDelayMs(row, error)
      if (delayMs === undefined) {
        if (await markDead(db, table, row.id, claimId, reason)) {
          log.error(context, `${name} dead-lettered: it will not be sent`)
          await channel.onDead?.(row, reason)
        }
        return
      }
      if (await scheduleRetry(db, table, { id: row.id, claimId }, { ms: delayMs, aheadMs: aheadMs() }, reason)) {
        log.warn({ ...context, retryInMs: delayMs }, `${name} not delivered; will retry`)
      }
      return
    }
    // Accepted by the receiver: a failure to record it now would send it again after the lease.
    if (!await markSent(db, table, row.id, claimId, channel.clearWhenSent)) log.warn(channel.logContext(row), `${name} sent after its claim had lapsed`)
  }

  return {
    start(): void {
      running = true
      // Whatever was left by an earlier run, or by an instance that stopped, goes now.
      wake()
    },
    wake,
    async idle(): Promise<void> {
      for (;;) {
        if (filling !== undefined) {
          const claimed = await filling
          // Due rows that another worker is claiming right now: let it finish first.
          if (claimed === 0 && inHand.size === 0) await new Promise((resolve) => setTimeout(resolve, MIN_SLEEP_MS))
          continue
        }
        if (inHand.size > 0) {
          await Promise.all([...inHand])
          continue
        }
        if (!running || await units.outside(() => countClaimable(db, table, aheadMs(), perKey)) === 0) return
        wake()
      }
    },
    async stop(): Promise<void> {
      running = false
      clearTimeout(timer)
      await filling
      await settled()
      // What is due now (the last answers' messages) is still tried, each once at most, for a
      // moment; anything left stays in the table for the next instance to deliver.
      const until = Date.now() + (options.closingFlushMs ?? CLOSING_FLUSH_MS)
      const flushing = (): boolean => Date.now() < until
      await units.outside(async () => {
        while (flushing() && await fill(flushing) > 0) await settled()
        await settled()
      })
      channel.close()
    },
  }
}
