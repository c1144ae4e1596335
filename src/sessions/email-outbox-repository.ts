import { randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/tables.js'

/**
 * The email outbox's own queries; claiming, retrying and dead-lettering are every outbox's
 * (src/outbox/outbox-repository.ts).
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
