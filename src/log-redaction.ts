import type { FastifyRequest } from 'fastify'

/**
 * A request as it is logged: tokens travel in some URLs (the reset link's path, the verification
 * link's query), so query values and whatever follows `reset-password/` never reach a log line.
 */
export function requestForLog(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    remoteAddress: request.ip,
  }
}

/** Path segments after which everything is a secret. */
const SECRET_AFTER = /(\/reset-password\/).*$/is
/** What a query parameter's name looks like; anything else in that place could be a token. */
const PARAMETER_NAME = /^[a-z][\w.-]{0,19}$/i

/**
 * The URL with its secrets replaced by `[redacted]`. The router reads the path percent-decoded
 * (`/api/auth/reset%2Dpassword/<token>` reaches the reset link's handler), so secrets are looked
 * for in the decoded path, case-insensitively, and through any repeated or hidden encoding
 * (`%252D`, an encoded `?`): a URL that only resembles a token route is redacted too.
 */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?')
  const rawPath = queryStart === -1 ? url : url.slice(0, queryStart)
  const queries = queryStart === -1 ? [] : [url.slice(queryStart + 1)]
  const decoded = decodeRepeatedly(rawPath)
  const hiddenQueryStart = decoded.indexOf('?')
  if (hiddenQueryStart !== -1) queries.unshift(decoded.slice(hiddenQueryStart + 1))
  const decodedPath = hiddenQueryStart === -1 ? decoded : decoded.slice(0, hiddenQueryStart)
  const redactedPath = decodedPath.replace(SECRET_AFTER, '$1[redacted]')
  // A path without secrets is logged as it was sent.
  const path = redactedPath === decodedPath && hiddenQueryStart === -1 ? rawPath : redactedPath
  return queries.reduce((logged, query, index) => `${logged}${index === 0 ? '?' : '&'}${redactQuery(query)}`, path)
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const name = decodeRepeatedly(pair.split('=', 1)[0]!)
      return `${PARAMETER_NAME.test(name) ? name : '[redacted]'}=[redacted]`
    })
    .join('&')
}

/**
 * Percent-decodes ASCII escapes until none is left, so no stack of encodings hides a token (each
 * round shortens the text, so this ends); never throws on a malformed escape.
 */
function decodeRepeatedly(text: string): string {
  let current = text
  for (;;) {
    const next = current.replace(/%([0-7][0-9a-f])/gi, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    if (next === current) return current
    current = next
  }
}
