import type { FastifyReply, FastifyRequest } from 'fastify'
import type { NativeDeviceSession, Session, SessionStatus, SessionWithUser, SuccessResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { revokeOtherDeviceSessions } from '../../account/device-sessions.js'
import { describeDevice } from '../../account/user-agent.js'
import { audit } from '../../audit/audit-trail.js'
import { presentedSessionCookies } from '../../auth/bearer-session.js'
import { callAuth } from '../../auth/call-auth.js'
import { resolveCookieSession } from '../../auth/request-session.js'
import { noteSessionUse } from '../../auth/session-use.js'
import { AppError } from '../../errors/error-codes.js'
import { revokeRefreshFamily } from '../../sessions/refresh-token-repository.js'
import { findSessionByToken, type SessionWithUserRow } from '../../sessions/session-repository.js'
import { toSessionView, toUserView } from '../../sessions/session-view.js'

/**
 * GET /api/auth/get-session: the SDK's `useSession` reads `null` as signed out. The common case
 * is answered by the session check; a refresh, an expiry or a cookie to clear goes to Better Auth.
 */
export async function getSession(request: FastifyRequest, reply: FastifyReply): Promise<SessionWithUser | null> {
  const { server } = request
  const check = await server.checkSession(presentedSessionCookies(request))
  if (check.kind === 'none') return null
  if (check.kind === 'valid') {
    await noteSessionUse(server, check.found.session)
    return { session: toSessionView(check.found.session), user: toUserView(check.found.user) }
  }
  const result = await callAuth<SessionWithUser | null>(request, reply, server.auth.api.getSession, { query: {} })
  return result ?? null
}

/** GET /api/auth/session: the documented shape, with nulls when signed out. */
export async function getSessionStatus(request: FastifyRequest, reply: FastifyReply): Promise<SessionStatus> {
  const result = await getSession(request, reply)
  return result ?? { session: null, user: null }
}

/**
 * GET /api/auth/list-sessions: Better Auth's list (its session check and its one-day freshness
 * rule included), each session with the device fields of the other surfaces and `current`. The
 * caller's session is resolved the service's way first: Better Auth's own check knows nothing of
 * bans, so a session that outlived its user's ban would otherwise be answered.
 */
export async function listSessions(request: FastifyRequest, reply: FastifyReply): Promise<NativeDeviceSession[]> {
  const caller = await requireNativeSession(request)
  const sessions = await callAuth<Session[]>(request, reply, request.server.auth.api.listSessions)
  return sessions
    .map((session) => ({
      ...session,
      current: session.id === caller.session.id,
      lastUsedAt: session.updatedAt,
      device: describeDevice(session.userAgent),
    }))
    // In-process, Better Auth's dates are Date objects whatever the type says; the serializer writes them as ISO strings.
    .sort((a, b) => new Date(b.lastUsedAt).getTime() - new Date(a.lastUsedAt).getTime())
}

/**
 * POST /api/auth/revoke-session: Better Auth's revocation by token (which also clears the cookie
 * when the token is the caller's own), and with it the session's refresh tokens and the audit
 * event. Another account's token or an unknown one changes nothing and answers the same. The
 * caller's session is resolved the service's way first, as for every operation with a session.
 */
export async function revokeSession(request: OperationRequest<'nativeRevokeSession'>, reply: FastifyReply): Promise<SuccessResult> {
  const { server } = request
  const { token } = request.body
  const caller = await requireNativeSession(request)
  const target = await findSessionByToken(server.db, token)
  await callAuth(request, reply, server.auth.api.revokeSession, { body: { token } })
  // Better Auth deletes a session of the caller's own account only; anything else changed nothing.
  if (target?.user_id === caller.user.id) {
    await revokeRefreshFamily(server.db, { sessionId: target.id, userId: caller.user.id }, server.clock.now())
    await audit(request, { type: 'session.revoked', userId: caller.user.id, sessionId: target.id, detail: { scope: 'one' } })
  }
  return { success: true, status: true }
}

/** POST /api/auth/revoke-other-sessions: what Better Auth's does (every other live session goes), through the one revocation of every surface. */
export async function revokeOtherSessions(request: FastifyRequest): Promise<SuccessResult> {
  const caller = await requireNativeSession(request)
  await revokeOtherDeviceSessions(request, caller)
  return { success: true, status: true }
}

/**
 * The caller's session by cookie or bearer, as every surface resolves it (alive, in the database,
 * its user not banned); 401 without one. Every operation here that hands a session to Better Auth
 * (list-sessions, revoke-session, change-password) resolves it through this first: Better Auth's
 * own session check does not know of bans.
 */
export async function requireNativeSession(request: FastifyRequest): Promise<SessionWithUserRow> {
  const caller = await resolveCookieSession(request, presentedSessionCookies(request))
  if (caller === undefined) throw new AppError('SESSION_EXPIRED')
  return caller
}
