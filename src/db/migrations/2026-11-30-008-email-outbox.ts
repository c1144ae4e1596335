// Every email the service sends, written in the transaction of the change it speaks of and
// delivered after commit by a worker on every instance: a rolled-back request sends nothing, a
// mail server that is down loses nothing. A row is `pending` until it is `sent` (its body and
// link are then blanked: they may hold a reset link or a code) or `dead` after its last try. A
// worker claims due rows with a lease (`locked_until`, `claim_id`): another instance skips them
// until it ends, and the rows of a worker that died come back when it does.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('email_outbox')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('recipient', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('link', 'text')
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull().defaultTo('pending').check(sql`state in ('pending', 'sent', 'dead')`))
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('claim_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn('sent_at', 'timestamptz')
    .execute()
  // What the workers look for: the due rows among the pending ones.
  await db.schema.createIndex('email_outbox_due_idx').on('email_outbox').column('next_attempt_at').where(sql.ref('state'), '=', 'pending').execute()
  // What the purge looks for: the rows that are done with.
  await db.schema.createIndex('email_outbox_done_idx').on('email_outbox').columns(['state', 'created_at']).execute()
}
