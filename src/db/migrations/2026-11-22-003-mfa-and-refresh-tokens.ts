// Second factors (TOTP secrets and backup codes, encrypted by Better Auth), the refresh-token
// families of the REST surface (only hashes of the tokens), and the one-time registration tokens
// that finish a sign-up by email code.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user').addColumn('two_factor_enabled', 'boolean', (column) => column.defaultTo(false)).execute()

  await db.schema
    .createTable('two_factor')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('secret', 'text', (column) => column.notNull())
    .addColumn('backup_codes', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('user.id').onDelete('cascade'))
    .addColumn('verified', 'boolean', (column) => column.defaultTo(true))
    .addColumn('failed_verification_count', 'integer', (column) => column.defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .execute()
  await db.schema.createIndex('two_factor_user_id_idx').on('two_factor').column('user_id').execute()
  await db.schema.createIndex('two_factor_secret_idx').on('two_factor').column('secret').execute()

  await db.schema
    .createTable('refresh_token')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('family_id', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('user.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('rotated_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('refresh_token_family_id_idx').on('refresh_token').column('family_id').execute()
  await db.schema.createIndex('refresh_token_session_id_idx').on('refresh_token').column('session_id').execute()
  await db.schema.createIndex('refresh_token_user_id_idx').on('refresh_token').column('user_id').execute()
  await db.schema.createIndex('refresh_token_expires_at_idx').on('refresh_token').column('expires_at').execute()

  await db.schema
    .createTable('registration_token')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('user.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('registration_token_expires_at_idx').on('registration_token').column('expires_at').execute()
}
