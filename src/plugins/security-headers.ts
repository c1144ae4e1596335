import helmet from '@fastify/helmet'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'

/**
 * Security headers on every answer (helmet). The CSP is the strictest that Swagger UI at /docs
 * still runs under; the JSON answers have nothing for it to allow. No upgrade-insecure-requests:
 * on http://localhost it would send Swagger UI's requests to an https port nobody listens on.
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
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
}, { name: 'security-headers' })
