/** Node and PostgreSQL error codes that mean "the database cannot be reached right now". */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  '57P01', '57P02', '57P03', // admin shutdown, crash shutdown, cannot connect now
  '57014', // statement timeout
  '53300', // too many connections
])

const CONNECTION_MESSAGES = /connection terminated|timeout exceeded when trying to connect|query read timeout|connection timeout|Connection refused|server closed the connection|Client has encountered a connection error|driver has already been destroyed/i

/**
 * Whether an error, or any error it wraps, says the database is out of reach — a 503 the client
 * may retry, not a 500. Better Auth and Kysely wrap driver errors, so the cause chain is walked.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth += 1) {
    if (typeof current === 'object') {
      const { code, message, errors } = current as { code?: unknown; message?: unknown; errors?: unknown }
      if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true
      if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true
      if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true
    }
    current = (current as { cause?: unknown }).cause
  }
  return false
}
