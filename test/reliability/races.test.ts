import t from 'tap'
import { build, PASSWORD, uniqueEmail } from '../helper.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'

t.test('30 simultaneous sign-ups with one email make exactly one user and no 5xx', async (t) => {
  const app = await build(t)
  const email = uniqueEmail('race')
  const responses = await Promise.all(Array.from({ length: 30 }, (_, index) => app.inject({
    method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: `Racer ${index}` },
  })))
  const statuses = responses.map((response) => response.statusCode)
  t.equal(statuses.filter((status) => status === 200).length, 1, 'one sign-up wins')
  t.equal(statuses.filter((status) => status >= 500).length, 0, `no 5xx (${[...new Set(statuses)].join(', ')})`)
  for (const response of responses.filter((candidate) => candidate.statusCode !== 200)) {
    t.equal(response.json().code, 'EMAIL_ALREADY_EXISTS')
  }
  const users = await app.db.selectFrom('user').select('id').where('email', '=', email).execute()
  t.equal(users.length, 1)
})

t.test('a reset token used twice at once works once', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const email = uniqueEmail('reset-race')
  await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'A' } })
  await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email } })
  const token = new URL(firstLink((await mail.waitFor(email, /reset/i)).text)).pathname.split('/').pop()!
  const responses = await Promise.all(['first-new-password', 'second-new-password'].map((password) => app.inject({
    method: 'POST', url: '/api/auth/reset-password', payload: { token, password },
  })))
  t.same(responses.map((response) => response.statusCode).sort(), [200, 400])
  const winner = responses[0]!.statusCode === 200 ? 'first-new-password' : 'second-new-password'
  const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: winner } })
  t.equal(signIn.statusCode, 200, 'the password of the request that won is the one set')
})
