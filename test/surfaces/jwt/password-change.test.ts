import t from 'tap'
import { listAuditEvents } from '../../../src/sessions/audit-event-repository.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../../helper.js'

const NEW_PASSWORD = 'Another-Secure-Pass-456'

t.test('POST /auth/change-password', async (t) => {
  const app = await build(t)
  const signup = async () => {
    const response = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: uniqueEmail('jwt-pw'), password: PASSWORD, name: 'Sam Lee' } })
    return { ...(response.json() as { token: string; user: { id: string; email: string } }), cookie: cookieHeader(response.headers['set-cookie']) }
  }
  const login = async (email: string, password = PASSWORD) => app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } })
  const me = (token: string) => app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${token}` } })
  const change = (token: string, payload: object) => app.inject({ method: 'POST', url: '/auth/change-password', headers: { authorization: `Bearer ${token}` }, payload })

  await t.test('→ 200; this token goes on, the tokens of every other session end; the new password signs in', async (t) => {
    const user = await signup()
    const other = (await login(user.user.email)).json().token as string
    const native = cookieHeader((await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.user.email, password: PASSWORD } })).headers['set-cookie'])
    const response = await change(user.token, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
    t.equal(response.statusCode, 200)
    t.same(response.json(), { success: true, message: 'Password changed' })
    t.equal((await me(user.token)).statusCode, 200, 'this token still works')
    t.equal((await me(other)).statusCode, 401, "another session's token ends")
    t.same((await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: native } })).json(), { session: null, user: null }, 'a cookie session ends')
    t.equal((await login(user.user.email)).statusCode, 401)
    t.equal((await login(user.user.email, NEW_PASSWORD)).statusCode, 200)
    t.same((await listAuditEvents(app.db, { userId: user.user.id, type: 'password.changed' })).map((event) => event.operation), ['jwtChangePassword'])
  })

  await t.test('→ the auth_token cookie (with its Origin) works as the bearer does; revokeOtherSessions: false keeps the others', async (t) => {
    const user = await signup()
    const other = (await login(user.user.email)).json().token as string
    const response = await app.inject({
      method: 'POST', url: '/auth/change-password', headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN },
      payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, revokeOtherSessions: false },
    })
    t.equal(response.statusCode, 200)
    t.equal((await me(other)).statusCode, 200)
  })

  await t.test('→ 401 for a wrong current password, 422 for a short new one, 401 without a token; FastAPI-style detail', async (t) => {
    const user = await signup()
    const wrong = await change(user.token, { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD })
    t.equal(wrong.statusCode, 401)
    t.same(wrong.json(), { detail: 'Current password is incorrect' })
    const weak = await change(user.token, { currentPassword: PASSWORD, newPassword: 'short' })
    t.equal(weak.statusCode, 422)
    t.match(weak.json().detail, [{ loc: ['body', 'newPassword'], type: 'string_too_short' }])
    const anonymous = await app.inject({ method: 'POST', url: '/auth/change-password', payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })
    t.equal(anonymous.statusCode, 401)
    t.same(anonymous.json(), { detail: 'Not authenticated' })
    t.equal((await login(user.user.email)).statusCode, 200, 'the password is the same')
  })
})
