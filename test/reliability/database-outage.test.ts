import t from 'tap'
import { contractProblems } from '../contract.js'
import { build, createPostgresDatabase, PASSWORD, postgresServer, signUp, uniqueEmail } from '../helper.js'
import { startTcpProxy } from '../tcp-proxy.js'

const server = await postgresServer()

t.test('a database outage answers 503 promptly, and the service recovers without a restart', {
  skip: server === undefined ? 'needs PostgreSQL (127.0.0.1:5432 or DATABASE_URL)' : false,
}, async (t) => {
  const database = new URL(await createPostgresDatabase(t, server!))
  const proxy = await startTcpProxy(t, Number(database.port || 5432), database.hostname)
  database.host = `127.0.0.1:${proxy.port}`
  const app = await build(t, { DATABASE_URL: database.toString() })
  const user = await signUp(app)

  // Cut while the sign-up's background work may still hold a connection: that must not crash anything.
  proxy.cut()
  const requests = [
    { operationId: 'serviceGetHealth', method: 'GET', url: '/api/v1/health' },
    { operationId: 'nativeSignInEmail', method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } },
    { operationId: 'nativeSignUpEmail', method: 'POST', url: '/api/auth/sign-up/email', payload: { email: uniqueEmail(), password: PASSWORD, name: 'A' } },
    { operationId: 'nativeGetSessionStatus', method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } },
    // (forgot-password is not here: it answers before any database work, so it says nothing of an outage.)
    { operationId: 'nativeResetPassword', method: 'POST', url: '/api/auth/reset-password', payload: { token: 'some-token', newPassword: PASSWORD } },
  ] as const
  for (const request of requests) {
    const started = Date.now()
    const response = await app.inject({ ...request } as never)
    const elapsed = Date.now() - started
    t.equal(response.statusCode, 503, `${request.operationId} → 503`)
    t.ok(elapsed < 5_000, `${request.operationId} answered in ${elapsed} ms`)
    t.ok(response.headers['retry-after'], 'with Retry-After')
    t.same(contractProblems(request.operationId, response), [])
    if (request.operationId !== 'serviceGetHealth') t.equal(response.json().code, 'SERVICE_UNAVAILABLE')
  }

  proxy.restore()
  let recovered = false
  for (let attempt = 0; attempt < 50 && !recovered; attempt += 1) {
    recovered = (await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode === 200
    if (!recovered) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.ok(recovered, 'health is back')
  const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } })
  t.equal(session.json().user.id, user.userId, 'sessions work again')
  const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
  t.equal(signIn.statusCode, 200, 'and sign-ins')
})
