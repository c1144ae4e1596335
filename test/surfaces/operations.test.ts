import t from 'tap'
import { contractProblems } from '../contract.js'
import { build, PASSWORD, signUp } from '../helper.js'

const METRICS_TOKEN = 'metrics-token-0123456789abcdef'

t.test('GET /metrics', async (t) => {
  const app = await build(t, { METRICS_TOKEN })
  const user = await signUp(app)
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: 'wrong-password' } })
  await app.inject({ method: 'GET', url: '/api/v1/health' })

  await t.test('→ 200 Prometheus text with requests, latency, sign-ins and the pool', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('getMetrics', response), [])
    t.match(response.headers['content-type'], /^text\/plain/)
    t.match(response.body, /http_requests_total\{route="\/api\/v1\/health",method="GET",status="200"\} 1/)
    t.match(response.body, /http_request_duration_seconds_bucket\{le="[\d.]+",route="\/api\/auth\/sign-in\/email"/)
    t.match(response.body, /auth_sign_ins_total\{result="success"\} 1/)
    t.match(response.body, /auth_sign_ins_total\{result="failure"\} 1/)
    t.match(response.body, /auth_service_process_cpu_seconds_total/)
    if (app.database.kind === 'postgres') t.match(response.body, /db_pool_connections\{state="idle"\}/)
  })

  await t.test('→ 401 without the token or with a wrong one', async (t) => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${METRICS_TOKEN}`]) {
      const response = await app.inject({ method: 'GET', url: '/metrics', headers: authorization === undefined ? {} : { authorization } })
      t.equal(response.statusCode, 401)
      t.equal(response.json().code, 'UNAUTHORIZED')
      t.same(contractProblems('getMetrics', response), [])
    }
  })

  await t.test('→ 404 while METRICS_TOKEN is not set', async (t) => {
    const off = await build(t)
    const response = await off.inject({ method: 'GET', url: '/metrics' })
    t.equal(response.statusCode, 404)
    t.same(contractProblems('getMetrics', response), [])
  })
})

t.test('every answer carries a request id, which is also on its log lines', async (t) => {
  const app = await build(t)
  const generated = await app.inject({ method: 'GET', url: '/api/v1/health' })
  t.match(generated.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  const kept = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'trace-abc.123' } })
  t.equal(kept.headers['x-request-id'], 'trace-abc.123')
  const replaced = await app.inject({ method: 'GET', url: '/nowhere', headers: { 'x-request-id': 'bad id\nwith newline' } })
  t.match(replaced.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'an unsafe id is replaced')
  t.equal(replaced.statusCode, 404)
})
