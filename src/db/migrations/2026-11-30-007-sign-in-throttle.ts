// Sign-in attempts counted per account and per device cookie, so that every instance on this
// database shares one count when there is no Redis. Keys are digests (never an email); times are
// milliseconds of the service's clock; `pending` counts attempts reserved and not yet answered.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('failures', 'integer', (column) => column.notNull())
    .addColumn('pending', 'integer', (column) => column.notNull())
    .addColumn('locked_until', 'bigint', (column) => column.notNull())
    .addColumn('last_attempt_at', 'bigint', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema.createIndex('sign_in_throttle_expires_at_idx').on('sign_in_throttle').column('expires_at').execute()
}
