import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { AppError, type ErrorCode, type Surface } from '../errors/error-codes.js'
import { mapError } from '../errors/map-error.js'
import { renderError, surfaceOf } from '../errors/render-error.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The spec's operationId of the route. */
    operationId?: string
    /** Which error shape the route's clients read. */
    surface?: Surface
  }
  interface FastifyReply {
    /** Answers with a code of the error vocabulary, in the route's surface's shape. */
    sendError(code: ErrorCode, message?: string): FastifyReply
    /** The code of the error this reply answered with, if any: for hooks that count outcomes. */
    errorCode: ErrorCode | null
  }
}

/** How long a client should wait before retrying while the database is out of reach. */
const RETRY_AFTER_SECONDS = 5

/** One error mapper for every route and every failure: Better Auth's, validation, parsing, ours. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.decorateReply('errorCode', null)
  app.decorateReply('sendError', function (this: FastifyReply, code: ErrorCode, message?: string): FastifyReply {
    const mapped = mapError(new AppError(code, message), this.request, surfaceOf(this.request))
    this.errorCode = mapped.code
    return this.status(mapped.status).send(renderError(surfaceOf(this.request), mapped))
  })

  app.setErrorHandler(async (error, request, reply) => {
    const surface = surfaceOf(request)
    const mapped = mapError(error, request, surface)
    reply.errorCode = mapped.code
    if (mapped.unexpected) request.log.error({ err: error }, 'request failed')
    if (mapped.retryAfter !== undefined) reply.header('retry-after', String(mapped.retryAfter))
    if (mapped.code === 'RATE_LIMITED' && mapped.retryAfter !== undefined) {
      // A lockout refused, not the per-IP limit whose numbers may already be on the reply.
      if (mapped.limit === undefined) reply.removeHeader('ratelimit-limit')
      else reply.header('ratelimit-limit', String(mapped.limit))
      reply.header('ratelimit-remaining', '0').header('ratelimit-reset', String(mapped.retryAfter))
    }
    if (mapped.code === 'SERVICE_UNAVAILABLE') {
      request.log.warn({ reason: error instanceof Error ? error.message : 'unknown' }, 'database unavailable')
      reply.header('retry-after', String(RETRY_AFTER_SECONDS))
    }
    // Headers a failed Better Auth call set (e.g. clearing a cookie) are not forwarded; a 5xx says
    // nothing more. Its writes are rolled back, so cookies copied onto the reply before the failure
    // go too: the session a cleared cookie would leave behind is still there. So does a redirect
    // the handler had answered before its unit failed to commit.
    if (mapped.status >= 500) reply.removeHeader('set-cookie').removeHeader('set-auth-token').removeHeader('location')
    return reply.status(mapped.status).send(renderError(surface, mapped))
  })

  app.setNotFoundHandler(async (request, reply) => {
    return reply.sendError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`)
  })
}, { name: 'errors' })
