import type { FastifyRequest } from 'fastify'
import { authenticate, type AcceptedCredentials, type Authenticated } from '../../auth/authenticate.js'

export { headersForSession } from '../../auth/session-headers.js'

/** The REST surface's credentials: its own access token (at+jwt) as a bearer, or else the session cookie. */
export const V1_CREDENTIALS: AcceptedCredentials = { bearer: ['access'], cookie: 'session' }

/** Who is calling, by the REST surface's credentials. */
export async function resolveV1Session(request: FastifyRequest): Promise<Authenticated | undefined> {
  return authenticate(request, V1_CREDENTIALS)
}
