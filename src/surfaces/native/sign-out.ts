import type { FastifyReply, FastifyRequest } from 'fastify'
import type { SuccessResult } from '../../schemas/index.js'
import { audit } from '../../audit/audit-trail.js'
import { presentedSessionCookies } from '../../auth/bearer-session.js'
import { callAuth } from '../../auth/call-auth.js'
import { resolveCookieSession } from '../../auth/request-session.js'

/** POST /api/auth/sign-out: deletes the session row (cookie or bearer) and clears the cookie; fine without a session. */
export async function signOut(request: FastifyRequest, reply: FastifyReply): Promise<SuccessResult> {
  const found = await resolveCookieSession(request, presentedSessionCookies(request))
  await callAuth(request, reply, request.server.auth.api.signOut, { body: {} })
  if (found !== undefined) await audit(request, { type: 'sign_out', userId: found.user.id, sessionId: found.session.id })
  return { success: true, status: true }
}
