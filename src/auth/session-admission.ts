import type { Kysely, Transaction } from 'kysely'
import type { Clock } from '../clock.js'
import type { Database } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'
import { readAdmissionState } from '../sessions/user-repository.js'
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
  const state = await readAdmissionState(db, userId, request.startedAt)
  if (state === undefined) return
  if (isBanned(state, clock.now())) throw new AppError('USER_BANNED')
  if (state.replaced_here) return
  if (state.replaced_since) throw new AppError('INVALID_CREDENTIALS')
  if (request.acceptedPassword !== undefined && state.password !== request.acceptedPassword) throw new AppError('INVALID_CREDENTIALS')
}
