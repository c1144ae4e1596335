import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Session, SessionStatus, SessionWithUser, SuccessResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { audit } from '../../audit/audit-trail.js'
import { presentedSessionCookies } from '../../auth/bearer-session.js'
import { callAuth } from '../../auth/call-auth.js'
import { resolveCookieSession } from '../../auth/request-session.js'
import { findSessionByToken } from '../../sessions/session-repository.js'
import { toSessionView, toUserView } from '../../sessions/session-view.js'

/**
 * GET /api/auth/get-session: the SDK's `useSession` reads `null` as signed out. The common case
 * is answered by the session check; a refresh, an expiry or a cookie to clear goes to Better Auth.
 */
export async function getSession(request: FastifyRequest, reply: FastifyReply): Promise<SessionWithUser | null> {
  const { server } = request
  const check = await server.checkSession(presentedSessionCookies(request))
  if (check.kind === 'none') return null
  if (check.kind === 'valid') return { session: toSessionView(check.found.session), user: toUserView(check.found.user) }
  const result = await callAuth<SessionWithUser | null>(request, reply, server.auth.api.getSession, { query: {} })
  return result ?? null
}

/** GET /api/auth/session: the documented shape, with nulls when signed out. */
export async function getSessionStatus(request: FastifyRequest, reply: FastifyReply): Promise<SessionStatus> {
  const result = await getSession(request, reply)
  return result ?? { session: null, user: null }
}

export async function listSessions(request: FastifyRequest, reply: FastifyReply): Promise<Session[]> {
  return callAuth<Session[]>(request, reply, request.server.auth.api.listSessions)
}

export async function revokeSession(request: OperationRequest<'nativeRevokeSession'>, reply: FastifyReply): Promise<SuccessResult> {
  const { token } = request.body
  const caller = await resolveCookieSession(request, presentedSessionCookies(request))
  const target = await findSessionByToken(request.server.db, token)
  await callAuth(request, reply, request.server.auth.api.revokeSession, { body: { token } })
  // Better Auth deletes a session of the caller's own account only; anything else changed nothing.
  if (caller !== undefined && target?.user_id === caller.user.id) {
    await audit(request, { type: 'session.revoked', userId: caller.user.id, sessionId: target.id, detail: { scope: 'one' } })
  }
  return { success: true, status: true }
}

export async function revokeOtherSessions(request: FastifyRequest, reply: FastifyReply): Promise<SuccessResult> {
  const caller = await resolveCookieSession(request, presentedSessionCookies(request))
  await callAuth(request, reply, request.server.auth.api.revokeOtherSessions, { body: {} })
  if (caller !== undefined) await audit(request, { type: 'session.revoked', userId: caller.user.id, sessionId: caller.session.id, detail: { scope: 'others' } })
  return { success: true, status: true }
}
