import type { FastifyInstance, InjectOptions } from 'fastify'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { build, cheapPasswordHasher, FRONTEND_ORIGIN, PASSWORD, signUp, testConfig, uniqueEmail } from '../helper.js'
import { testClock } from '../clock.js'

const on = { RATE_LIMITS: 'on' }

/** Clients told apart by address: each test below is one client of a shared app, with its own budgets. */
let client = 0
function asNewClient(app: FastifyInstance): FastifyInstance['inject'] {
  const remoteAddress = `192.0.2.${(client += 1)}`
  return ((options: InjectOptions) => app.inject({ ...options, remoteAddress })) as FastifyInstance['inject']
}

t.test('rate limits without a trusted proxy', async (t) => {
  const app = await build(t, on)

  await t.test('POST /api/auth/sign-in/email → the eleventh from one IP in 15 minutes is a 429', async (t) => {
    const inject = asNewClient(app)
    const statuses: number[] = []
    let last
    for (let attempt = 0; attempt < 11; attempt += 1) {
      last = await inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: FRONTEND_ORIGIN }, payload: { email: uniqueEmail(), password: 'wrong-password' } })
      statuses.push(last.statusCode)
    }
    t.same(statuses, [...Array(10).fill(400), 429])
    t.equal(last!.json().code, 'RATE_LIMITED')
    t.ok(Number(last!.headers['retry-after']) > 800, `Retry-After ${last!.headers['retry-after']}`)
    t.equal(last!.headers['ratelimit-limit'], '10')
    t.equal(last!.headers['ratelimit-remaining'], '0')
    t.ok(Number(last!.headers['ratelimit-reset']) > 0)
    t.equal(last!.headers['access-control-allow-origin'], FRONTEND_ORIGIN, 'the browser sees the 429, not a CORS failure')
    t.equal(last!.headers['access-control-allow-credentials'], 'true')
    const other = await inject({ method: 'POST', url: '/auth/login', payload: { email: uniqueEmail(), password: 'wrong-password' } })
    t.equal(other.statusCode, 429, 'the /auth login shares the sign-in budget')
    t.type(other.json().detail, 'string', 'in the /auth surface\'s shape')
    const health = await inject({ method: 'GET', url: '/api/v1/health' })
    t.equal(health.statusCode, 200, 'health is never starved')
  })

  await t.test('without TRUST_PROXY a forged X-Forwarded-For changes nothing', async (t) => {
    const inject = asNewClient(app)
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { 'x-forwarded-for': `198.51.100.${attempt}` }, payload: { email: uniqueEmail(), password: PASSWORD, name: 'A' } })
      statuses.push(response.statusCode)
    }
    t.same(statuses, [200, 200, 200, 200, 200, 429])
  })

  await t.test('POST /api/auth/forgot-password → 3 per hour per email, whatever its case', async (t) => {
    const inject = asNewClient(app)
    const email = uniqueEmail()
    const statuses: number[] = []
    for (const variant of [email, email.toUpperCase(), ` ${email}`.trim(), email]) {
      const response = await inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: variant } })
      statuses.push(response.statusCode)
    }
    t.same(statuses, [200, 200, 200, 429])
    const other = await inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email: uniqueEmail() } })
    t.equal(other.statusCode, 200, 'another email has its own budget')
    const sameEmailOtherPath = await inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email } })
    t.equal(sameEmailOtherPath.statusCode, 429, 'both reset paths share one budget per email')
  })

  await t.test('POST /api/auth/reset-password → 5 attempts per token in total', async (t) => {
    const inject = asNewClient(app)
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token: 'guessed-token', password: 'new-password-123' } })
      statuses.push(response.statusCode)
    }
    t.same(statuses, [400, 400, 400, 400, 400, 429])
    const otherToken = await inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token: 'another-token', password: 'new-password-123' } })
    t.equal(otherToken.statusCode, 400)
  })
})

t.test('rate limits behind one trusted proxy', async (t) => {
  const app = await build(t, { ...on, TRUST_PROXY: '1' })

  await t.test('POST /api/auth/sign-up/email → 5 per hour per IP; another IP is not affected only behind a trusted proxy', async (t) => {
    const from = (ip: string) => app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { 'x-forwarded-for': ip }, payload: { email: uniqueEmail(), password: PASSWORD, name: 'A' } })
    for (let attempt = 0; attempt < 5; attempt += 1) t.equal((await from('203.0.113.1')).statusCode, 200)
    t.equal((await from('203.0.113.1')).statusCode, 429)
    t.equal((await from('203.0.113.2')).statusCode, 200, 'another client')
  })

  await t.test('IPv6 clients in one /64 share a budget', async (t) => {
    const from = (ip: string) => app.inject({ method: 'POST', url: '/auth/signup', headers: { 'x-forwarded-for': ip }, payload: { email: uniqueEmail(), password: PASSWORD, name: 'A' } })
    for (let host = 1; host <= 5; host += 1) t.equal((await from(`2001:db8:0:1::${host}`)).statusCode, 200)
    t.equal((await from('2001:db8:0:1::ffff')).statusCode, 429)
    t.equal((await from('2001:db8:0:2::1')).statusCode, 200, 'the next /64 is another client')
  })
})

t.test('failed sign-ins count per account, with a growing delay that a success clears', async (t) => {
  const clock = testClock(Date.parse('2026-01-01T00:00:00Z'))
  const config = await testConfig(t, { ...on, TRUST_PROXY: '1' })
  const app = await buildApp(config, { logger: false, purgeIntervalMs: 0, clock, passwordHasher: cheapPasswordHasher })
  t.teardown(() => app.close())
  const user = await signUp(app)
  let ip = 0
  // A new IP each time: the per-IP limit is not what is tested here.
  const attempt = (password: string, email = user.email) => app.inject({
    method: 'POST', url: '/api/auth/sign-in/email', headers: { 'x-forwarded-for': `192.0.2.${(ip += 1)}` }, payload: { email, password },
  })
  for (let failure = 0; failure < 5; failure += 1) t.equal((await attempt('wrong-password')).statusCode, 400)
  const locked = await attempt(PASSWORD)
  t.equal(locked.statusCode, 429, 'even the right password waits')
  t.equal(locked.json().code, 'RATE_LIMITED')
  t.equal(locked.headers['retry-after'], '30')
  const viaJwt = await app.inject({ method: 'POST', url: '/auth/login', headers: { 'x-forwarded-for': '192.0.2.250' }, payload: { email: user.email, password: PASSWORD } })
  t.equal(viaJwt.statusCode, 429, 'on every surface')

  clock.advance(31_000)
  t.equal((await attempt('wrong-password')).statusCode, 400)
  t.equal((await attempt(PASSWORD)).headers['retry-after'], '60', 'the delay doubles')
  clock.advance(61_000)
  t.equal((await attempt(PASSWORD)).statusCode, 200, 'the right password after the delay')
  t.equal((await attempt('wrong-password')).statusCode, 400, 'and the count starts again')
  t.equal((await attempt(PASSWORD)).statusCode, 200)

  const unknown = uniqueEmail('nobody')
  for (let failure = 0; failure < 5; failure += 1) await attempt('wrong-password', unknown)
  t.equal((await attempt('wrong-password', unknown)).statusCode, 429, 'unknown emails are delayed alike: nothing tells which exist')
})

t.test('RATE_LIMITS=off turns every limit off', async (t) => {
  const app = await build(t, { RATE_LIMITS: 'off' })
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: uniqueEmail(), password: 'wrong-password' } })
    t.equal(response.statusCode, 400)
  }
})
