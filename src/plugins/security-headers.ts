import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'

/**
 * Security headers on every answer (helmet). The CSP is the strictest that Swagger UI at /docs
 * still runs under; the JSON answers have nothing for it to allow. No upgrade-insecure-requests:
 * on http://localhost it would send Swagger UI's requests to an https port nobody listens on.
 * Scripts may connect to the page's own origin and to the service's public URL (BETTER_AUTH_URL).
 * The middleware is built once (the Fastify wrapper rebuilds it on every request) and skipped on
 * CORS preflights, whose empty 204 these headers protect nothing on.
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
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method === 'OPTIONS') { done(); return; }
    setHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined))
  })
}, { name: 'security-headers' })
