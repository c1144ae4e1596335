import t from 'tap'
import { followingClock } from '../clock.js'
import { build, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'

// A JWT's verified signature is remembered (src/tokens/access-tokens.ts); what may change is not:
// its time and its session are looked at on every use.

t.test('GET v1 me → 401 once a remembered access token has expired', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = followingClock()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })
  const { accessToken } = await registerUser(app, mail)
  const headers = { authorization: `Bearer ${accessToken}` }
  for (let use = 0; use < 2; use += 1) t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers })).statusCode, 200, `use ${use + 1}`)
  clock.advance(15 * 60_000 + 1_000)
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers })).statusCode, 401, 'past its exp')
})

t.test('GET /auth/me → 401 on the request after logout, though the token was verified before', async (t) => {
  const app = await build(t)
  const signup = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: uniqueEmail('remembered'), password: PASSWORD, name: 'R' } })
  const headers = { authorization: `Bearer ${signup.json().token as string}` }
  for (let use = 0; use < 2; use += 1) t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers })).statusCode, 200, `use ${use + 1}`)
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers })).statusCode, 401, 'a remembered /auth token still opens only its own surface')
  t.equal((await app.inject({ method: 'POST', url: '/auth/logout', headers: { ...headers, origin: FRONTEND_ORIGIN } })).statusCode, 200)
  t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers })).statusCode, 401, 'its session is gone')
})
