import type { FastifyRequest } from 'fastify'
import { authHeaders } from './call-auth.js'
import { SESSION_COOKIE_NAME } from './cookie-policy.js'

/** Headers for a Better Auth call made on behalf of this session, whichever way the caller proved it. */
export function headersForSession(request: FastifyRequest, sessionToken: string): Headers {
  const headers = authHeaders(request)
  headers.set('cookie', `${SESSION_COOKIE_NAME}=${encodeURIComponent(request.server.sessionCookies.signedValue(sessionToken))}`)
  headers.delete('authorization')
  return headers
}
