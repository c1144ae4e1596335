import { createRemoteJWKSet, jwtVerify } from 'jose'
import t from 'tap'
import { countLiveRefreshTokens } from '../../../src/sessions/refresh-token-repository.js'
import { testClock } from '../../clock.js'
import { build, countPasswordHashes, failedSignInHashes, FRONTEND_ORIGIN, listen, PASSWORD, uniqueEmail } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { login, registerUser, V1 } from './v1-helper.js'

t.test('sign-in, access and refresh tokens', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = testClock()
  const hashes = countPasswordHashes()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), REFRESH_REUSE_INTERVAL: '2' }, { clock, passwordHasher: hashes.hasher })

  await t.test('POST /login → 200 { user, accessToken, refreshToken, expiresIn, tokenType }, no-store, cookies', async (t) => {
    const user = await registerUser(app, mail)
    const response = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
    t.equal(response.statusCode, 200)
    t.match(response.json(), { user: { email: user.email }, accessToken: String, refreshToken: String, expiresIn: 900, tokenType: 'Bearer' })
    t.equal(response.headers['cache-control'], 'no-store')
    const claims = JSON.parse(Buffer.from(response.json().accessToken.split('.')[1], 'base64url').toString())
    t.same(Object.keys(claims).sort(), ['aud', 'exp', 'iat', 'iss', 'jti', 'sid', 'sub'])
    t.equal(claims.aud, 'http://localhost:3001/api/v1')
    t.ok(claims.exp - claims.iat <= 900 && claims.exp - claims.iat >= 899, 'fifteen minutes')
  })

  await t.test('POST /login → 401 on an unknown email costs a password hash, like a wrong password', async (t) => {
    const user = await registerUser(app, mail)
    const { known, unknown } = await failedSignInHashes(app, hashes, `${V1}/login`, { known: user.email, unknown: uniqueEmail('nobody') })
    t.equal(known, 1, 'a wrong password costs one scrypt')
    t.equal(unknown, known, 'and so does an unknown email')
  })

  await t.test('POST /login → the same 401 INVALID_CREDENTIALS for a wrong password and an unknown email', async (t) => {
    const user = await registerUser(app, mail)
    const wrong = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: 'wrong-password' } })
    const unknown = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: uniqueEmail('nobody'), password: 'wrong-password' } })
    t.equal(wrong.statusCode, 401)
    t.equal(wrong.json().code, 'INVALID_CREDENTIALS')
    t.equal(wrong.body, unknown.body)
  })

  await t.test('GET /me → the user, by bearer access token or by session cookie', async (t) => {
    const user = await registerUser(app, mail)
    const byBearer = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.accessToken}` } })
    t.equal(byBearer.statusCode, 200)
    t.equal(byBearer.json().user.email, user.email)
    const byCookie = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { cookie: user.cookie } })
    t.equal(byCookie.json().user.email, user.email)
    const none = await app.inject({ method: 'GET', url: `${V1}/me` })
    t.equal(none.statusCode, 401)
    t.equal(none.json().code, 'SESSION_EXPIRED')
    const forged = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.accessToken.slice(0, -3)}abc` } })
    t.equal(forged.statusCode, 401)
  })

  await t.test('POST /refresh-token → a new pair; the old refresh token within the interval answers the same next one', async (t) => {
    const user = await registerUser(app, mail)
    const first = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.refreshToken } })
    t.equal(first.statusCode, 200)
    t.not(first.json().refreshToken, user.refreshToken)
    t.equal(first.headers['cache-control'], 'no-store')
    const again = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.refreshToken } })
    t.equal(again.statusCode, 200, 'a second tab refreshing at once')
    t.equal(again.json().refreshToken, first.json().refreshToken, 'gets the same next token: the family does not fork')
    const me = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${again.json().accessToken}` } })
    t.equal(me.statusCode, 200)
    const second = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: first.json().refreshToken } })
    t.equal(second.statusCode, 200, 'the next one rotates on')
  })

  await t.test('POST /refresh-token → from the HttpOnly cookie too', async (t) => {
    const user = await registerUser(app, mail)
    const response = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN } })
    t.equal(response.statusCode, 200)
    t.match(String(response.headers['set-cookie']), /better-auth\.refresh_token=/)
  })

  await t.test('a rotated refresh token presented after the interval revokes its whole family', async (t) => {
    const user = await registerUser(app, mail)
    const next = (await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.refreshToken } })).json()
    clock.advance(2_001)
    const stolen = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.refreshToken } })
    t.equal(stolen.statusCode, 401)
    t.equal(stolen.json().code, 'TOKEN_REUSED')
    const legitimate = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: next.refreshToken } })
    t.equal(legitimate.statusCode, 401, 'the thief\'s and the owner\'s newest token both stop')
    const me = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${next.accessToken}` } })
    t.equal(me.statusCode, 401, 'and so does the session behind them')
  })

  await t.test('20 concurrent refreshes of one token leave exactly one live child', async (t) => {
    const user = await registerUser(app, mail)
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.refreshToken } })))
    t.same([...new Set(responses.map((response) => response.statusCode))], [200], 'all succeed')
    t.equal(new Set(responses.map((response) => response.json().refreshToken)).size, 1, 'all with the same next token')
    t.equal(await countLiveRefreshTokens(app.db, user.refreshToken), 1, 'one live token in the family')
  })

  await t.test('POST /refresh-token → 401 for an unknown, garbage or missing token', async (t) => {
    for (const payload of [{ refreshToken: 'unknown-token' }, {}]) {
      const response = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload })
      t.equal(response.statusCode, 401)
      t.equal(response.json().code, 'SESSION_EXPIRED')
    }
  })

  await t.test('POST /logout → the session, its access tokens and its refresh tokens stop; cookies cleared', async (t) => {
    const user = await registerUser(app, mail)
    const response = await app.inject({ method: 'POST', url: `${V1}/logout`, headers: { authorization: `Bearer ${user.accessToken}` } })
    t.equal(response.statusCode, 200)
    t.match(String(response.headers['set-cookie']), /better-auth\.session_token=;.*Max-Age=0/)
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.accessToken}` } })).statusCode, 401)
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { cookie: user.cookie } })).statusCode, 401)
    t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.refreshToken } })).statusCode, 401)
    const anonymous = await app.inject({ method: 'POST', url: `${V1}/logout` })
    t.equal(anonymous.statusCode, 200, 'logging out without a session is fine')
  })

  await t.test('a password reset revokes every session and refresh token of the user', async (t) => {
    const user = await registerUser(app, mail)
    const other = await login(app, user.email)
    await app.inject({ method: 'POST', url: `${V1}/request-password-reset`, payload: { email: user.email } })
    const token = new URL(/https?:\/\/\S+/.exec((await mail.waitFor(user.email, /reset/i)).text)![0]).pathname.split('/').pop()!
    const reset = await app.inject({ method: 'POST', url: `${V1}/reset-password`, payload: { token, password: 'a-brand-new-password' } })
    t.equal(reset.statusCode, 200)
    for (const tokens of [user, other]) {
      t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${tokens.accessToken}` } })).statusCode, 401)
      t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: tokens.refreshToken } })).statusCode, 401)
    }
    const again = await app.inject({ method: 'POST', url: `${V1}/reset-password`, payload: { token, password: 'another-new-password' } })
    t.equal(again.statusCode, 400)
    t.equal(again.json().code, 'INVALID_TOKEN')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: 'a-brand-new-password' } })).statusCode, 200)
  })

  await t.test('request-password-reset answers the same for an unknown email', async (t) => {
    const user = await registerUser(app, mail)
    const known = await app.inject({ method: 'POST', url: `${V1}/request-password-reset`, payload: { email: user.email } })
    const unknown = await app.inject({ method: 'POST', url: `${V1}/request-password-reset`, payload: { email: uniqueEmail('nobody') } })
    t.equal(known.statusCode, 200)
    t.equal(known.body, unknown.body)
  })
})

t.test('an access token verifies with a stock JWT library against the published JWKS', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const user = await registerUser(app, mail)
  const { payload } = await jwtVerify(user.accessToken, createRemoteJWKSet(new URL(`${url}/.well-known/jwks.json`)), {
    issuer: 'http://localhost:3001', audience: 'http://localhost:3001/api/v1', algorithms: ['EdDSA'], typ: 'at+jwt',
  })
  t.equal(payload.sub, user.user.id)
  t.type(payload.sid, 'string')
})
