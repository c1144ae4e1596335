import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { isBanned } from '../auth/ban.js'
import { verifySignedToken } from '../auth/session-cookies.js'
import { findSessionWithUser, type SessionWithUserRow } from './session-repository.js'

/**
 * "Who is this?" for a request's cookies, answered with one indexed query instead of a trip
 * through Better Auth's router. Only the common case is answered here: a valid, unexpired
 * session of a user who is not banned, not due for its daily refresh. Everything else — a refresh that must write,
 * an expired row to clean up, a remember-me or stale cache cookie to clear — is `defer`, and the
 * caller asks Better Auth, so both paths give the same answer. Nothing is cached: a revoked
 * session fails on its next request.
 */
export type SessionCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'valid'; readonly token: string; readonly found: SessionWithUserRow }
  | { readonly kind: 'defer' }

export interface SessionCheckOptions {
  readonly db: Kysely<Database>
  readonly secret: string
  readonly cookieName: string
  readonly expiresInSeconds: number
  readonly updateAgeSeconds: number
  readonly now?: () => number
}

export type CheckSession = (cookies: Readonly<Record<string, string | undefined>>) => Promise<SessionCheck>

export function createSessionCheck(options: SessionCheckOptions): CheckSession {
  const { db, secret, cookieName } = options
  const now = options.now ?? Date.now
  const refreshAfterMs = (options.expiresInSeconds - options.updateAgeSeconds) * 1000
  return async (cookies) => {
    const value = cookies[cookieName] ?? cookies[`__Secure-${cookieName}`]
    if (value === undefined) return { kind: 'none' }
    if (cookies['better-auth.dont_remember'] !== undefined || cookies['better-auth.session_data'] !== undefined) return { kind: 'defer' }
    const token = verifySignedToken(value, secret)
    if (token === undefined) return { kind: 'none' }
    const found = await findSessionWithUser(db, token)
    if (found === undefined) return { kind: 'defer' }
    const expiresAt = found.session.expires_at.getTime()
    const current = now()
    // A banned user's session (a ban deletes them all; this is one that raced it) opens nothing,
    // and Better Auth, which knows nothing of bans, is not asked.
    if (isBanned(found.user, new Date(current))) return { kind: 'none' }
    if (expiresAt <= current || expiresAt - refreshAfterMs <= current) return { kind: 'defer' }
    return { kind: 'valid', token, found }
  }
}
