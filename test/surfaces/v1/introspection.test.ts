import t from 'tap'
import { build, FRONTEND_ORIGIN, signUp } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { registerUser, V1 } from './v1-helper.js'

const SECRET = 'introspection-secret-0123456789abcdef0123'

t.test('POST /api/v1/sessions/introspect', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), INTROSPECTION_SECRET: SECRET })
  const introspect = (token: string, authorization = `Bearer ${SECRET}`) =>
    app.inject({ method: 'POST', url: '/api/v1/sessions/introspect', headers: { authorization }, payload: { token } })

  await t.test('→ active for a live access token and a live session token (raw or as in the cookie)', async (t) => {
    const user = await registerUser(app, mail)
    const access = await introspect(user.accessToken)
    t.equal(access.statusCode, 200)
    t.match(access.json(), { active: true, sub: user.user.id, sid: String, exp: Number, token_type: 'access_token' })
    const session = await signUp(app)
    const raw = await introspect(session.token)
    t.match(raw.json(), { active: true, sub: session.userId, token_type: 'session_token' })
    const signed = await introspect(decodeURIComponent(session.cookie.split('=').slice(1).join('=')))
    t.equal(signed.json().active, true)
  })

  await t.test('→ { active: false } and nothing more for every failure, refresh tokens included', async (t) => {
    const user = await registerUser(app, mail)
    const session = await signUp(app)
    const tampered = `${session.token.slice(0, -1)}${session.token.endsWith('A') ? 'B' : 'A'}.forged-signature`
    for (const token of ['nope', user.refreshToken, `${user.accessToken.slice(0, -4)}AAAA`, tampered]) {
      const response = await introspect(token)
      t.equal(response.statusCode, 200)
      t.same(response.json(), { active: false })
    }
    await app.inject({ method: 'POST', url: `${V1}/logout`, headers: { authorization: `Bearer ${user.accessToken}` } })
    t.same((await introspect(user.accessToken)).json(), { active: false }, 'a logged-out access token')
  })

  await t.test('→ 401 without the client secret; no CORS headers, even for an allowed origin', async (t) => {
    const session = await signUp(app)
    for (const authorization of ['', 'Bearer wrong', `Basic ${SECRET}`]) {
      const response = await introspect(session.token, authorization)
      t.equal(response.statusCode, 401)
      t.equal(response.json().code, 'UNAUTHORIZED')
    }
    const fromBrowser = await app.inject({ method: 'POST', url: '/api/v1/sessions/introspect', headers: { authorization: `Bearer ${SECRET}`, origin: FRONTEND_ORIGIN }, payload: { token: session.token } })
    t.notOk(fromBrowser.headers['access-control-allow-origin'])
    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/v1/sessions/introspect', headers: { origin: FRONTEND_ORIGIN, 'access-control-request-method': 'POST' } })
    t.notOk(preflight.headers['access-control-allow-origin'], 'nor on its preflight')
  })

  await t.test('→ 401 when no INTROSPECTION_SECRET is configured', async (t) => {
    const closed = await build(t)
    const response = await closed.inject({ method: 'POST', url: '/api/v1/sessions/introspect', headers: { authorization: 'Bearer anything' }, payload: { token: 'x' } })
    t.equal(response.statusCode, 401)
  })
})
