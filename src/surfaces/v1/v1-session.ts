import type { FastifyRequest } from 'fastify'
import { authenticate, type AcceptedCredentials, type Authenticated } from '../../auth/authenticate.js'
import { authHeaders } from '../../auth/call-auth.js'
import { SESSION_COOKIE_NAME } from '../../auth/cookie-policy.js'

/** The REST surface's credentials: its own access token (at+jwt) as a bearer, or else the session cookie. */
export const V1_CREDENTIALS: AcceptedCredentials = { bearer: ['access'], cookie: 'session' }

/** Who is calling, by the REST surface's credentials. */
export async function resolveV1Session(request: FastifyRequest): Promise<Authenticated | undefined> {
  return authenticate(request, V1_CREDENTIALS)
}

/** Headers for a Better Auth call made on behalf of this session, whichever way the caller proved it. */
export function headersForSession(request: FastifyRequest, sessionToken: string): Headers {
  const headers = authHeaders(request)
  headers.set('cookie', `${SESSION_COOKIE_NAME}=${encodeURIComponent(request.server.sessionCookies.signedValue(sessionToken))}`)
  headers.delete('authorization')
  return headers
}
