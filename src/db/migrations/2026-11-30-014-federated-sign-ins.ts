// Sign-ins with a provider started on the REST (/api/v1) or JWT (/auth) surface: one row per flow,
// found by the provider `state` on the callback (only its SHA-256), and then by the one-time code
// the front end exchanges for its tokens (only its SHA-256, one use, 60 seconds). The binding is
// the SHA-256 of the secret the front end that started the flow keeps, which the exchange must show.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('federated_sign_in')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('state_hash', 'text', (column) => column.notNull().unique())
    .addColumn('surface', 'text', (column) => column.notNull())
    .addColumn('provider_id', 'text', (column) => column.notNull())
    .addColumn('redirect_to', 'text', (column) => column.notNull())
    .addColumn('binding_hash', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('code_hash', 'text', (column) => column.unique())
    .addColumn('user_id', 'text')
    .addColumn('session_id', 'text')
    .addColumn('pending_second_factor', 'text')
    .addColumn('exchanged_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('federated_sign_in_user_id_idx').on('federated_sign_in').column('user_id').execute()
  await db.schema.createIndex('federated_sign_in_expires_at_idx').on('federated_sign_in').column('expires_at').execute()
}
