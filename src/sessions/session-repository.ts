import type { Kysely, Transaction } from 'kysely'
import type { Database, SessionRow } from '../db/tables.js'
import { selectSessionWithUser, type SessionWithUserRow } from './session-lookups.js'

/** The session store's queries: the one place where SQL on `session` (and the user it belongs to) lives. */
type Executor = Kysely<Database> | Transaction<Database>

export async function findSessionByToken(db: Executor, token: string): Promise<SessionRow | undefined> {
  return db.selectFrom('session').selectAll().where('token', '=', token).executeTakeFirst()
}

export async function deleteSessionByToken(db: Executor, token: string): Promise<void> {
  await db.deleteFrom('session').where('token', '=', token).execute()
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).execute()
}

export type { SessionWithUserRow }

/** One indexed lookup (`session.token` is unique) for the session and its user. */
export async function findSessionWithUser(db: Executor, token: string): Promise<SessionWithUserRow | undefined> {
  return selectSessionWithUser(db, 'session.token', token)
}

/** The session with this id and its user, while the session lives; a revoked or expired one is undefined. */
export async function findLiveSessionWithUserById(db: Executor, sessionId: string, now: Date): Promise<SessionWithUserRow | undefined> {
  const found = await selectSessionWithUser(db, 'session.id', sessionId)
  return found !== undefined && found.session.expires_at > now ? found : undefined
}

/** Deletes a session only if it belongs to that user; whether a row went. */
export async function deleteUserSession(db: Executor, sessionId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('session').where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** The user's live sessions, most recently used first. */
export async function listLiveUserSessions(db: Executor, userId: string, now: Date): Promise<SessionRow[]> {
  return db.selectFrom('session').selectAll()
    .where('user_id', '=', userId).where('expires_at', '>', now)
    .orderBy('updated_at', 'desc').orderBy('created_at', 'desc').orderBy('id')
    .execute()
}

/**
 * Deletes a live session only if it belongs to that user; whether a row went. Another user's
 * session and one that does not exist take the same single statement.
 */
export async function deleteLiveUserSession(db: Executor, sessionId: string, userId: string, now: Date): Promise<boolean> {
  const result = await db.deleteFrom('session')
    .where('id', '=', sessionId).where('user_id', '=', userId).where('expires_at', '>', now)
    .executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Deletes every live session of the user but one; the ids of those that went. */
export async function deleteOtherLiveUserSessions(db: Executor, userId: string, keepSessionId: string, now: Date): Promise<string[]> {
  const rows = await db.deleteFrom('session')
    .where('user_id', '=', userId).where('id', '<>', keepSessionId).where('expires_at', '>', now)
    .returning('id')
    .execute()
  return rows.map((row) => row.id)
}

/**
 * Marks a session as used now, unless it was marked since `unchangedSince`: `updated_at` is its
 * last use, written at most once per interval rather than on every request.
 */
export async function touchSession(db: Executor, sessionId: string, now: Date, unchangedSince: Date): Promise<void> {
  await db.updateTable('session').set({ updated_at: now }).where('id', '=', sessionId).where('updated_at', '<', unchangedSince).execute()
}

/** Deletes every session of the user but one; the ids of those deleted. */
export async function deleteOtherUserSessions(db: Executor, userId: string, keepSessionId: string): Promise<string[]> {
  const rows = await db.deleteFrom('session').where('user_id', '=', userId).where('id', '!=', keepSessionId).returning('id').execute()
  return rows.map((row) => row.id)
}

export async function deleteSessionById(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', sessionId).execute()
}
