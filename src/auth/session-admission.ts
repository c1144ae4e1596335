import { sql, type Kysely, type Transaction } from 'kysely'
import type { Clock } from '../clock.js'
import type { Database } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'
import { isBanned } from './ban.js'

type Executor = Kysely<Database> | Transaction<Database>

/**
 * Whether a session may be made for `userId` now, in the transaction that makes it. Refused:
 *
 * - a banned user (403 USER_BANNED, src/auth/ban.ts);
 * - a sign-in whose credential was replaced after its request began (`startedAt`, by the app
 *   clock; the transaction's start where no request is known): a password checked, or a passkey
 *   or provider identity found, before an address confirmation, a password reset or a password
 *   change (src/auth/credentials-replaced.ts) committed in another request. It may refuse a
 *   sign-in that read the new credential just after the change (the user tries again). The
 *   request that replaced the credentials makes its own session (a confirmed registration, a
 *   password change) and is not refused. A password sign-in is also serialised with such a change
 *   outright: it holds the user's row before it reads the password (holdUserForSignIn).
 *
 * The row is read FOR SHARE: a ban or replacement in flight (which holds it FOR UPDATE) is waited
 * for, so nothing slips in between its deletions and its commit. An unknown id passes: what
 * follows fails on its own.
 */
export async function admitSession(db: Executor, userId: string, clock: Clock, startedAt: Date | undefined): Promise<void> {
  const since = startedAt === undefined ? sql<Date>`now()` : sql<Date>`${startedAt}::timestamptz`
  const row = await db.selectFrom('user')
    .select(['banned_at', 'ban_expires_at'])
    .select(sql<boolean>`coalesce(credentials_replaced_at > ${since} and credentials_replaced_by <> txid_current(), false)`.as('stale'))
    .where('id', '=', userId)
    .forShare()
    .executeTakeFirst()
  if (row === undefined) return
  if (isBanned(row, clock.now())) throw new AppError('USER_BANNED')
  if (row.stale) throw new AppError('INVALID_CREDENTIALS')
}
