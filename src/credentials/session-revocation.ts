import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { revokeOtherSessionsRefreshTokens, revokeUserRefreshTokens } from '../sessions/refresh-token-repository.js'
import { deleteOtherUserSessions, deleteUserSessions } from '../sessions/session-repository.js'

/**
 * Ends every session of the user but one, and the refresh tokens that hang on them. Access tokens
 * and `/auth` tokens name their session (`sid`) and are checked against it, so they stop at once.
 */
export async function endOtherSessions(db: Kysely<Database>, userId: string, keepSessionId: string, now: Date): Promise<void> {
  await deleteOtherUserSessions(db, userId, keepSessionId)
  await revokeOtherSessionsRefreshTokens(db, userId, keepSessionId, now)
}

/** Ends every session of the user, and every refresh token. */
export async function endEverySession(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  await deleteUserSessions(db, userId)
  await revokeUserRefreshTokens(db, userId, now)
}
