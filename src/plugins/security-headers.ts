import fp from 'fastify-plugin'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'

/**
 * Security headers on every answer (helmet). The CSP is the strictest that Swagger UI at /docs
 * still runs under; the JSON answers have nothing for it to allow. No upgrade-insecure-requests:
 * on http://localhost it would send Swagger UI's requests to an https port nobody listens on.
 * Scripts may connect to the page's own origin and to the service's public URL (BETTER_AUTH_URL).
 * Helmet's headers depend on nothing in a request, so its middleware runs once, at start-up, and
 * every answer gets the headers it wrote (running it per request was a tenth of a session check's
 * CPU); CORS preflights, whose empty 204 these headers protect nothing on, get none.
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  // Swagger UI calls the server the served spec names, the public URL, whatever name the page was opened at.
  const ownOrigin = new URL(app.config.baseUrl).origin
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'", ownOrigin],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    // Browsers on the allowed origins read these answers through CORS; CORP only governs no-cors loads.
    crossOriginResourcePolicy: { policy: 'same-site' },
  })
  const headers = helmetHeaders(setHeaders)
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'OPTIONS') reply.headers(headers)
    done()
  })
}, { name: 'security-headers' })

/** The headers a helmet middleware sets, by name (lower-cased), as it sets them on any response. */
function helmetHeaders(middleware: (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void): Readonly<Record<string, string>> {
  const headers = new Map<string, string>()
  const response = {
    setHeader(name: string, value: string | number) { headers.set(name.toLowerCase(), String(value)) },
    removeHeader(name: string) { headers.delete(name.toLowerCase()) },
  } as unknown as ServerResponse
  let finished = false
  middleware({ headers: {} } as unknown as IncomingMessage, response, (error?: unknown) => {
    if (error !== undefined) throw error instanceof Error ? error : new Error('helmet failed')
    finished = true
  })
  // helmet's middlewares are synchronous: one that was not would leave headers out.
  if (!(finished as boolean)) throw new Error('helmet did not set its headers at once')
  return Object.freeze(Object.fromEntries(headers))
}
