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
 * - a password sign-in whose password is no longer the account's (`acceptedPassword`, the stored
 *   hash the request's check accepted: src/audit/current-request.ts): an address confirmation, a
 *   reset or a change committed while it was being hashed. Exact, and no connection is held
 *   while the password is hashed;
 * - any sign-in whose credentials were replaced after its request began (`startedAt`, by the app
 *   clock; the transaction's start where no request is known): a passkey or provider identity
 *   found before a confirmation removed it (src/auth/credentials-replaced.ts). Instances' clocks
 *   differ by milliseconds, so it may refuse a sign-in begun just after a change; the user tries
 *   again.
 *
 * The request that replaced the credentials makes its own session (a confirmed registration, a
 * password change) and is not refused. The row is read FOR SHARE: a ban or replacement in flight
 * (which holds it FOR UPDATE from its start) is waited for, and one that comes later waits for
 * this session's commit and then ends it with the others. An unknown id passes: what follows
 * fails on its own.
 */
export async function admitSession(db: Executor, userId: string, clock: Clock, request: { readonly startedAt?: Date | undefined; readonly acceptedPassword?: string | undefined }): Promise<void> {
  const since = request.startedAt === undefined ? sql<Date>`now()` : sql<Date>`${request.startedAt}::timestamptz`
  // The lock first, and what it guards read after it, by a statement of its own: in PostgreSQL's
  // READ COMMITTED a statement that waited for a lock still reads other tables (the password) as
  // they were when it began, before the change it waited for committed.
  await db.selectFrom('user').select('id').where('id', '=', userId).forShare().execute()
  const row = await db.selectFrom('user')
    .select(['banned_at', 'ban_expires_at'])
    .select(sql<boolean>`coalesce(credentials_replaced_by = txid_current(), false)`.as('replaced_here'))
    .select(sql<boolean>`coalesce(credentials_replaced_at > ${since}, false)`.as('replaced_since'))
    .select((eb) => eb.selectFrom('account').select('password')
      .whereRef('account.user_id', '=', 'user.id').where('account.provider_id', '=', 'credential')
      .limit(1).as('password'))
    .where('id', '=', userId)
    .executeTakeFirst()
  if (row === undefined) return
  if (isBanned(row, clock.now())) throw new AppError('USER_BANNED')
  if (row.replaced_here) return
  if (row.replaced_since) throw new AppError('INVALID_CREDENTIALS')
  if (request.acceptedPassword !== undefined && row.password !== request.acceptedPassword) throw new AppError('INVALID_CREDENTIALS')
}
