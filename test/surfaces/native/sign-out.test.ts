import t from 'tap'
import { contractProblems } from '../../contract.js'
import { build, FRONTEND_ORIGIN, signUp } from '../../helper.js'

t.test('POST /api/auth/sign-out', async (t) => {
  const app = await build(t)

  await t.test('→ 200 { success: true }, the session row deleted and the cookie cleared', async (t) => {
    const user = await signUp(app)
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeSignOut', response), [])
    t.equal(response.json().success, true)
    t.match(String(response.headers['set-cookie']), /better-auth\.session_token=;.*Max-Age=0/)
    const row = await app.db.selectFrom('session').select('id').where('token', '=', user.token).executeTakeFirst()
    t.equal(row, undefined, 'the session row is gone')
    const after = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } })
    t.same(after.json(), { session: null, user: null }, 'the old cookie no longer works')
  })

  await t.test('→ 200 with an empty JSON body, and without any session', async (t) => {
    const empty = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { 'content-type': 'application/json' }, payload: '' })
    t.equal(empty.statusCode, 200)
    const none = await app.inject({ method: 'POST', url: '/api/auth/sign-out' })
    t.equal(none.statusCode, 200)
    t.same(contractProblems('nativeSignOut', none), [])
  })

  await t.test('→ 200 with the SDK\'s {} body and unknown fields', async (t) => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-out', payload: { callbackURL: '/bye' } })
    t.equal(response.statusCode, 200)
  })
})
