// A ban of a user by the admin API: when it began (null: not banned), why, and when it ends (null:
// until lifted). A ban whose end has passed no longer applies; its row keeps what it was until the
// next ban or unban. The partial index serves the admin list's `banned` filter.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('user')
    .addColumn('banned_at', 'timestamptz')
    .addColumn('ban_reason', 'text')
    .addColumn('ban_expires_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('user_banned_idx').on('user').columns(['banned_at', 'ban_expires_at']).where(sql.ref('banned_at'), 'is not', null).execute()
}
