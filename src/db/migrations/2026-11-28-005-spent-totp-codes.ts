// TOTP codes already accepted, per account, for as long as they could be accepted again (RFC 6238
// §5.2: a verifier must not accept the same code twice). Only a hash of the code is kept.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('spent_totp_code')
    .addColumn('user_id', 'text', (column) => column.notNull().references('user.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('spent_totp_code_pkey', ['user_id', 'code_hash'])
    .execute()
  await db.schema.createIndex('spent_totp_code_expires_at_idx').on('spent_totp_code').column('expires_at').execute()
}
