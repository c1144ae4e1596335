import { once } from 'node:events'
import Fastify from 'fastify'
import t from 'tap'
import { redisPlugin } from '../../src/plugins/redis.js'
import { testConfig } from '../helper.js'
import { REDIS_URL, redisAnswers, redisEnv } from '../rate-limit/redis-test-server.js'

const redisUp = await redisAnswers()

t.test('app.redis is undefined without REDIS_URL', async (t) => {
  const app = Fastify()
  t.teardown(() => app.close())
  app.decorate('config', await testConfig(t))
  await app.register(redisPlugin)
  t.equal(app.redis, undefined)
})

t.test('app.redis is one client for REDIS_URL, closed with the app', { skip: redisUp ? false : `needs Redis (${REDIS_URL})` }, async (t) => {
  const app = Fastify()
  app.decorate('config', await testConfig(t, redisEnv(t)))
  await app.register(redisPlugin)
  const redis = app.redis!
  t.equal(await redis.ping(), 'PONG')
  const ended = once(redis, 'end')
  await app.close()
  await ended
  t.pass('closed with the app')
})
