import type { FastifyRequest } from 'fastify'

/**
 * A request as it is logged: tokens travel in some URLs (the reset link's path, the verification
 * link's query), so query values and the segment after `reset-password/` never reach a log line.
 */
export function requestForLog(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    remoteAddress: request.ip,
  }
}

export function redactUrl(url: string): string {
  const [path = '', query] = url.split('?', 2)
  const safePath = path.replace(/(\/reset-password\/)[^/]+/, '$1[redacted]')
  if (query === undefined) return safePath
  const keys = query.split('&').map((pair) => pair.split('=', 1)[0]).filter(Boolean)
  return `${safePath}?${keys.map((key) => `${key}=[redacted]`).join('&')}`
}
