// The audit trail: one row per security event (sign-ins, sign-outs, password and MFA changes,
// refresh-token reuse), written in the same transaction as the change it records. No foreign key
// to `user`: the trail outlives the account it speaks of.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text')
    .addColumn('email', 'text')
    .addColumn('session_id', 'text')
    .addColumn('ip_address', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('operation', 'text')
    .addColumn('detail', 'jsonb', (column) => column.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute()
  await db.schema.createIndex('audit_event_user_id_idx').on('audit_event').columns(['user_id', 'occurred_at']).execute()
  await db.schema.createIndex('audit_event_email_idx').on('audit_event').columns(['email', 'occurred_at']).execute()
  await db.schema.createIndex('audit_event_occurred_at_idx').on('audit_event').column('occurred_at').execute()
}
