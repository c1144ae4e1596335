import { randomUUID } from 'node:crypto'
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely'
import type { Database, EmailOutboxRow } from '../db/tables.js'

/**
 * The email outbox's queries. Times are the database's (`now()`), never a process's: every
 * instance reads one clock for leases and retries, however far their own clocks drift apart.
 */
type Executor = Kysely<Database> | Transaction<Database>

export interface NewEmail {
  readonly recipient: string
  readonly subject: string
  readonly text: string
  readonly link: string | null
  readonly kind: string
}

/** Writes one email to the outbox; inside a unit of work, in its transaction. Returns its id. */
export async function enqueueEmail(db: Executor, email: NewEmail): Promise<string> {
  const id = randomUUID()
  await db.insertInto('email_outbox').values({ id, ...email }).execute()
  return id
}

/**
 * Claims up to `limit` due emails for `leaseMs`, counting the attempt. `for update skip locked`:
 * two workers claiming at once never take the same row, and neither waits for the other; once
 * claimed, a row is not due again until its lease ends (the worker that took it died, or hung).
 */
export async function claimDueEmails(db: Executor, options: { limit: number; leaseMs: number; claimId: string }): Promise<EmailOutboxRow[]> {
  return db
    .updateTable('email_outbox')
    .set({ locked_until: later(options.leaseMs), claim_id: options.claimId, attempts: sql<number>`attempts + 1` })
    .where('id', 'in', (eb) => eb
      .selectFrom('email_outbox')
      .select('id')
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', sql<Date>`now()`)
      .where((where) => where.or([where('locked_until', 'is', null), where('locked_until', '<=', sql<Date>`now()`)]))
      .orderBy('next_attempt_at')
      .limit(options.limit)
      .forUpdate()
      .skipLocked())
    .returningAll()
    .execute()
}

/** Delivered: the row keeps who, what and when, not the body or the link. False if the claim was lost. */
export async function markEmailSent(db: Executor, id: string, claimId: string): Promise<boolean> {
  const result = await db
    .updateTable('email_outbox')
    .set({ state: 'sent', sent_at: sql<Date>`now()`, text: '', link: null, locked_until: null, claim_id: null, last_error: null })
    .where('id', '=', id)
    .where('claim_id', '=', claimId)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Not delivered this time: due again in `delayMs`. False if the claim was lost. */
export async function scheduleEmailRetry(db: Executor, id: string, claimId: string, delayMs: number, error: string): Promise<boolean> {
  const result = await db
    .updateTable('email_outbox')
    .set({ next_attempt_at: later(delayMs), locked_until: null, claim_id: null, last_error: error })
    .where('id', '=', id)
    .where('claim_id', '=', claimId)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Out of tries: dead-lettered, body kept for whoever looks into it. False if the claim was lost. */
export async function markEmailDead(db: Executor, id: string, claimId: string, error: string): Promise<boolean> {
  const result = await db
    .updateTable('email_outbox')
    .set({ state: 'dead', locked_until: null, claim_id: null, last_error: error })
    .where('id', '=', id)
    .where('claim_id', '=', claimId)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** How many emails a worker could claim right now. */
export async function countClaimableEmails(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('email_outbox')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('state', '=', 'pending')
    .where('next_attempt_at', '<=', sql<Date>`now()`)
    .where((where) => where.or([where('locked_until', 'is', null), where('locked_until', '<=', sql<Date>`now()`)]))
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Milliseconds until the next pending email becomes claimable (0 if one is now), or undefined if none is pending. */
export async function msUntilNextEmail(db: Executor): Promise<number | undefined> {
  const row = await db
    .selectFrom('email_outbox')
    .select(sql<string | null>`extract(epoch from min(greatest(next_attempt_at, coalesce(locked_until, next_attempt_at))) - now()) * 1000`.as('ms'))
    .where('state', '=', 'pending')
    .executeTakeFirstOrThrow()
  return row.ms === null ? undefined : Math.max(0, Math.ceil(Number(row.ms)))
}

/** Deletes sent and dead emails written before `before`, in batches; returns how many. */
export async function purgeFinishedEmails(db: Executor, before: Date, batchSize = 1_000): Promise<number> {
  let total = 0
  for (;;) {
    const result = await db
      .deleteFrom('email_outbox')
      .where('id', 'in', (eb) => eb.selectFrom('email_outbox').select('id').where('state', 'in', ['sent', 'dead']).where('created_at', '<', before).limit(batchSize))
      .executeTakeFirst()
    const deleted = Number(result.numDeletedRows)
    total += deleted
    if (deleted < batchSize) return total
  }
}

function later(ms: number): RawBuilder<Date> {
  return sql<Date>`now() + ${Math.max(0, Math.round(ms))}::float8 * interval '1 millisecond'`
}
