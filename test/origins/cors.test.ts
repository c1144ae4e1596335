import type { InjectOptions } from 'fastify'
import t from 'tap'
import { build, FRONTEND_ORIGIN, PASSWORD, signUp, uniqueEmail } from '../helper.js'

const PREVIEW_ORIGIN = 'https://pr-abc123.preview.example.com'
const FOREIGN_ORIGIN = 'https://evil.example'

function list(header: string | string[] | number | undefined): string[] {
  return String(header ?? '').split(',').map((item) => item.trim().toLowerCase()).filter(Boolean)
}

// One app for every test below that needs no configuration of its own: CORS and the CSRF check keep no state.
const app = await build(t)

t.test('preflight on every API path, unknown ones included', async (t) => {
  const paths = ['/api/v1/better-auth/login', '/api/auth/sign-in/email', '/api/auth/get-session', '/auth/login', '/api/v1/health', '/api/v1/anything/unknown', '/auth/unknown']
  for (const origin of [FRONTEND_ORIGIN, PREVIEW_ORIGIN, 'http://localhost:3001']) {
    for (const url of paths) {
      const response = await app.inject({
        method: 'OPTIONS', url,
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'Content-Type,Authorization' },
      })
      t.equal(response.statusCode, 204, `${origin} ${url}`)
      t.equal(response.headers['access-control-allow-origin'], origin, 'the exact origin, never *')
      t.equal(response.headers['access-control-allow-credentials'], 'true')
      t.match(list(response.headers['access-control-allow-methods']), ['get', 'post', 'put', 'patch', 'delete', 'options'])
      for (const header of ['content-type', 'authorization', 'accept']) t.ok(list(response.headers['access-control-allow-headers']).includes(header), header)
      t.equal(response.headers['access-control-max-age'], '86400')
      t.ok(list(response.headers.vary).includes('origin'), 'Vary: Origin')
    }
  }
})

t.test('OPTIONS from an allowed origin → 204 with exactly the headers @fastify/cors writes, answered before the routes', async (t) => {
  const response = await app.inject({
    method: 'OPTIONS', url: '/api/auth/sign-in/email?x=1',
    headers: { origin: FRONTEND_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type', 'x-request-id': 'preflight-1' },
  })
  t.equal(response.statusCode, 204)
  t.equal(response.body, '')
  const { date: _date, connection: _connection, ...headers } = response.headers
  t.same(headers, {
    'x-request-id': 'preflight-1',
    vary: 'Origin',
    'access-control-allow-origin': FRONTEND_ORIGIN,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id, Set-Auth-Token',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': 'Content-Type, Authorization, Accept, X-Requested-With, Cache-Control',
    'access-control-max-age': '86400',
    'content-length': '0',
  }, 'nothing more, nothing less')
  const backendOnly = await app.inject({ method: 'OPTIONS', url: '/api/v1/sessions/introspect', headers: { origin: FRONTEND_ORIGIN, 'access-control-request-method': 'POST' } })
  t.notOk(backendOnly.headers['access-control-allow-origin'], 'a path for backends still gets none')
})

t.test('a foreign origin gets no CORS headers, and no look-alike passes', async (t) => {
  for (const origin of [FOREIGN_ORIGIN, 'https://pr-x.preview.example.com.evil.example', 'https://pr-a.b.preview.example.com', 'https://pr-x.vercel.app', 'null']) {
    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/auth/sign-in/email', headers: { origin, 'access-control-request-method': 'POST' } })
    t.notOk(preflight.headers['access-control-allow-origin'], `${origin}: no Allow-Origin on preflight`)
    t.notOk(preflight.headers['access-control-allow-credentials'])
    const get = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin } })
    t.notOk(get.headers['access-control-allow-origin'], `${origin}: none on a GET either`)
    const post = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { origin }, payload: { email: uniqueEmail(), password: PASSWORD, name: 'X' } })
    t.equal(post.statusCode, 403, `${origin}: its state-changing request is refused`)
    t.equal(post.json().code, 'FORBIDDEN_ORIGIN')
    const jwt = await app.inject({ method: 'POST', url: '/auth/login', headers: { origin }, payload: { email: uniqueEmail(), password: PASSWORD } })
    t.equal(jwt.statusCode, 403)
    t.type(jwt.json().detail, 'string', 'in the /auth shape')
  }
  const users = await app.db.selectFrom('user').select('id').execute()
  t.equal(users.length, 0, 'nothing was created')
})

t.test('every error answer to an allowed origin carries the CORS headers', async (t) => {
  const app = await build(t, { METRICS_TOKEN: 'metrics-token-0123456789abcdef' })
  const user = await signUp(app)
  const headers = { origin: FRONTEND_ORIGIN }
  const cases: Array<[number, InjectOptions]> = [
    [400, { method: 'POST', url: '/api/auth/sign-in/email', headers, payload: { email: user.email, password: 'wrong-password' } }],
    [401, { method: 'GET', url: '/api/auth/list-sessions', headers }],
    [401, { method: 'GET', url: '/auth/me', headers }],
    [404, { method: 'GET', url: '/api/v1/nowhere', headers }],
    [409, { method: 'POST', url: '/auth/signup', headers, payload: { email: user.email, password: PASSWORD, name: 'A' } }],
    [413, { method: 'POST', url: '/api/auth/sign-up/email', headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'x'.repeat(20_000) }) }],
    [415, { method: 'POST', url: '/api/auth/sign-up/email', headers: { ...headers, 'content-type': 'text/plain' }, payload: 'x' }],
    [422, { method: 'POST', url: '/auth/signup', headers, payload: { email: 'nope' } }],
  ]
  for (const [status, request] of cases) {
    const response = await app.inject(request)
    t.equal(response.statusCode, status, `${request.method} ${request.url}`)
    t.equal(response.headers['access-control-allow-origin'], FRONTEND_ORIGIN, `${status} keeps Allow-Origin`)
    t.equal(response.headers['access-control-allow-credentials'], 'true', `${status} keeps Allow-Credentials`)
  }

  const verified = await build(t, { REQUIRE_EMAIL_VERIFICATION: 'true' })
  const unverified = uniqueEmail()
  await verified.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: unverified, password: PASSWORD, name: 'U' } })
  const forbidden = await verified.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers, payload: { email: unverified, password: PASSWORD } })
  t.equal(forbidden.statusCode, 403)
  t.equal(forbidden.headers['access-control-allow-origin'], FRONTEND_ORIGIN, '403 keeps Allow-Origin')

  const limited = await build(t, { RATE_LIMITS: 'on' })
  let last
  for (let attempt = 0; attempt < 11; attempt += 1) last = await limited.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers, payload: { email: uniqueEmail(), password: 'wrong-password' } })
  t.equal(last!.statusCode, 429)
  t.equal(last!.headers['access-control-allow-origin'], FRONTEND_ORIGIN, '429 keeps Allow-Origin')

  const broken = await build(t)
  await broken.db.schema.dropTable('verification').execute()
  const failing = await broken.inject({ method: 'POST', url: '/api/auth/reset-password', headers, payload: { token: 'some-token', newPassword: PASSWORD } })
  t.equal(failing.statusCode, 500)
  t.equal(failing.headers['access-control-allow-origin'], FRONTEND_ORIGIN, '500 keeps Allow-Origin')

  const down = await build(t)
  await down.database.close()
  const unavailable = await down.inject({ method: 'GET', url: '/api/v1/health', headers })
  t.equal(unavailable.statusCode, 503)
  t.equal(unavailable.headers['access-control-allow-origin'], FRONTEND_ORIGIN, '503 keeps Allow-Origin')
})

t.test('the CSRF check: cookies need an allowed Origin or Referer on state-changing requests', async (t) => {
  const user = await signUp(app)
  const signOut = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: user.cookie, ...headers } })
  t.equal((await signOut({})).statusCode, 403, 'a cookie and no Origin or Referer')
  t.equal((await signOut({ origin: 'null' })).statusCode, 403, 'Origin: null (a sandboxed frame, a data: URL)')
  t.equal((await signOut({ referer: `${FOREIGN_ORIGIN}/page` })).statusCode, 403, 'a foreign Referer')
  t.equal((await signOut({ referer: 'not a url' })).statusCode, 403, 'a garbage Referer')
  const stillThere = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } })
  t.equal(stillThere.json().user.id, user.userId, 'none of them signed the user out')
  t.equal((await signOut({ referer: `${FRONTEND_ORIGIN}/account` })).statusCode, 200, 'an allowed Referer')
  const second = await signUp(app)
  const viaOrigin = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: second.cookie, origin: PREVIEW_ORIGIN } })
  t.equal(viaOrigin.statusCode, 200, 'an allowed preview origin')
  const read = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie, origin: FOREIGN_ORIGIN } })
  t.equal(read.statusCode, 200, 'reads are not state-changing: served, but without CORS headers the foreign page cannot read them')
  t.notOk(read.headers['access-control-allow-origin'])
})

t.test('requests without Origin and without cookies are served (curl, other backends, SDKs in Node)', async (t) => {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { 'sec-fetch-mode': 'cors' }, payload: { email: uniqueEmail(), password: PASSWORD, name: 'Node' } })
  t.equal(response.statusCode, 200)
  t.notOk(response.headers['access-control-allow-origin'])
})
