import { isAPIError } from 'better-auth/api'
import { kAPIErrorHeaderSymbol } from 'better-call'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { SET_AUTH_TOKEN_HEADER } from './bearer-session.js'
import { CLIENT_IP_HEADER } from './better-auth.js'
import { SESSION_COOKIE_NAME } from './cookie-policy.js'

// Better Auth's endpoint types are deep generics per endpoint; the bridge only needs their call shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any endpoint, whatever its input and answer
export type Endpoint = (input: any) => Promise<any>

export interface CallInput {
  readonly body?: unknown
  readonly query?: unknown
  readonly params?: unknown
}

/**
 * Calls a Better Auth endpoint in-process with the request's cookies, user agent and client IP,
 * and copies the cookies it sets onto the reply. Better Auth's own origin check and limiter do
 * not run on this path: ours ran before the handler.
 */
export async function callAuth<R>(
  request: FastifyRequest,
  reply: FastifyReply,
  endpoint: Endpoint,
  input: CallInput = {},
): Promise<R> {
  const result = await callAuthHeld<R>(request, endpoint, input)
  copySetCookies(result.headers, reply)
  return result.response
}

/** Like callAuth, but leaves the cookies Better Auth set to the caller, who may decide not to send them. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- R names the caller's view of the answer, which Endpoint does not carry
export async function callAuthHeld<R>(
  request: FastifyRequest,
  endpoint: Endpoint,
  input: CallInput = {},
): Promise<{ headers: Headers; response: R }> {
  return endpoint({ ...input, headers: authHeaders(request), returnHeaders: true }) as Promise<{ headers: Headers; response: R }>
}

/** A redirect that Better Auth throws (`ctx.redirect`), as its Location, or undefined. */
export function redirectLocation(error: unknown): string | undefined {
  if (!isAPIError(error) || error.statusCode !== 302) return undefined
  const headers = error.headers as Headers | Record<string, string> | undefined
  if (headers instanceof Headers) return headers.get('location') ?? undefined
  return headers?.location ?? headers?.Location
}

/**
 * The headers of an answer Better Auth threw (a redirect): the cookies it set on the way, which
 * its dispatcher keeps on the error, else those of the redirect itself.
 */
export function thrownHeaders(error: unknown): Headers {
  if (typeof error !== 'object' || error === null) return new Headers()
  const kept = (error as Record<symbol, unknown>)[kAPIErrorHeaderSymbol]
  if (kept instanceof Headers) return kept
  const own = (error as { headers?: unknown }).headers
  return own instanceof Headers ? own : new Headers()
}

export function authHeaders(request: FastifyRequest): Headers {
  const headers = new Headers()
  const { cookie, authorization, origin, referer } = request.headers
  const userAgent = request.headers['user-agent']
  if (cookie !== undefined) headers.set('cookie', cookie)
  if (authorization !== undefined) headers.set('authorization', authorization)
  if (origin !== undefined) headers.set('origin', origin)
  if (referer !== undefined) headers.set('referer', referer)
  if (userAgent !== undefined) headers.set('user-agent', userAgent)
  // request.ip honours TRUST_PROXY; a client's own X-Forwarded-For never reaches Better Auth.
  headers.set(CLIENT_IP_HEADER, request.ip)
  return headers
}

/** Headers for a Better Auth call made on behalf of this session, whichever way the caller proved it. */
export function headersForSession(request: FastifyRequest, sessionToken: string): Headers {
  const headers = authHeaders(request)
  headers.set('cookie', `${SESSION_COOKIE_NAME}=${encodeURIComponent(request.server.sessionCookies.signedValue(sessionToken))}`)
  headers.delete('authorization')
  return headers
}

/** The cookies Better Auth set, and the bearer credential its bearer plugin gives a new session cookie. */
export function copySetCookies(headers: Headers, reply: FastifyReply): void {
  const cookies = headers.getSetCookie()
  if (cookies.length > 0) reply.header('set-cookie', cookies)
  const bearer = headers.get(SET_AUTH_TOKEN_HEADER)
  if (bearer !== null) reply.header(SET_AUTH_TOKEN_HEADER, bearer)
}
