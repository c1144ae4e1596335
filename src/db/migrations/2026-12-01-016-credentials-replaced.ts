// When a user's credentials were last replaced wholesale (an address confirmed, a password reset
// or changed), and by which transaction: a sign-in that checked a credential before that moment,
// and makes its session after it, is refused (src/auth/session-admission.ts). Null: never.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('user')
    .addColumn('credentials_replaced_at', 'timestamptz')
    .addColumn('credentials_replaced_by', 'bigint')
    .execute()
}
