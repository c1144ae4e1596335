// Registrations waiting for their emailed code: one row per registration of an unconfirmed
// address, each with its own code (only a keyed hash of it) and the password chosen in it, so the
// code that confirms the address sets the password of that registration and no other.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pending_registration')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('code_hash', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('pending_registration_email_idx').on('pending_registration').column('email').execute()
  await db.schema.createIndex('pending_registration_expires_at_idx').on('pending_registration').column('expires_at').execute()
}
