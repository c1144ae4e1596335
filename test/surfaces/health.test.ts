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

t.test('health answers promptly while sign-ins are hashing passwords', async (t) => {
  // Sign-ins at the service's real scrypt cost: that is the load under test.
  const { app, url } = await listen(t, {}, { passwordHasher: scryptPasswordHasher })
  const user = await signUp(app)
  let hashing = true
  const signIns = (async () => {
    const started = Date.now()
    while (Date.now() - started < 2_500) {
      await Promise.all(Array.from({ length: 4 }, () => fetch(`${url}/api/auth/sign-in/email`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: PASSWORD }),
      })))
    }
    hashing = false
  })()
  const latencies: number[] = []
  await new Promise((resolve) => setTimeout(resolve, 300))
  while (hashing) {
    const started = performance.now()
    const response = await fetch(`${url}/api/v1/health`)
    latencies.push(performance.now() - started)
    t.equal(response.status, 200)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await signIns
  latencies.sort((a, b) => a - b)
  const worst = latencies[latencies.length - 1]!
  t.ok(latencies.length > 10, `${latencies.length} health checks during the sign-ins`)
  t.ok(worst < 500, `slowest health answer ${worst.toFixed(1)} ms (median ${latencies[latencies.length >> 1]!.toFixed(1)} ms): hashing does not block the event loop`)
})
