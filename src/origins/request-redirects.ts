import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../errors/error-codes.js'

/**
 * A redirect target named in a request, checked when it is accepted: its canonical absolute form,
 * `fallback` when none is named, or 400 INVALID_REDIRECT. The canonical form is what goes on to
 * Better Auth and into emailed links, so a link never carries a string that parses differently.
 */
export function acceptRedirect(request: FastifyRequest, value: string | undefined, fallback: string): string
export function acceptRedirect(request: FastifyRequest, value: string | undefined): string | undefined
export function acceptRedirect(request: FastifyRequest, value: string | undefined, fallback?: string): string | undefined {
  if (value === undefined) return fallback
  const url = request.server.originPolicy.resolveRedirect(value)
  if (url === undefined) throw new AppError('INVALID_REDIRECT')
  return url.href
}

/**
 * Sends a 302 after checking its Location again, whoever built it (our handler or Better Auth):
 * a Location off the allow-list is never sent; the request is answered 400 INVALID_REDIRECT.
 */
export function sendRedirect(request: FastifyRequest, reply: FastifyReply, location: string): FastifyReply {
  const url = request.server.originPolicy.resolveRedirect(location)
  if (url === undefined) throw new AppError('INVALID_REDIRECT')
  return reply.redirect(url.href, 302)
}

/** `url` with `key=value` added to its query, the fragment kept. */
export function withQueryParameter(url: string, key: string, value: string): string {
  const result = new URL(url)
  result.searchParams.set(key, value)
  return result.href
}
