import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { hashToken } from './token-hash.js'

type Executor = Kysely<Database>

/**
 * Claims a TOTP code for an account: true if no live claim holds it. One statement, so two
 * requests with the same code cannot both claim it; inside a unit of work the second waits for
 * the first to commit or roll back. A claim left from an earlier, expired use is taken over.
 */
export async function claimTotpCode(db: Executor, input: { userId: string; code: string; now: Date; expiresAt: Date }): Promise<boolean> {
  const claimed = await db.insertInto('spent_totp_code')
    .values({ user_id: input.userId, code_hash: hashToken(input.code), expires_at: input.expiresAt })
    .onConflict((conflict) => conflict.columns(['user_id', 'code_hash'])
      .doUpdateSet({ expires_at: (eb) => eb.ref('excluded.expires_at') })
      .where(sql.ref('spent_totp_code.expires_at'), '<=', input.now))
    .returning('user_id')
    .executeTakeFirst()
  return claimed !== undefined
}

/** Gives a claim back: the code was not the right one, so it was not spent. */
export async function releaseTotpCode(db: Executor, userId: string, code: string): Promise<void> {
  await db.deleteFrom('spent_totp_code').where('user_id', '=', userId).where('code_hash', '=', hashToken(code)).execute()
}
