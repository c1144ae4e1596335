import type { FastifyReply, FastifyRequest } from 'fastify'
import type { V1TokenResult } from '../../schemas/index.js'
import { audit, type AuditEvent } from '../../audit/audit-trail.js'
import { isBanned } from '../../auth/ban.js'
import { AppError } from '../../errors/error-codes.js'
import { startRefreshFamily } from '../../sessions/refresh-token-repository.js'
import { deleteSessionById, findSessionWithUser, type SessionWithUserRow } from '../../sessions/session-repository.js'
import { toUserView } from '../../sessions/session-view.js'
import { randomToken } from '../../sessions/token-hash.js'

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60
/** A REST session lives as long as its refresh family: thirty days, sliding with each refresh. */
export const REFRESH_TTL_MS = 30 * 24 * 60 * 60 * 1000

/**
 * Answers a completed sign-in with an access token, the first refresh token of a new family, and
 * the session and refresh cookies for browsers. The REST surface signs in verified users only.
 * `event` is recorded for the session's user, in the same transaction.
 */
export async function issueTokens(
  request: FastifyRequest,
  reply: FastifyReply,
  sessionToken: string | null,
  event: Pick<AuditEvent, 'type' | 'detail'>,
): Promise<V1TokenResult> {
  const { db } = request.server
  const found = sessionToken === null ? undefined : await findSessionWithUser(db, sessionToken)
  if (found === undefined) throw new AppError('SESSION_EXPIRED')
  if (!found.user.email_verified) {
    await deleteSessionById(db, found.session.id)
    throw new AppError('EMAIL_NOT_VERIFIED')
  }
  // Better Auth's session hook refuses a banned user first; a session made any other way is caught here.
  if (isBanned(found.user, request.server.clock.now())) {
    await deleteSessionById(db, found.session.id)
    throw new AppError('USER_BANNED')
  }
  const refreshToken = randomToken()
  const expiresAt = new Date(request.server.clock.nowMs() + REFRESH_TTL_MS)
  await startRefreshFamily(db, { token: refreshToken, userId: found.user.id, sessionId: found.session.id, expiresAt })
  await audit(request, { ...event, userId: found.user.id, sessionId: found.session.id })
  request.server.sessionCookies.setSession(reply, found.session.token, expiresAt)
  request.server.sessionCookies.setRefresh(reply, refreshToken, expiresAt)
  return tokenResult(request, found, refreshToken)
}

export async function tokenResult(request: FastifyRequest, found: SessionWithUserRow, refreshToken: string): Promise<V1TokenResult> {
  const accessToken = await request.server.accessTokens.sign('access', {
    userId: found.user.id,
    sessionId: found.session.id,
    expiresAt: new Date(request.server.clock.nowMs() + ACCESS_TOKEN_TTL_SECONDS * 1000),
  })
  return { kind: 'tokens', user: toUserView(found.user), accessToken, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, tokenType: 'Bearer' }
}
