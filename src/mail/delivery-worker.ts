import { randomUUID } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database, EmailOutboxRow } from '../db/tables.js'
import type { UnitsOfWork } from '../db/unit-of-work.js'
import {
  claimDueEmails,
  countClaimableEmails,
  markEmailDead,
  markEmailSent,
  msUntilNextEmail,
  scheduleEmailRetry,
} from '../sessions/email-outbox-repository.js'
import { retryDelayMs, type RetrySchedule } from './retry-delay.js'
import { describeFailure, UndeliverableError, type MailTransport } from './mail-transport.js'

export interface DeliveryWorkerOptions {
  readonly db: Kysely<Database>
  readonly units: UnitsOfWork
  readonly transport: MailTransport
  readonly log: FastifyBaseLogger
  readonly retry: RetrySchedule
  /** Attempts before a message is dead-lettered. */
  readonly maxAttempts: number
  /** How often the outbox is looked at when nothing woke the worker. */
  readonly pollIntervalMs: number
  /** How long a claim holds its messages: far longer than one delivery can take (see SMTP_TIMEOUTS_MS). */
  readonly leaseMs?: number
  /** Messages claimed at once, and sent side by side. */
  readonly batchSize?: number
}

export interface DeliveryWorker {
  start(): void
  /** Looks for due messages now (after a commit that wrote one) rather than at the next poll. */
  wake(): void
  /** Resolves once no message is due that this worker could claim, and none is in its hands. */
  idle(): Promise<void>
  /** Claims nothing more; resolves once the messages in its hands are settled. */
  stop(): Promise<void>
}

const DEFAULT_LEASE_MS = 5 * 60_000
const DEFAULT_BATCH_SIZE = 10
/** The shortest sleep between two looks: a row another worker is claiming right now is skipped, not awaited. */
const MIN_SLEEP_MS = 50
/** On close, messages already due are still tried for this long (a graceful shutdown allows 10 s in all). */
const CLOSING_FLUSH_MS = 3_000

/**
 * Delivers the outbox. Every instance runs one; they share the work through the database alone:
 * a claim takes due rows with `for update skip locked` and a lease, so no two workers hold one
 * message, and the messages of a worker that died come back when its lease ends. A failed
 * delivery is retried later (retry-delay.ts) until `maxAttempts`, then dead-lettered and logged.
 * The worker's queries run outside any request's unit of work, each committing at once, and no
 * transaction stays open while a mail server answers.
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { db, units, transport, log } = options
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  let running = false
  let draining: Promise<number> | undefined
  let again = false
  let timer: NodeJS.Timeout | undefined

  function wake(): void {
    if (!running) return
    if (draining !== undefined) {
      again = true
      return
    }
    clearTimeout(timer)
    const current = units.outside(() => drain(() => running))
    draining = current
    void current.finally(() => {
      if (draining !== current) return
      draining = undefined
      // Woken after its last look: look again now, rather than at the next poll.
      if (takeWake()) wake()
    })
  }

  function takeWake(): boolean {
    const woken = again
    again = false
    return woken
  }

  /**
   * Claims and delivers while `active()` and anything is due, then, while running, sleeps until
   * the next message is due; returns how many it claimed.
   */
  async function drain(active: () => boolean): Promise<number> {
    let claimed = 0
    let sleepMs = options.pollIntervalMs
    try {
      again = false
      do {
        for (;;) {
          if (!active()) return claimed
          const batch = await claimDueEmails(db, { limit: batchSize, leaseMs, claimId: randomUUID() })
          if (batch.length === 0) break
          claimed += batch.length
          // Every delivery settles before the next claim (and before stop() returns), even when one fails to record.
          const settled = await Promise.allSettled(batch.map(deliverOne))
          const failed = settled.find((outcome) => outcome.status === 'rejected')
          if (failed !== undefined) throw failed.reason
        }
        // A commit that woke the worker while it was claiming may have written a row its last claim missed.
      } while (takeWake())
      const next = await msUntilNextEmail(db)
      if (next !== undefined) sleepMs = Math.min(Math.max(next, MIN_SLEEP_MS), options.pollIntervalMs)
    } catch (error) {
      // The database is out of reach: what was claimed comes back when its lease ends.
      log.warn({ reason: error instanceof Error ? error.message : 'unknown' }, 'email delivery paused; will look again')
    }
    if (running) {
      clearTimeout(timer)
      timer = setTimeout(wake, sleepMs)
      timer.unref()
    }
    return claimed
  }

  async function deliverOne(email: EmailOutboxRow): Promise<void> {
    const claimId = email.claim_id!
    try {
      await transport.deliver(email)
    } catch (error) {
      const reason = describeFailure(error)
      const context = { email: email.id, kind: email.kind, attempt: email.attempts, reason }
      if (error instanceof UndeliverableError || email.attempts >= options.maxAttempts) {
        if (await markEmailDead(db, email.id, claimId, reason)) log.error(context, 'email dead-lettered: it will not be sent')
        return
      }
      const delayMs = retryDelayMs(email.attempts, options.retry)
      if (await scheduleEmailRetry(db, email.id, claimId, delayMs, reason)) log.warn({ ...context, retryInMs: delayMs }, 'email not delivered; will retry')
      return
    }
    // Accepted by the server: a failure to record it now would send it again after the lease.
    if (!await markEmailSent(db, email.id, claimId)) log.warn({ email: email.id, kind: email.kind }, 'email sent after its claim had lapsed')
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
        if (draining !== undefined) {
          const claimed = await draining
          // Due rows that another worker is claiming right now: let it finish first.
          if (claimed === 0) await new Promise((resolve) => setTimeout(resolve, MIN_SLEEP_MS))
          continue
        }
        if (!running || await units.outside(() => countClaimableEmails(db)) === 0) return
        wake()
      }
    },
    async stop(): Promise<void> {
      running = false
      clearTimeout(timer)
      await draining
      // What is due now (the last answers' messages) is still tried, each once at most, for a
      // moment; anything left stays in the table for the next instance to deliver.
      const until = Date.now() + CLOSING_FLUSH_MS
      await units.outside(() => drain(() => Date.now() < until))
      transport.close()
    },
  }
}
