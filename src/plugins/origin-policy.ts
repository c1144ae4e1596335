import cors from '@fastify/cors'
import fp from 'fastify-plugin'
import type { IncomingMessage } from 'node:http'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../errors/error-codes.js'
import { mapError } from '../errors/map-error.js'
import { renderError, surfaceOf } from '../errors/render-error.js'
import { originOf, type OriginPolicy } from '../origins/origin-policy.js'

declare module 'fastify' {
  interface FastifyInstance {
    originPolicy: OriginPolicy
    /**
     * The headers of the answer to a common preflight (an allowed origin, a path browsers may
     * read, the service not closing), but its X-Request-Id; undefined for any other request.
     */
    preflightHeaders(request: IncomingMessage): Readonly<Record<string, string>> | undefined
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const CORS_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const CORS_ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'Accept', 'X-Requested-With', 'Cache-Control']
const CORS_EXPOSED_HEADERS = ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id', 'Set-Auth-Token']
const CORS_MAX_AGE_SECONDS = 86400
/** What @fastify/cors answers an allowed origin's preflight with, after its origin, in its order. */
const PREFLIGHT_HEADERS = {
  'access-control-allow-credentials': 'true',
  'access-control-expose-headers': CORS_EXPOSED_HEADERS.join(', '),
  'access-control-allow-methods': CORS_METHODS.join(', '),
  'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(', '),
  'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
  'content-length': '0',
} as const

/**
 * CORS and the CSRF check, from one allow-list. An allowed origin is echoed exactly (never `*`)
 * with credentials, on every path and on every answer, errors included, so a browser shows the
 * status instead of a CORS failure. A foreign origin gets no CORS headers at all.
 */
export const originPolicyPlugin = fp(async (app: FastifyInstance, options: { policy: OriginPolicy }) => {
  const { policy } = options
  app.decorate('originPolicy', policy)
  // Operations for backends only (`x-cors: false`): no browser may read them, preflight included.
  const backendOnly = new Set(app.contract.operations.filter((operation) => operation.definition['x-cors'] === false).map((operation) => operation.path))

  // The common preflight, an allowed origin on a path browsers may read, is answered before any
  // other work: by the HTTP server before Fastify sees it (app.ts), and here, first of our hooks,
  // for a request that reached Fastify another way (inject). Its headers are exactly those
  // @fastify/cors writes below (the test of CORS compares the two): it is most of a browser's
  // requests, and nothing else applies to it. Every other OPTIONS (a foreign origin, none, a path
  // for backends) takes the full pipeline, as does every request once the service is closing.
  let closing = false
  app.addHook('preClose', (done) => {
    closing = true
    done()
  })
  app.decorate('preflightHeaders', (request: IncomingMessage) => {
    const origin = request.headers.origin
    if (closing || request.method !== 'OPTIONS' || origin === undefined || !policy.isAllowedOrigin(origin)) return undefined
    if (backendOnly.has((request.url ?? '').split('?')[0]!)) return undefined
    return { vary: 'Origin', 'access-control-allow-origin': origin, ...PREFLIGHT_HEADERS }
  })
  app.addHook('onRequest', (request, reply, done) => {
    const headers = request.method === 'OPTIONS' ? app.preflightHeaders(request.raw) : undefined
    if (headers === undefined) {
      done()
      return
    }
    void reply.hijack()
    reply.raw.writeHead(204, { 'x-request-id': request.id, ...headers })
    reply.raw.end()
  })

  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && policy.isAllowedOrigin(origin) ? origin : false),
    credentials: true,
    methods: CORS_METHODS,
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: CORS_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
    strictPreflight: false,
  })

  if (backendOnly.size > 0) {
    app.addHook('onSend', async (request, reply, payload) => {
      if (backendOnly.has(request.url.split('?')[0]!)) {
        for (const header of Object.keys(reply.getHeaders())) if (header.startsWith('access-control-')) reply.removeHeader(header)
      }
      return payload
    })
  }

  // The redirect check's last line: whichever route built it, a Location leaves the process only
  // as the canonical URL the check admitted (so a browser reads what was checked); otherwise the
  // answer is 400 INVALID_REDIRECT.
  app.addHook('onSend', async (request, reply, payload) => {
    const location = reply.getHeader('location')
    if (location === undefined) return payload
    const admitted = policy.resolveRedirect(String(location))
    if (admitted !== undefined) {
      reply.header('location', admitted.href)
      return payload
    }
    reply.removeHeader('location')
    const surface = surfaceOf(request)
    const mapped = mapError(new AppError('INVALID_REDIRECT'), request, surface)
    reply.errorCode = mapped.code
    reply.status(mapped.status).header('content-type', 'application/json; charset=utf-8')
    return JSON.stringify(renderError(surface, mapped))
  })

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!STATE_CHANGING.has(request.method)) return
    const origin = request.headers.origin
    if (origin !== undefined) {
      if (!policy.isAllowedOrigin(origin)) return reply.sendError('FORBIDDEN_ORIGIN')
      return
    }
    // No Origin: curl, another backend, or an SDK in Node. Without cookies such a request carries
    // no ambient authority, so it is served. Browsers always send Origin (or at least Referer) on
    // a state-changing request, so a cookie without either is a forgery attempt.
    if (request.headers.cookie === undefined) return
    const referer = request.headers.referer
    const refererOrigin = referer === undefined ? undefined : originOf(referer)
    if (refererOrigin === undefined || !policy.isAllowedOrigin(refererOrigin)) return reply.sendError('FORBIDDEN_ORIGIN')
  })
}, { name: 'origin-policy', dependencies: ['errors', 'contract'] })
