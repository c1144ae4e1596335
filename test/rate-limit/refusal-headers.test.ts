import t from 'tap'
import { build, PASSWORD, signUp } from '../helper.js'

/**
 * A 429 speaks for the limit that refused it. The per-IP limit counts every answer; when the
 * per-account sign-in delay refuses, its RateLimit-* say so (0 left, its own budget and wait),
 * not the per-IP numbers that let the attempt through.
 */
t.test('a sign-in refused by the per-account delay says RateLimit-Remaining: 0 for that limit', async (t) => {
  const app = await build(t, { RATE_LIMITS: 'on' })
  const { email } = await signUp(app)
  const answers = []
  for (let attempt = 0; attempt < 6; attempt += 1) {
    answers.push(await app.inject({ method: 'POST', url: '/api/v1/better-auth/login', payload: { email, password: 'wrong-password' } }))
  }
  t.same(answers.map((answer) => answer.statusCode), [401, 401, 401, 401, 401, 429])
  const [first] = answers
  t.equal(first!.headers['ratelimit-limit'], '10', 'an ordinary answer: the per-IP limit')
  t.equal(first!.headers['ratelimit-remaining'], '9')
  const refused = answers[5]!
  t.equal(refused.json().code, 'RATE_LIMITED')
  t.equal(refused.headers['ratelimit-remaining'], '0', 'nothing left of the limit that refused')
  t.equal(refused.headers['ratelimit-limit'], '5', 'five failed sign-ins per account')
  t.equal(refused.headers['ratelimit-reset'], refused.headers['retry-after'], 'and its wait')
  t.ok(Number(refused.headers['retry-after']) > 0)
  const right = await app.inject({ method: 'POST', url: '/api/v1/better-auth/login', payload: { email, password: PASSWORD } })
  t.equal(right.statusCode, 429, 'the delay holds for the right password too')
  t.equal(right.headers['ratelimit-remaining'], '0')
})
