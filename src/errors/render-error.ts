import type { FastifyRequest } from 'fastify'
import type { Surface } from './error-codes.js'
import type { MappedError } from './map-error.js'

export type ErrorBody =
  | { readonly error: { readonly code: string; readonly message: string }; readonly code: string; readonly message: string }
  | { readonly detail: string | readonly unknown[] }

/**
 * `/api/auth` and `/api/v1`: `{ error: { code, message } }`, with code and message mirrored at the
 * top level, where the Better Auth SDK reads them. `/auth`: FastAPI's `{ detail }`, a list of field
 * errors for a 422.
 */
export function renderError(surface: Surface, error: MappedError): ErrorBody {
  if (surface === 'jwt') {
    return { detail: error.status === 422 && error.fields !== undefined ? error.fields : error.message }
  }
  return { error: { code: error.code, message: error.message }, code: error.code, message: error.message }
}

/** The surface of a path: which error shape its clients read. */
export function surfaceOfPath(url: string): Surface {
  if (url === '/auth' || url.startsWith('/auth/') || url.startsWith('/auth?')) return 'jwt'
  if (url.startsWith('/api/v1')) return 'v1'
  return 'native'
}

/** The surface of a request: its route's, or else its path's (an unknown path, a CORS preflight). */
export function surfaceOf(request: FastifyRequest): Surface {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- not every request has a route's config (a 404, a preflight)
  return request.routeOptions.config?.surface ?? surfaceOfPath(request.url)
}
