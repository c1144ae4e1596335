import cors from '@fastify/cors'
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../errors/error-codes.js'
import { mapError } from '../errors/map-error.js'
import { renderError, surfaceOf } from '../errors/render-error.js'
import { originOf, type OriginPolicy } from '../origins/origin-policy.js'

declare module 'fastify' {
  interface FastifyInstance {
    originPolicy: OriginPolicy
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * CORS and the CSRF check, from one allow-list. An allowed origin is echoed exactly (never `*`)
 * with credentials, on every path and on every answer, errors included, so a browser shows the
 * status instead of a CORS failure. A foreign origin gets no CORS headers at all.
 */
export const originPolicyPlugin = fp(async (app: FastifyInstance, options: { policy: OriginPolicy }) => {
  const { policy } = options
  app.decorate('originPolicy', policy)

  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && policy.isAllowedOrigin(origin) ? origin : false),
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', 'Accept', 'X-Requested-With', 'Cache-Control'],
    exposedHeaders: ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id', 'Set-Auth-Token'],
    maxAge: 86400,
    optionsSuccessStatus: 204,
    strictPreflight: false,
  })

  // Operations for backends only (`x-cors: false`): no browser may read them, preflight included.
  const backendOnly = new Set(app.contract.operations.filter((operation) => operation.definition['x-cors'] === false).map((operation) => operation.path))
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
