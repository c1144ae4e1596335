import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { Redis } from 'ioredis'

declare module 'fastify' {
  interface FastifyInstance {
    /** The Redis client, shared by whatever counts across instances; undefined without REDIS_URL. */
    redis: Redis | undefined
  }
}

/**
 * One Redis client for the app (REDIS_URL), closed with it. It holds counters only (rate limits,
 * sign-in attempts), never sessions: a cached session could outlive its revocation. Its users
 * decide what an outage means for them; here it is only logged.
 */
export const redisPlugin = fp(async (app: FastifyInstance) => {
  const url = app.config.redisUrl
  if (url === undefined) {
    app.decorate('redis', undefined)
    return
  }
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: false })
  redis.on('error', (error) => app.log.warn({ reason: error.message }, 'redis unavailable'))
  app.decorate('redis', redis)
  app.addHook('onClose', async () => { await redis.quit().catch(() => undefined) })
}, { name: 'redis', decorators: { fastify: ['config'] } })
