import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Session, SessionStatus, SessionWithUser, SuccessResult } from '../../../schemas/index.js'
import { callAuth } from '../../auth/call-auth.js'
import type { RevokeSessionBody } from '../../../schemas/index.js'

/** GET /api/auth/get-session: the SDK's `useSession` reads `null` as signed out. */
export async function getSession(request: FastifyRequest, reply: FastifyReply): Promise<SessionWithUser | null> {
  const result = await callAuth<SessionWithUser | null>(request, reply, request.server.auth.api.getSession, { query: {} })
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

export async function revokeSession(request: FastifyRequest, reply: FastifyReply): Promise<SuccessResult> {
  const { token } = request.body as RevokeSessionBody
  await callAuth(request, reply, request.server.auth.api.revokeSession, { body: { token } })
  return { success: true, status: true }
}

export async function revokeOtherSessions(request: FastifyRequest, reply: FastifyReply): Promise<SuccessResult> {
  await callAuth(request, reply, request.server.auth.api.revokeOtherSessions, { body: {} })
  return { success: true, status: true }
}
