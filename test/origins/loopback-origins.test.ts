import { randomBytes } from 'node:crypto'
import t from 'tap'
import { createOriginPolicy } from '../../src/origins/origin-policy.js'
import { build, PASSWORD, uniqueEmail } from '../helper.js'

/**
 * Swagger UI at /docs calls the service from the service's own origin, and a developer may have
 * opened it as http://localhost:3001, http://127.0.0.1:3001 or http://[::1]:3001. In development
 * all three are the service's own origin; in production only what CORS_ORIGINS lists.
 */
t.test('the own origin on a loopback name stands for all three in development', async (t) => {
  const policy = createOriginPolicy([], 'http://127.0.0.1:3001', { loopbackAliases: true })
  for (const origin of ['http://127.0.0.1:3001', 'http://localhost:3001', 'http://[::1]:3001', 'http://LOCALHOST:3001']) t.ok(policy.isAllowedOrigin(origin), origin)
  for (const origin of ['http://localhost:3002', 'https://localhost:3001', 'http://127.0.0.2:3001', 'http://localhost.example.com:3001']) t.notOk(policy.isAllowedOrigin(origin), origin)
  t.notOk(createOriginPolicy([], 'http://127.0.0.1:3001').isAllowedOrigin('http://localhost:3001'), 'not unless asked')
  t.same(createOriginPolicy([], 'https://auth.example.com', { loopbackAliases: true }).entries, ['https://auth.example.com'], 'nothing for a public origin')
})

t.test('POST from Swagger UI opened under another loopback name, over HTTP', async (t) => {
  const env = { BETTER_AUTH_URL: 'http://127.0.0.1:3001', CORS_ORIGINS: 'http://localhost:3000' }
  const attempt = async (app: Awaited<ReturnType<typeof build>>, origin: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin }, payload: { email: uniqueEmail('loopback'), password: PASSWORD } })
    return { status: response.statusCode, code: response.json().code as string, cors: response.headers['access-control-allow-origin'] }
  }

  await t.test('development: localhost and [::1] are the service itself', async (t) => {
    const app = await build(t, env)
    for (const origin of ['http://localhost:3001', 'http://[::1]:3001', 'http://127.0.0.1:3001']) {
      const answer = await attempt(app, origin)
      t.same(answer, { status: 400, code: 'INVALID_CREDENTIALS', cors: origin }, `${origin}: served, with CORS`)
    }
    t.same(await attempt(app, 'http://localhost:3002'), { status: 403, code: 'FORBIDDEN_ORIGIN', cors: undefined }, 'another port is another origin')
  })

  await t.test('production: only what CORS_ORIGINS lists', async (t) => {
    const production = { ...env, NODE_ENV: 'production', BETTER_AUTH_SECRET: randomBytes(32).toString('base64') }
    const app = await build(t, production)
    t.same(await attempt(app, 'http://localhost:3001'), { status: 403, code: 'FORBIDDEN_ORIGIN', cors: undefined })
    t.equal((await attempt(app, 'http://127.0.0.1:3001')).status, 400, 'the own origin itself still is')
    const listed = await build(t, { ...production, CORS_ORIGINS: 'http://localhost:3001' })
    t.equal((await attempt(listed, 'http://localhost:3001')).status, 400, 'unless configured')
  })
})
