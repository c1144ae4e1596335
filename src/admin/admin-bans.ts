import type { FastifyRequest } from 'fastify'
import type { AdminUser, AdminUserBan } from '../schemas/index.js'
import type { ApiKeyRow } from '../db/tables.js'
import { parseDateTimeInput } from '../contract/date-input.js'
import { AppError } from '../errors/error-codes.js'
import { deletePendingUserCredentials } from '../sessions/pending-credential-repository.js'
import { revokeUserRefreshTokens } from '../sessions/refresh-token-repository.js'
import { deleteUserSessions, listLiveUserSessions } from '../sessions/session-repository.js'
import { lockUser, setUserBan } from '../sessions/user-repository.js'
import { auditAdminAction } from './admin-credential.js'
import { auditAdminNoChange } from './admin-no-change.js'
import { toAdminUser } from './admin-users.js'

/**
 * Bans a user, in the request's unit of work: the ban, the end of every session (and with them
 * every access token, `/auth` token and cookie, each checked against its session), of every
 * refresh token and of every sign-in under way (a second factor waiting for its code, whose
 * `mfaToken` would otherwise complete the sign-in once the ban is lifted; reset links, trusted
 * devices and registration tokens with it), and the audit events commit together or not at all.
 * The user's row is held FOR UPDATE from the start, so a sign-in in flight (whose session hook
 * reads the row FOR SHARE, src/auth/ban.ts) either finishes first and has its session deleted
 * here, or waits and is refused.
 */
export async function banUser(request: FastifyRequest, key: ApiKeyRow, userId: string, ban: AdminUserBan): Promise<AdminUser> {
  const { db, clock } = request.server
  const now = clock.now()
  const expiresAt = ban.banExpiresAt === undefined ? null : parseDateTimeInput(ban.banExpiresAt, 'banExpiresAt')
  if (expiresAt !== null && expiresAt <= now) throw new AppError('VALIDATION_ERROR', 'banExpiresAt: must be in the future')
  if (await lockUser(db, userId) === undefined) throw new AppError('NOT_FOUND', 'User not found')
  const reason = ban.reason ?? null
  await setUserBan(db, userId, { bannedAt: now, reason, expiresAt }, now)
  const live = await listLiveUserSessions(db, userId, now)
  await deleteUserSessions(db, userId)
  await revokeUserRefreshTokens(db, userId, now)
  await deletePendingUserCredentials(db, userId)
  for (const session of live) await auditAdminAction(request, key, { type: 'session.revoked', userId, sessionId: session.id, detail: { scope: 'all' } })
  await auditAdminAction(request, key, {
    type: 'user.banned',
    userId,
    detail: { banReason: reason, banExpiresAt: expiresAt?.toISOString() ?? null, revokedSessions: live.length },
  })
  return toAdminUser((await lockUser(db, userId))!, now)
}

/** Lifts a user's ban; one that has ended is cleared too. Without a ban, nothing changes, and `admin.no_change` is recorded. */
export async function unbanUser(request: FastifyRequest, key: ApiKeyRow, userId: string): Promise<AdminUser> {
  const { db, clock } = request.server
  const now = clock.now()
  const user = await lockUser(db, userId)
  if (user === undefined) throw new AppError('NOT_FOUND', 'User not found')
  if (user.banned_at === null) {
    await auditAdminNoChange(request, key, userId)
    return toAdminUser(user, now)
  }
  await setUserBan(db, userId, { bannedAt: null, reason: null, expiresAt: null }, now)
  await auditAdminAction(request, key, { type: 'user.unbanned', userId })
  return toAdminUser((await lockUser(db, userId))!, now)
}
