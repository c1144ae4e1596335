import t from 'tap'
import { contractProblems } from '../../contract.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, signUp } from '../../helper.js'

t.test('POST /api/auth/change-password', async (t) => {
  const app = await build(t)

  await t.test('→ 200 with the right current password; the new one signs in', async (t) => {
    const user = await signUp(app)
    const response = await app.inject({
      method: 'POST', url: '/api/auth/change-password', headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN },
      payload: { currentPassword: PASSWORD, newPassword: 'brand-new-password' },
    })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeChangePassword', response), [])
    t.equal(response.json().token, null)
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: 'brand-new-password' } })
    t.equal(signIn.statusCode, 200)
  })

  await t.test('→ with revokeOtherSessions, other sessions stop working and a new session replaces this one', async (t) => {
    const user = await signUp(app)
    const other = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    const response = await app.inject({
      method: 'POST', url: '/api/auth/change-password', headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN },
      payload: { currentPassword: PASSWORD, newPassword: 'brand-new-password', revokeOtherSessions: true },
    })
    t.equal(response.statusCode, 200)
    t.type(response.json().token, 'string')
    const otherSession = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: cookieHeader(other.headers['set-cookie']) } })
    t.same(otherSession.json(), { session: null, user: null })
    const current = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: cookieHeader(response.headers['set-cookie']) } })
    t.equal(current.json().user.id, user.userId)
  })

  await t.test('→ 400 INVALID_CREDENTIALS for a wrong current password, WEAK_PASSWORD for a short new one', async (t) => {
    const user = await signUp(app)
    const headers = { cookie: user.cookie, origin: FRONTEND_ORIGIN }
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/change-password', headers, payload: { currentPassword: 'not-my-password', newPassword: 'brand-new-password' } })
    t.equal(wrong.statusCode, 400)
    t.equal(wrong.json().code, 'INVALID_CREDENTIALS')
    t.same(contractProblems('nativeChangePassword', wrong), [])
    const weak = await app.inject({ method: 'POST', url: '/api/auth/change-password', headers, payload: { currentPassword: PASSWORD, newPassword: 'short' } })
    t.equal(weak.statusCode, 400)
    t.equal(weak.json().code, 'WEAK_PASSWORD')
  })
})
