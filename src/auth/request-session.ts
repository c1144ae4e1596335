import type { FastifyRequest } from 'fastify'
import type { RequestCookies } from './cookie-parser.js'
import { findLiveSessionWithUserById, type SessionWithUserRow } from '../sessions/session-repository.js'
import { isBanned } from './ban.js'
import { callAuthHeld } from './call-auth.js'
import { noteSessionUse } from './session-use.js'

/**
 * The live session the request's session cookie names, unless its user is banned (or `cookies`, when the caller read them
 * otherwise), if any; a session due for refresh is not refreshed.
 */
export async function resolveCookieSession(request: FastifyRequest, cookies?: RequestCookies): Promise<SessionWithUserRow | undefined> {
  const { server } = request
  const check = await server.checkSession(cookies ?? server.parseCookie(request.headers.cookie ?? ''))
  if (check.kind === 'none') return undefined
  const found = check.kind === 'valid' ? check.found : await askBetterAuth(request)
  if (found === undefined || isBanned(found.user, server.clock.now())) return undefined
  await noteSessionUse(server, found.session)
  return found
}

async function askBetterAuth(request: FastifyRequest): Promise<SessionWithUserRow | undefined> {
  const { server } = request
  const { response } = await callAuthHeld<{ session: { id: string } } | null>(request, server.auth.api.getSession, { query: { disableRefresh: true } })
  return response === null ? undefined : findLiveSessionWithUserById(server.db, response.session.id, server.clock.now())
}
