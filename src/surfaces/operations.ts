import type { FastifyReply, FastifyRequest } from 'fastify'
import { bearerMatches } from '../auth/service-credential.js'
import type { OperationHandlers } from '../contract/operation-handlers.js'

/** GET /metrics: Prometheus text, for whoever holds METRICS_TOKEN; absent without one. */
async function getMetrics(request: FastifyRequest, reply: FastifyReply): Promise<string | FastifyReply> {
  const expected = request.server.config.metricsToken
  if (expected === undefined) return reply.sendError('NOT_FOUND', 'Metrics are off: set METRICS_TOKEN')
  if (!bearerMatches(request.headers.authorization, expected)) {
    return reply.header('www-authenticate', 'Bearer').sendError('UNAUTHORIZED')
  }
  const { registry } = request.server.metrics
  reply.type(registry.contentType)
  return registry.metrics()
}

export const operationsHandlers = { serviceGetMetrics: getMetrics } satisfies Partial<OperationHandlers>
