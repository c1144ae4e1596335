import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { contractProblems } from '../contract.js'
import { build, PASSWORD, signUp, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { unusedTotp } from '../totp.js'
import { registerUser, V1 } from './v1/v1-helper.js'

const METRICS_TOKEN = 'metrics-token-0123456789abcdef'

async function metricsText(app: FastifyInstance): Promise<string> {
  return (await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).body
}

t.test('GET /metrics', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { METRICS_TOKEN, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const post = (url: string, payload: object, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload, headers })
  const user = await signUp(app)
  await post('/api/auth/sign-in/email', { email: user.email, password: PASSWORD })
  await post('/api/auth/sign-in/email', { email: user.email, password: 'wrong-password' })
  await post('/auth/login', { email: user.email, password: PASSWORD })
  await post('/auth/login', { email: user.email, password: 'wrong-password' })
  // On the REST surface: a password, a wrong one, then a password that asks for the second factor, and the code.
  const v1 = await registerUser(app, mail)
  await post(`${V1}/login`, { email: v1.email, password: 'wrong-password' })
  const bearer = { authorization: `Bearer ${(await post(`${V1}/login`, { email: v1.email, password: PASSWORD })).json().accessToken}` }
  const { totpURI } = (await post(`${V1}/mfa/setup`, { password: PASSWORD }, bearer)).json()
  const spent = new Set<string>()
  await post(`${V1}/mfa/enable`, { code: unusedTotp(totpURI, spent) }, bearer)
  const { mfaToken } = (await post(`${V1}/login`, { email: v1.email, password: PASSWORD })).json()
  t.equal((await post(`${V1}/verify-mfa`, { mfaToken, code: unusedTotp(totpURI, spent) })).statusCode, 200)
  await app.inject({ method: 'GET', url: '/api/v1/health' })

  await t.test('→ sign-ins on every surface, by step and result', async (t) => {
    const body = await metricsText(app)
    const count = (labels: string): number => Number(new RegExp(`^auth_sign_ins_total\\{${labels}\\} (\\d+)$`, 'm').exec(body)?.[1] ?? 0)
    t.equal(count('surface="native",step="password",result="success"'), 1)
    t.equal(count('surface="native",step="password",result="failure"'), 1)
    t.equal(count('surface="jwt",step="password",result="success"'), 1)
    t.equal(count('surface="jwt",step="password",result="failure"'), 1)
    t.equal(count('surface="v1",step="password",result="success"'), 1)
    t.equal(count('surface="v1",step="password",result="failure"'), 1)
    t.equal(count('surface="v1",step="password",result="second_factor_required"'), 1)
    t.equal(count('surface="v1",step="second-factor",result="success"'), 1)
  })

  await t.test('→ 200 Prometheus text with requests, latency, sign-ins and the pool', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('serviceGetMetrics', response), [])
    t.match(response.headers['content-type'], /^text\/plain/)
    t.match(response.body, /http_requests_total\{route="\/api\/v1\/health",method="GET",status="200"\} 1/)
    t.match(response.body, /http_request_duration_seconds_bucket\{le="[\d.]+",route="\/api\/auth\/sign-in\/email"/)
    t.match(response.body, /auth_service_process_cpu_seconds_total/)
    if (app.database.kind === 'postgres') t.match(response.body, /db_pool_connections\{state="idle"\}/)
  })

  await t.test('→ 401 without the token or with a wrong one', async (t) => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${METRICS_TOKEN}`]) {
      const response = await app.inject({ method: 'GET', url: '/metrics', headers: authorization === undefined ? {} : { authorization } })
      t.equal(response.statusCode, 401)
      t.equal(response.json().code, 'UNAUTHORIZED')
      t.same(contractProblems('serviceGetMetrics', response), [])
    }
  })

  await t.test('→ 404 while METRICS_TOKEN is not set', async (t) => {
    const off = await build(t)
    const response = await off.inject({ method: 'GET', url: '/metrics' })
    t.equal(response.statusCode, 404)
    t.same(contractProblems('serviceGetMetrics', response), [])
  })
})

t.test('GET /metrics counts sign-in attempts refused by the per-account delay', async (t) => {
  const app = await build(t, { METRICS_TOKEN, RATE_LIMITS: 'on' })
  const email = uniqueEmail('sprayed')
  const statuses: number[] = []
  for (let attempt = 0; attempt < 6; attempt += 1) {
    statuses.push((await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password: 'wrong-password' } })).statusCode)
  }
  t.same(statuses, [401, 401, 401, 401, 401, 429])
  // A step is counted once its answer has left and the attempt is settled (onResponse), which
  // may be a moment after the client has read the answer.
  const counted = /^auth_sign_ins_total\{surface="jwt",step="password",result="failure"\} 5$/m
  let body = await metricsText(app)
  for (let wait = 0; wait < 50 && !counted.test(body); wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    body = await metricsText(app)
  }
  t.match(body, /^auth_sign_ins_total\{surface="jwt",step="password",result="failure"\} 5$/m)
  t.match(body, /^auth_sign_ins_total\{surface="jwt",step="password",result="rate_limited"\} 1$/m)
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
