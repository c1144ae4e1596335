import t from 'tap'
import { contractProblems } from '../../contract.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, signUp } from '../../helper.js'

t.test('session endpoints', async (t) => {
  const app = await build(t)
  const user = await signUp(app)

  await t.test('GET /api/auth/get-session → the session and user with a cookie', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.cookie } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeGetSession', response), [])
    t.equal(response.json().user.id, user.userId)
    t.equal(response.json().session.token, user.token)
  })

  await t.test('GET /api/auth/get-session → null without a cookie (what useSession reads as signed out)', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/get-session' })
    t.equal(response.statusCode, 200)
    t.equal(response.body, 'null')
    t.same(contractProblems('nativeGetSession', response), [])
  })

  await t.test('GET /api/auth/session → { session, user }, or both null', async (t) => {
    const signedIn = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } })
    t.equal(signedIn.json().session.userId, user.userId)
    t.same(contractProblems('nativeGetSessionStatus', signedIn), [])
    const signedOut = await app.inject({ method: 'GET', url: '/api/auth/session' })
    t.same(signedOut.json(), { session: null, user: null })
    t.same(contractProblems('nativeGetSessionStatus', signedOut), [])
  })

  await t.test('a tampered cookie signature is no session', async (t) => {
    const [name, value] = user.cookie.split('=') as [string, string]
    const tampered = `${name}=${value.slice(0, -6)}AAAAAA`
    const response = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: tampered } })
    t.same(response.json(), { session: null, user: null })
  })

  await t.test('the raw token alone, without its signature, is no session', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `better-auth.session_token=${user.token}` } })
    t.same(response.json(), { session: null, user: null })
  })

  await t.test('an expiry is refreshed when the session is used more than a day after its last refresh', async (t) => {
    const soon = new Date(Date.now() + 5 * 86_400_000)
    await app.db.updateTable('session').set({ expires_at: soon }).where('token', '=', user.token).execute()
    const response = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.cookie } })
    t.ok(Date.parse(response.json().session.expiresAt) > Date.now() + 6.9 * 86_400_000, 'pushed back to 7 days')
    t.match(String(response.headers['set-cookie']), /better-auth\.session_token=.*Max-Age=604800/, 'and the cookie with it')
    const row = await app.db.selectFrom('session').select('expires_at').where('token', '=', user.token).executeTakeFirstOrThrow()
    t.ok(row.expires_at.getTime() > soon.getTime())
  })

  await t.test('an expired session is no session', async (t) => {
    const other = await signUp(app)
    await app.db.updateTable('session').set({ expires_at: new Date(Date.now() - 1000) }).where('token', '=', other.token).execute()
    const response = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: other.cookie } })
    t.same(response.json(), { session: null, user: null })
  })

  await t.test('the documented query of another backend finds the session by its token', async (t) => {
    const { rows } = await (await import('kysely')).sql<{ user_id: string; expires_at: Date }>`SELECT user_id, expires_at FROM session WHERE token = ${user.token}`.execute(app.db)
    t.equal(rows[0]?.user_id, user.userId)
    t.ok(rows[0]!.expires_at.getTime() > Date.now())
    const cookieValue = decodeURIComponent(user.cookie.split('=').slice(1).join('='))
    t.equal(cookieValue.slice(0, cookieValue.lastIndexOf('.')), user.token, 'the cookie value is <token>.<signature>')
  })

  await t.test('list, revoke one, revoke the others', async (t) => {
    const second = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    const third = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    const secondToken = second.json().token as string
    const thirdCookie = cookieHeader(third.headers['set-cookie'])
    const headers = { cookie: user.cookie, origin: FRONTEND_ORIGIN }

    const listed = await app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers })
    t.equal(listed.statusCode, 200)
    t.same(contractProblems('nativeListSessions', listed), [])
    t.equal(listed.json().length, 3)

    const revoked = await app.inject({ method: 'POST', url: '/api/auth/revoke-session', headers, payload: { token: secondToken } })
    t.equal(revoked.statusCode, 200)
    t.same(contractProblems('nativeRevokeSession', revoked), [])
    const afterOne = await app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers })
    t.equal(afterOne.json().length, 2)

    const others = await app.inject({ method: 'POST', url: '/api/auth/revoke-other-sessions', headers })
    t.equal(others.statusCode, 200)
    t.same(contractProblems('nativeRevokeOtherSessions', others), [])
    const gone = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: thirdCookie } })
    t.same(gone.json(), { session: null, user: null }, 'the other session no longer works')
    const kept = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } })
    t.equal(kept.json().user.id, user.userId, 'the current one does')
  })

  await t.test('→ 401 SESSION_EXPIRED without a session', async (t) => {
    for (const [operationId, method, url] of [
      ['nativeListSessions', 'GET', '/api/auth/list-sessions'],
      ['nativeRevokeSession', 'POST', '/api/auth/revoke-session'],
      ['nativeRevokeOtherSessions', 'POST', '/api/auth/revoke-other-sessions'],
      ['nativeChangePassword', 'POST', '/api/auth/change-password'],
    ] as const) {
      const payload = operationId === 'nativeRevokeSession' ? { token: 'x' } : operationId === 'nativeChangePassword' ? { currentPassword: PASSWORD, newPassword: 'another-password' } : undefined
      const response = await app.inject({ method, url, ...(payload === undefined ? {} : { payload }) })
      t.equal(response.statusCode, 401, operationId)
      t.equal(response.json().code, 'SESSION_EXPIRED')
      t.same(contractProblems(operationId, response), [])
    }
  })
})
