import { Writable } from 'node:stream'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { cheapPasswordHasher, FRONTEND_ORIGIN, testConfig } from '../helper.js'
import { openTestDatabase } from '../pglite-lender.js'

t.test('the listening server answers a common preflight before Fastify sees it, with the answer Fastify would give', async (t) => {
  const lines: Array<{ reqId?: string; msg?: string }> = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as { reqId?: string })
      callback()
    },
  })
  const app = await buildApp(await testConfig(t), { logger: { level: 'info', stream }, purgeIntervalMs: 0, passwordHasher: cheapPasswordHasher, openDatabase: openTestDatabase })
  t.teardown(() => app.close())
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const preflight = (url: string, headers: Record<string, string>) => fetch(`${base}${url}`, {
    method: 'OPTIONS', headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type', ...headers },
  })
  const headersOf = (headers: Headers | Record<string, unknown>): Record<string, unknown> => {
    const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers)
    return Object.fromEntries(entries.filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)))
  }

  const early = await preflight('/api/auth/sign-in/email?x=1', { origin: FRONTEND_ORIGIN, 'x-request-id': 'early-1' })
  t.equal(early.status, 204)
  t.equal(await early.text(), '')
  const injected = await app.inject({
    method: 'OPTIONS', url: '/api/auth/sign-in/email?x=1',
    headers: { origin: FRONTEND_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type', 'x-request-id': 'early-1' },
  })
  t.same(headersOf(early.headers), headersOf(injected.headers), 'the same headers as the hook inside Fastify writes')
  t.equal(lines.filter((line) => line.reqId === 'early-1').length, 2, 'Fastify logged only the injected one (received, answered)')

  const generated = await preflight('/api/v1/health', { origin: FRONTEND_ORIGIN, 'x-request-id': 'not a token!' })
  t.match(generated.headers.get('x-request-id'), /^[0-9a-f-]{36}$/, 'an id that is not a plain token is replaced')

  const foreign = await preflight('/api/auth/sign-in/email', { origin: 'https://evil.example', 'x-request-id': 'foreign-1' })
  t.equal(foreign.headers.get('access-control-allow-origin'), null)
  const backendOnly = await preflight('/api/v1/sessions/introspect', { origin: FRONTEND_ORIGIN, 'x-request-id': 'backend-1' })
  t.equal(backendOnly.headers.get('access-control-allow-origin'), null, 'a path for backends gets no CORS headers')
  t.ok(lines.some((line) => line.reqId === 'foreign-1') && lines.some((line) => line.reqId === 'backend-1'), 'those took Fastify\'s pipeline')

  t.equal(app.server.keepAliveTimeout, 72_000, 'the server keeps Fastify\'s timeouts')
  t.equal(app.server.requestTimeout, 0)
})
