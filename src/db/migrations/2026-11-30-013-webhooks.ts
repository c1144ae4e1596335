// Webhooks: the endpoints other backends register through the admin API, the events written in
// the transaction of the change they report, one delivery per event and endpoint (an outbox row,
// claimed and retried by the same worker code as the email outbox: `pending` until `sent`, or
// `dead` once `give_up_at` has passed), and each attempt of a delivery as the receiver answered it.
// An endpoint's signing secrets are kept to sign with (HMAC needs them), encrypted.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('webhook_endpoint')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('url', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo(''))
    // Space-separated event types (`user.created session.revoked`).
    .addColumn('event_types', 'text', (column) => column.notNull())
    .addColumn('secret', 'text', (column) => column.notNull())
    // After a rotation, the secret before it signs too until `previous_secret_expires_at`.
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_expires_at', 'timestamptz')
    .addColumn('enabled', 'boolean', (column) => column.notNull().defaultTo(true))
    .addColumn('disabled_reason', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('webhook_event')
    // The Standard Webhooks message id (`msg_…`): the `webhook-id` of every delivery of it.
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('type', 'text', (column) => column.notNull())
    // Whose account the event is about, so that erasing the account erases its events.
    .addColumn('user_id', 'text')
    // The JSON body sent, `{ type, timestamp, data }`.
    .addColumn('payload', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`clock_timestamp()`))
    .execute()
  await db.schema.createIndex('webhook_event_user_idx').on('webhook_event').column('user_id').execute()

  await db.schema
    .createTable('webhook_delivery')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('event_id', 'text', (column) => column.notNull().references('webhook_event.id').onDelete('cascade'))
    .addColumn('endpoint_id', 'text', (column) => column.notNull().references('webhook_endpoint.id').onDelete('cascade'))
    .addColumn('state', 'text', (column) => column.notNull().defaultTo('pending').check(sql`state in ('pending', 'sent', 'dead')`))
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('claim_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('give_up_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn('sent_at', 'timestamptz')
    .execute()
  // What the workers look for: the due rows among the pending ones.
  await db.schema.createIndex('webhook_delivery_due_idx').on('webhook_delivery').column('next_attempt_at').where(sql.ref('state'), '=', 'pending').execute()
  await db.schema.createIndex('webhook_delivery_endpoint_idx').on('webhook_delivery').columns(['endpoint_id', 'created_at']).execute()
  await db.schema.createIndex('webhook_delivery_event_idx').on('webhook_delivery').column('event_id').execute()
  await db.schema.createIndex('webhook_delivery_done_idx').on('webhook_delivery').columns(['state', 'created_at']).execute()

  await db.schema
    .createTable('webhook_attempt')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('delivery_id', 'text', (column) => column.notNull().references('webhook_delivery.id').onDelete('cascade'))
    .addColumn('attempted_at', 'timestamptz', (column) => column.notNull())
    // The receiver's HTTP status; null when no answer came (refused, timed out, unreachable).
    .addColumn('status_code', 'integer')
    .addColumn('duration_ms', 'integer', (column) => column.notNull())
    // The first KiB of the receiver's answer, as text.
    .addColumn('response_excerpt', 'text')
    .addColumn('error', 'text')
    .execute()
  await db.schema.createIndex('webhook_attempt_delivery_idx').on('webhook_attempt').columns(['delivery_id', 'attempted_at']).execute()
}
