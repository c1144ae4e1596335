import t from 'tap'
import { Redis } from 'ioredis'
import { buildApp } from '../../src/app.js'
import { cookieHeader, createPostgresDatabase, FRONTEND_ORIGIN, PASSWORD, postgresServer, testConfig, uniqueEmail } from '../helper.js'
import { REDIS_URL, redisAnswers } from './redis-test-server.js'

const server = await postgresServer()
const redisUp = await redisAnswers()
const skip = server === undefined ? 'needs PostgreSQL (127.0.0.1:5432 or DATABASE_URL)' : !redisUp ? `needs Redis (${REDIS_URL})` : false

t.test('two instances on one PostgreSQL and one Redis behave as one', { skip }, async (t) => {
  const prefix = `auth-service-test:${process.pid}:${Date.now()}:`
  const redis = new Redis(REDIS_URL)
  t.teardown(async () => {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  })
  const config = await testConfig(t, {
    DATABASE_URL: await createPostgresDatabase(t, server!), REDIS_URL, REDIS_PREFIX: prefix, RATE_LIMITS: 'on',
    // As behind a load balancer: each test request names its client in X-Forwarded-For.
    TRUST_PROXY: '1',
  })
  // Both start at once on an empty database: the migrations must not collide.
  const [a, b] = await Promise.all([buildApp(config, { logger: false, purgeIntervalMs: 0 }), buildApp(config, { logger: false, purgeIntervalMs: 0 })])
  t.teardown(async () => { await a.close(); await b.close() })
  const [urlA, urlB] = await Promise.all([a.listen({ port: 0, host: '127.0.0.1' }), b.listen({ port: 0, host: '127.0.0.1' })])
  let client = 0
  const post = (base: string, path: string, body: object, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${(client += 1) % 250}`, ...headers }, body: JSON.stringify(body) })

  await t.test('a session made on one works on the other, and a sign-out on one ends it on both', async (t) => {
    const email = uniqueEmail()
    const signUp = await post(urlA, '/api/auth/sign-up/email', { email, password: PASSWORD, name: 'Two' })
    t.equal(signUp.status, 200)
    const cookie = cookieHeader(signUp.headers.getSetCookie())
    const onB = await fetch(`${urlB}/api/auth/get-session`, { headers: { cookie } })
    t.equal((await onB.json() as { user: { email: string } }).user.email, email)
    const signOut = await post(urlA, '/api/auth/sign-out', {}, { cookie, origin: FRONTEND_ORIGIN })
    t.equal(signOut.status, 200)
    const afterOnB = await fetch(`${urlB}/api/auth/get-session`, { headers: { cookie } })
    t.equal(await afterOnB.text(), 'null', 'at once: nothing is cached')
  })

  await t.test('a JWT from one opens the other, until it logs out on the first', async (t) => {
    const login = await post(urlA, '/auth/signup', { email: uniqueEmail(), password: PASSWORD, name: 'Jwt' })
    const { token } = await login.json() as { token: string }
    t.equal((await fetch(`${urlB}/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status, 200)
    await post(urlA, '/auth/logout', {}, { authorization: `Bearer ${token}` })
    t.equal((await fetch(`${urlB}/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status, 401)
  })

  await t.test('eleven sign-ins from one IP spread over both: the eleventh is a 429', async (t) => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const response = await post(attempt % 2 === 0 ? urlA : urlB, '/api/auth/sign-in/email', { email: uniqueEmail(), password: 'wrong-password' }, { 'x-forwarded-for': '203.0.113.50' })
      statuses.push(response.status)
      if (attempt === 10) t.ok(Number(response.headers.get('retry-after')) > 0, 'with Retry-After')
    }
    t.same(statuses, [...Array(10).fill(400), 429])
  })

  await t.test('forgot-password is limited per email across both', async (t) => {
    const email = uniqueEmail()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await post(attempt % 2 === 0 ? urlA : urlB, '/api/auth/forgot-password', { email })).status)
    t.same(statuses, [200, 200, 200, 429])
  })

  await t.test('failed sign-ins of one account are counted across both, from any IP', async (t) => {
    const email = uniqueEmail('target')
    for (let attempt = 0; attempt < 5; attempt += 1) {
      t.equal((await post(attempt % 2 === 0 ? urlA : urlB, '/auth/login', { email, password: 'wrong-password' })).status, 401)
    }
    // The first delay is 30 s from the fifth failure; it counts down, so a slow machine may
    // answer 29 or less by the time it is asked. A second instance that did not know of the
    // failures would answer 400; one that counted them again would double the delay.
    let previous = 30
    for (const base of [urlA, urlB]) {
      const locked = await post(base, '/api/auth/sign-in/email', { email, password: 'wrong-password' })
      t.equal(locked.status, 429)
      const retryAfter = Number(locked.headers.get('retry-after'))
      t.ok(retryAfter > 0 && retryAfter <= previous, `Retry-After ${retryAfter}, within the first delay and counting down`)
      previous = retryAfter
    }
  })
})
