import { Redis } from 'ioredis'
import type { TestContext } from '../helper.js'

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Whether the test Redis answers; tests that need it skip otherwise. */
export async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1_000, retryStrategy: () => null })
  redis.on('error', () => {})
  try {
    await redis.connect()
    return (await redis.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    redis.disconnect()
  }
}

/** REDIS_URL and a prefix of this test's own, whose keys are deleted when the test ends. */
export function redisEnv(t: TestContext): Record<string, string> {
  const prefix = `auth-service-test:${process.pid}:${Date.now()}:${Math.random().toString(36).slice(2, 8)}:`
  t.teardown(async () => {
    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  })
  return { REDIS_URL, REDIS_PREFIX: prefix }
}
