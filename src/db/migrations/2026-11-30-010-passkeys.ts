// Passkeys (Better Auth's passkey plugin): each row is one WebAuthn credential of a user, its public
// key (COSE, base64) and its signature counter. A credential id belongs to one passkey only.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('passkey')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text')
    .addColumn('public_key', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('user.id').onDelete('cascade'))
    .addColumn('credential_id', 'text', (column) => column.notNull().unique())
    .addColumn('counter', 'integer', (column) => column.notNull())
    .addColumn('device_type', 'text', (column) => column.notNull())
    .addColumn('backed_up', 'boolean', (column) => column.notNull())
    .addColumn('transports', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.defaultTo(sql`now()`))
    .addColumn('aaguid', 'text')
    .execute()
  await db.schema.createIndex('passkey_user_id_idx').on('passkey').column('user_id').execute()
}
