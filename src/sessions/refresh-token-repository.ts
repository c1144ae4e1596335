import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { hashToken } from './token-hash.js'

type Executor = Kysely<Database>

export interface RefreshInput {
  readonly token: string
  readonly now: Date
  readonly ttlMs: number
  readonly reuseIntervalMs: number
  readonly deriveChild: (parent: string) => string
}

export type RefreshOutcome =
  | { readonly kind: 'rotated' | 'replayed'; readonly child: string; readonly userId: string; readonly sessionId: string; readonly expiresAt: Date }
  | { readonly kind: 'reused'; readonly userId: string; readonly sessionId: string }
  | { readonly kind: 'invalid' }

/** The first refresh token of a new family, for a session just signed in; the session lives as long as the family. */
export async function startRefreshFamily(db: Executor, input: { token: string; userId: string; sessionId: string; expiresAt: Date }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('refresh_token').values({
      id: randomUUID(), token_hash: hashToken(input.token), family_id: randomUUID(), user_id: input.userId,
      session_id: input.sessionId, expires_at: input.expiresAt, rotated_at: null, revoked_at: null,
    }).execute()
    await trx.updateTable('session').set({ expires_at: input.expiresAt, updated_at: new Date() }).where('id', '=', input.sessionId).execute()
  })
}

/**
 * Rotates a refresh token inside one transaction, holding its row lock, so a family never forks:
 * the first use issues the child; a repeat within the reuse interval answers the same child (two
 * tabs refreshing at once); a repeat after it means the token was stolen, and the whole family
 * and its session are revoked.
 */
export async function rotateRefreshToken(db: Executor, input: RefreshInput): Promise<RefreshOutcome> {
  return db.transaction().execute(async (trx): Promise<RefreshOutcome> => {
    const row = await trx.selectFrom('refresh_token').selectAll().where('token_hash', '=', hashToken(input.token)).forUpdate().executeTakeFirst()
    if (row === undefined || row.revoked_at !== null || row.expires_at <= input.now) return { kind: 'invalid' }
    const session = await trx.selectFrom('session').select('id').where('id', '=', row.session_id).where('expires_at', '>', input.now).executeTakeFirst()
    if (session === undefined) {
      await trx.updateTable('refresh_token').set({ revoked_at: input.now }).where('family_id', '=', row.family_id).where('revoked_at', 'is', null).execute()
      return { kind: 'invalid' }
    }
    const child = input.deriveChild(input.token)
    if (row.rotated_at === null) {
      const expiresAt = new Date(input.now.getTime() + input.ttlMs)
      await trx.updateTable('refresh_token').set({ rotated_at: input.now }).where('id', '=', row.id).execute()
      await trx.insertInto('refresh_token').values({
        id: randomUUID(), token_hash: hashToken(child), family_id: row.family_id, user_id: row.user_id,
        session_id: row.session_id, expires_at: expiresAt, rotated_at: null, revoked_at: null,
      }).execute()
      // The session slides with its family.
      await trx.updateTable('session').set({ expires_at: expiresAt, updated_at: input.now }).where('id', '=', row.session_id).execute()
      return { kind: 'rotated', child, userId: row.user_id, sessionId: row.session_id, expiresAt }
    }
    if (input.now.getTime() - row.rotated_at.getTime() <= input.reuseIntervalMs) {
      const next = await trx.selectFrom('refresh_token').select(['expires_at', 'revoked_at']).where('token_hash', '=', hashToken(child)).executeTakeFirst()
      if (next !== undefined && next.revoked_at === null) return { kind: 'replayed', child, userId: row.user_id, sessionId: row.session_id, expiresAt: next.expires_at }
      return { kind: 'invalid' }
    }
    await trx.updateTable('refresh_token').set({ revoked_at: input.now }).where('family_id', '=', row.family_id).where('revoked_at', 'is', null).execute()
    await trx.deleteFrom('session').where('id', '=', row.session_id).execute()
    return { kind: 'reused', userId: row.user_id, sessionId: row.session_id }
  })
}

/** Whose refresh token this is, revoked, spent or expired as it may be; undefined for one that was never issued. */
export async function findRefreshTokenOwner(db: Executor, token: string): Promise<string | undefined> {
  const row = await db.selectFrom('refresh_token').select('user_id').where('token_hash', '=', hashToken(token)).executeTakeFirst()
  return row?.user_id
}

export async function revokeSessionRefreshTokens(db: Executor, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('refresh_token').set({ revoked_at: now }).where('session_id', '=', sessionId).where('revoked_at', 'is', null).execute()
}

export interface RefreshFamily {
  readonly familyId: string
  readonly sessionId: string
  readonly userId: string
}

/**
 * The family an unexpired refresh token belongs to, rotated or not: for logout, which only takes
 * away. Whoever holds a rotated token of a family can already end it through refresh-token's
 * reuse detection, so letting that token end it here gives nobody anything new.
 */
export async function findRefreshFamily(db: Executor, token: string, now: Date): Promise<RefreshFamily | undefined> {
  const row = await db.selectFrom('refresh_token').select(['family_id', 'session_id', 'user_id'])
    .where('token_hash', '=', hashToken(token)).where('expires_at', '>', now).executeTakeFirst()
  return row === undefined ? undefined : { familyId: row.family_id, sessionId: row.session_id, userId: row.user_id }
}

/** Revokes a family and every refresh token of the session it hangs on, for that user only. */
export async function revokeRefreshFamily(db: Executor, family: { readonly familyId?: string; readonly sessionId: string; readonly userId: string }, now: Date): Promise<void> {
  await db.updateTable('refresh_token').set({ revoked_at: now })
    .where('user_id', '=', family.userId)
    .where((eb) => family.familyId === undefined
      ? eb('session_id', '=', family.sessionId)
      : eb.or([eb('session_id', '=', family.sessionId), eb('family_id', '=', family.familyId)]))
    .where('revoked_at', 'is', null)
    .execute()
}

/** Revokes the refresh tokens of every session of the user but one. */
export async function revokeOtherSessionsRefreshTokens(db: Executor, userId: string, keepSessionId: string, now: Date): Promise<void> {
  await db.updateTable('refresh_token').set({ revoked_at: now })
    .where('user_id', '=', userId).where('session_id', '<>', keepSessionId).where('revoked_at', 'is', null)
    .execute()
}

export async function revokeUserRefreshTokens(db: Executor, userId: string, now: Date): Promise<void> {
  await db.updateTable('refresh_token').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute()
}

export async function countLiveRefreshTokens(db: Executor, familyOf: string): Promise<number> {
  const row = await db.selectFrom('refresh_token as mine')
    .innerJoin('refresh_token as kin', 'kin.family_id', 'mine.family_id')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('mine.token_hash', '=', hashToken(familyOf))
    .where('kin.revoked_at', 'is', null)
    .where('kin.rotated_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** A one-time token that finishes a sign-up; only its hash is stored. */
export async function createRegistrationToken(db: Executor, input: { token: string; userId: string; expiresAt: Date }): Promise<void> {
  await db.insertInto('registration_token').values({ token_hash: hashToken(input.token), user_id: input.userId, expires_at: input.expiresAt, used_at: null }).execute()
}

/** Spends a registration token in one statement, so two requests racing with it cannot both win. */
export async function consumeRegistrationToken(db: Executor, token: string, now: Date): Promise<string | undefined> {
  const row = await db.updateTable('registration_token')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst()
  return row?.user_id
}
