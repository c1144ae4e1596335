import type { FastifyReply, FastifyRequest } from 'fastify'
import { bearerMatches } from '../auth/service-credential.js'
import type { OperationHandlers } from '../contract/register-operations.js'

/** GET /metrics: Prometheus text, for whoever holds METRICS_TOKEN; absent without one. */
async function getMetrics(request: FastifyRequest, reply: FastifyReply): Promise<string> {
  const expected = request.server.config.metricsToken
  if (expected === undefined) return reply.sendError('NOT_FOUND', 'Metrics are off: set METRICS_TOKEN') as never
  if (!bearerMatches(request.headers.authorization, expected)) {
    return reply.header('www-authenticate', 'Bearer').sendError('UNAUTHORIZED') as never
  }
  const { registry } = request.server.metrics
  reply.type(registry.contentType)
  return registry.metrics()
}

export const operationsHandlers: OperationHandlers = { getMetrics }
