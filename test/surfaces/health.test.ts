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

t.test('health answers while sign-ins are hashing passwords: hashing does not hold the event loop', async (t) => {
  // Sign-ins at the service's real scrypt cost. How fast health answers under that load is measured
  // by `npm run bench` (health p99 during sign-ins); here, only the order: every health check sent
  // while sign-ins are hashing answers before they do, which a hash on the event loop would prevent.
  const { app, url } = await listen(t, {}, { passwordHasher: scryptPasswordHasher })
  const user = await signUp(app)
  for (let round = 0; round < 3; round += 1) {
    const finished: string[] = []
    const signIns = Array.from({ length: 4 }, async () => {
      const response = await fetch(`${url}/api/auth/sign-in/email`, {
        method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' }, body: JSON.stringify({ email: user.email, password: PASSWORD }),
      })
      await response.arrayBuffer()
      finished.push('sign-in')
    })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const health = await fetch(`${url}/api/v1/health`)
    finished.push('health')
    t.equal(health.status, 200)
    await Promise.all(signIns)
    t.equal(finished.indexOf('health'), 0, `round ${round + 1}: health answered before any of the 4 sign-ins (${finished.join(', ')})`)
  }
})
