// Changes of a user's email address: each waits for the new address to confirm it (a code or a
// link sent there), and can be undone for 72 hours from the link in the notice sent to the old
// address. The code, link and undo tokens are stored only as keyed hashes; the row lives until its
// undo expires.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('email_change')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('user.id').onDelete('cascade'))
    // The session that asked: the one the confirmation keeps, and the one a code must come from.
    .addColumn('session_id', 'text', (column) => column.notNull())
    .addColumn('old_email', 'text', (column) => column.notNull())
    .addColumn('new_email', 'text', (column) => column.notNull())
    // `code` (six digits, entered in the session) or `link` (a token in a URL).
    .addColumn('confirmation', 'text', (column) => column.notNull())
    // Null once confirmed, replaced by a later request, undone, or out of tries.
    .addColumn('confirmation_hash', 'text')
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('confirmation_expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('undo_hash', 'text', (column) => column.notNull().unique())
    // A digest of the second factor the account had on when the change was asked for (null: none);
    // an undo removes any other, which whoever made the change may have enrolled.
    .addColumn('second_factor_digest', 'text')
    .addColumn('undone_at', 'timestamptz')
    // The end of the undo window, after which the row is purged.
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('email_change_user_id_idx').on('email_change').column('user_id').execute()
  await db.schema.createIndex('email_change_confirmation_hash_idx').on('email_change').column('confirmation_hash').execute()
  await db.schema.createIndex('email_change_expires_at_idx').on('email_change').column('expires_at').execute()
}
