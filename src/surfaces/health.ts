import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Health } from '../schemas/index.js'
import type { OperationHandlers } from '../contract/operation-handlers.js'

const started = Date.now()
const DATABASE_TIMEOUT_MS = 2_000

async function checkHealth(request: FastifyRequest, reply: FastifyReply): Promise<Health> {
  const up = await request.server.database.ping(DATABASE_TIMEOUT_MS)
  if (!up) reply.status(503).header('retry-after', '5')
  return {
    status: up ? 'ok' : 'unavailable',
    database: up ? 'up' : 'down',
    uptimeSeconds: Math.floor((Date.now() - started) / 1000),
  }
}

export const healthHandlers = {
  serviceGetHealth: checkHealth,
  async serviceHeadHealth(request, reply) {
    await checkHealth(request, reply)
    return reply.send()
  },
} satisfies Partial<OperationHandlers>
