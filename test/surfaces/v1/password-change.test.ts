import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { listAuditEvents } from '../../../src/sessions/audit-event-repository.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { login, registerUser, V1 } from './v1-helper.js'

const NEW_PASSWORD = 'juniper-compass-harbor-3'

t.test('POST /api/v1/better-auth/change-password', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const change = (accessToken: string, payload: object) =>
    app.inject({ method: 'POST', url: `${V1}/change-password`, headers: { authorization: `Bearer ${accessToken}` }, payload })
  const me = (accessToken: string) => app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${accessToken}` } })
  const refresh = (refreshToken: string) => app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken } })

  /** The same account signed in three more ways: another v1 session, a cookie session, an /auth token. */
  async function otherSessions(email: string) {
    const v1 = await login(app, email)
    const native = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })
    const jwt = await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password: PASSWORD } })
    return { v1, nativeCookie: cookieHeader(native.headers['set-cookie']), jwtToken: jwt.json().token as string }
  }

  await t.test('→ 200; this session and its tokens go on, every other session of the account ends with its tokens', async (t) => {
    const user = await registerUser(app, mail)
    const others = await otherSessions(user.email)
    const response = await change(user.accessToken, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
    t.equal(response.statusCode, 200)
    t.same(response.json(), { success: true, message: 'Password changed' })

    t.equal((await me(user.accessToken)).statusCode, 200, 'the access token of this session still works')
    t.equal((await refresh(user.refreshToken)).statusCode, 200, 'and its refresh token')
    t.equal((await me(others.v1.accessToken)).statusCode, 401, "another session's access token ends")
    t.equal((await refresh(others.v1.refreshToken)).statusCode, 401, 'and its refresh token')
    t.same((await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: others.nativeCookie } })).json(), { session: null, user: null }, 'a cookie session ends')
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${others.jwtToken}` } })).statusCode, 401, 'an /auth token ends')

    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).statusCode, 401, 'the old password no longer signs in')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: NEW_PASSWORD } })).statusCode, 200, 'the new one does')
    const events = await listAuditEvents(app.db, { userId: user.user.id, type: 'password.changed' })
    t.equal(events.length, 1)
    t.same(events[0]?.detail, { scope: 'others' })
    t.equal(events[0]?.operation, 'v1ChangePassword')
  })

  await t.test('→ with revokeOtherSessions: false the other sessions go on', async (t) => {
    const user = await registerUser(app, mail)
    const others = await otherSessions(user.email)
    t.equal((await change(user.accessToken, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, revokeOtherSessions: false })).statusCode, 200)
    t.equal((await me(others.v1.accessToken)).statusCode, 200)
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${others.jwtToken}` } })).statusCode, 200)
  })

  await t.test('→ the session cookie alone (with its Origin) is enough', async (t) => {
    const user = await registerUser(app, mail)
    const response = await app.inject({
      method: 'POST', url: `${V1}/change-password`, headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN },
      payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    })
    t.equal(response.statusCode, 200)
  })

  await t.test('→ 401 INVALID_CREDENTIALS for a wrong current password; 400 WEAK_PASSWORD; 401 SESSION_EXPIRED without a session; nothing changes', async (t) => {
    const user = await registerUser(app, mail)
    const others = await otherSessions(user.email)
    const wrong = await change(user.accessToken, { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD })
    t.equal(wrong.statusCode, 401)
    t.equal(wrong.json().code, 'INVALID_CREDENTIALS')
    t.equal(wrong.json().message, 'Current password is incorrect')
    const weak = await change(user.accessToken, { currentPassword: PASSWORD, newPassword: 'short' })
    t.equal(weak.statusCode, 400)
    t.equal(weak.json().code, 'WEAK_PASSWORD')
    const tooLong = await change(user.accessToken, { currentPassword: PASSWORD, newPassword: 'x'.repeat(129) })
    t.equal(tooLong.json().code, 'WEAK_PASSWORD')
    const anonymous = await app.inject({ method: 'POST', url: `${V1}/change-password`, payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })
    t.equal(anonymous.statusCode, 401)
    t.equal(anonymous.json().code, 'SESSION_EXPIRED')
    t.equal((await me(others.v1.accessToken)).statusCode, 200, 'no session ended')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).statusCode, 200, 'the password is the same')
    t.equal((await listAuditEvents(app.db, { userId: user.user.id, type: 'password.changed' })).length, 0)
  })
})

t.test('POST /api/v1/better-auth/change-password: wrong current passwords count toward the account sign-in delay', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), RATE_LIMITS: 'on' })
  const user = await registerUser(app, mail)
  const change = (currentPassword: string) => app.inject({
    method: 'POST', url: `${V1}/change-password`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { currentPassword, newPassword: NEW_PASSWORD },
  })
  for (let attempt = 1; attempt <= 5; attempt += 1) t.equal((await change(`wrong-password-${attempt}`)).statusCode, 401, `wrong password ${attempt}: evaluated`)
  const delayed = await change(PASSWORD)
  t.equal(delayed.statusCode, 429, 'the sixth attempt waits, even with the right password')
  t.equal(delayed.json().code, 'RATE_LIMITED')
  t.ok(Number(delayed.headers['retry-after']) > 0, 'Retry-After')
  t.equal(delayed.headers['ratelimit-remaining'], '0')
  const signIn = await app.inject({ method: 'POST', url: '/auth/login', payload: { email: user.email, password: PASSWORD } })
  t.equal(signIn.statusCode, 429, 'a sign-in of the account waits too: one count')
})

t.test('POST /api/v1/better-auth/change-password: the right password clears the count', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), RATE_LIMITS: 'on' })
  const user = await registerUser(app, mail)
  const change = (currentPassword: string, newPassword = NEW_PASSWORD) => app.inject({
    method: 'POST', url: `${V1}/change-password`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { currentPassword, newPassword },
  })
  for (let attempt = 1; attempt <= 4; attempt += 1) t.equal((await change('wrong-password')).statusCode, 401)
  t.equal((await change(PASSWORD)).statusCode, 200)
  // An attempt is settled once its answer has gone out: wait for that, as a person would.
  await settled(app)
  for (let attempt = 1; attempt <= 4; attempt += 1) t.equal((await change('wrong-password')).statusCode, 401, `after the success, wrong password ${attempt} is evaluated`)
})

/** Until no counted attempt waits to be settled (the count is in the database when there is no Redis). */
async function settled(app: FastifyInstance): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    const waiting = await app.db.selectFrom('sign_in_throttle').select('key').where('pending', '>', 0).execute()
    if (waiting.length === 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('attempts still unsettled')
}
