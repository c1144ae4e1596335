import t from 'tap'
import { contractProblems } from '../contract.js'
import { scryptPasswordHasher } from '../../src/auth/password-hasher.js'
import { build, listen, PASSWORD, signUp } from '../helper.js'

t.test('GET /api/v1/health', async (t) => {
  const app = await build(t)

  await t.test('→ 200 with the database up', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('serviceGetHealth', response), [])
    t.equal(response.json().status, 'ok')
    t.equal(response.json().database, 'up')
  })

  await t.test('HEAD → 200 without a body (curl -I)', async (t) => {
    const response = await app.inject({ method: 'HEAD', url: '/api/v1/health' })
    t.equal(response.statusCode, 200)
    t.equal(response.body, '')
  })

  await t.test('→ 503 within a few seconds when the database does not answer', async (t) => {
    const broken = await build(t)
    await broken.database.close()
    const started = Date.now()
    const response = await broken.inject({ method: 'GET', url: '/api/v1/health' })
    t.ok(Date.now() - started < 3_000)
    t.equal(response.statusCode, 503)
    t.same(contractProblems('serviceGetHealth', response), [])
    t.equal(response.json().database, 'down')
    t.equal(response.headers['retry-after'], '5')
    const head = await broken.inject({ method: 'HEAD', url: '/api/v1/health' })
    t.equal(head.statusCode, 503)
  })
})

t.test('the service answers while sign-ins are hashing passwords: hashing does not hold the event loop', async (t) => {
  // Sign-ins at the service's real scrypt cost. How fast health answers under that load is measured
  // by `npm run bench` (health p99 during sign-ins); here, only the order: a request sent while
  // four sign-ins are hashing answers before they do, which a hash on the event loop would prevent.
  // The request is a CORS preflight, answered without the database (on PGlite, one connection, a
  // health check may queue behind a sign-in's transaction). A loaded machine may reorder one round.
  const { app, url } = await listen(t, {}, { passwordHasher: scryptPasswordHasher })
  const user = await signUp(app)
  const preflight = async (): Promise<Response> => fetch(`${url}/api/auth/sign-in/email`, {
    method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  })
  t.equal((await preflight()).status, 204, 'a preflight is answered')
  const orders: string[] = []
  for (let round = 0; round < 3; round += 1) {
    const finished: string[] = []
    const signIns = Array.from({ length: 4 }, async () => {
      const response = await fetch(`${url}/api/auth/sign-in/email`, {
        method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' }, body: JSON.stringify({ email: user.email, password: PASSWORD }),
      })
      t.equal(response.status, 200)
      await response.arrayBuffer()
      finished.push('sign-in')
    })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await preflight()
    finished.push('preflight')
    await Promise.all(signIns)
    orders.push(finished.join(', '))
  }
  const first = orders.filter((order) => order.startsWith('preflight')).length
  t.ok(first >= 2, `the preflight answered before every sign-in in ${first} of 3 rounds (${orders.join(' | ')})`)
})
