import type { Kysely, Transaction } from 'kysely'
import type { Clock } from '../clock.js'
import type { Database, UserRow } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'

type Executor = Kysely<Database> | Transaction<Database>

/** What a user row says about a ban. */
export type BanState = Pick<UserRow, 'banned_at' | 'ban_expires_at'>

/** Whether a ban applies at `now`: one was set, and its end (if it has one) has not come. */
export function isBanned(user: BanState, now: Date): boolean {
  return user.banned_at !== null && (user.ban_expires_at === null || user.ban_expires_at > now)
}

/**
 * Refuses, with 403 USER_BANNED, anything that would give a banned user a session or a token.
 * Called where tokens are renewed and where a way in answers without making a session; where
 * sessions are made (Better Auth's session hook, src/auth/better-auth.ts) session admission
 * (src/auth/session-admission.ts) applies the same rule, so any new way to sign in that creates
 * its session through Better Auth or `createDirectSession` is covered without calling it, and one
 * that makes credentials of its own calls it first.
 *
 * Given an id, the user's row is read FOR SHARE: a ban in flight (which holds the row FOR UPDATE
 * while it deletes every session) is waited for, so a session cannot slip in between the ban's
 * deletion and its commit and outlive it. An unknown id passes: what follows fails on its own.
 */
export async function assertNotBanned(db: Executor, user: string | BanState, clock: Clock): Promise<void> {
  const state = typeof user === 'string'
    ? await db.selectFrom('user').select(['banned_at', 'ban_expires_at']).where('id', '=', user).forShare().executeTakeFirst()
    : user
  if (state !== undefined && isBanned(state, clock.now())) throw new AppError('USER_BANNED')
}
