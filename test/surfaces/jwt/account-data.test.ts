import t from 'tap'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../../helper.js'

t.test('DELETE /auth/account', async (t) => {
  const app = await build(t)
  const signup = async (): Promise<{ id: string; email: string; token: string; cookie: string }> => {
    const email = uniqueEmail('jwt-delete')
    const response = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email, password: PASSWORD, name: 'Jwt User' } })
    if (response.statusCode !== 200) throw new Error(`signup: ${response.body}`)
    return { id: response.json().user.id, email, token: response.json().token, cookie: cookieHeader(response.headers['set-cookie']) }
  }
  const exists = async (id: string): Promise<boolean> => (await app.db.selectFrom('user').select('id').where('id', '=', id).executeTakeFirst()) !== undefined

  await t.test('→ 200 with the bearer token and the password in a JSON body; the token then opens nothing', async (t) => {
    const user = await signup()
    const headers = { authorization: `Bearer ${user.token}` }
    const response = await app.inject({ method: 'DELETE', url: '/auth/account', headers, payload: { password: PASSWORD } })
    t.equal(response.statusCode, 200)
    t.same(response.json(), { success: true })
    t.ok(([] as string[]).concat(response.headers['set-cookie'] ?? []).some((cookie) => /^auth_token=;.*Max-Age=0/.test(cookie)), 'auth_token cleared')
    t.notOk(await exists(user.id))
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers })).statusCode, 401)
    t.equal((await app.inject({ method: 'POST', url: '/auth/login', payload: { email: user.email, password: PASSWORD } })).statusCode, 401, 'the password signs nothing in')
    t.equal((await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: user.email, password: PASSWORD, name: 'Again' } })).statusCode, 200, 'the address signs up again')
  })

  await t.test('→ 401 on a wrong password or without a token, 422 without a password; nothing deleted', async (t) => {
    const user = await signup()
    const headers = { authorization: `Bearer ${user.token}` }
    const wrong = await app.inject({ method: 'DELETE', url: '/auth/account', headers, payload: { password: 'not-the-password' } })
    t.equal(wrong.statusCode, 401)
    t.same(wrong.json(), { detail: 'Invalid password' })
    const anonymous = await app.inject({ method: 'DELETE', url: '/auth/account', payload: { password: PASSWORD } })
    t.equal(anonymous.statusCode, 401)
    t.same(anonymous.json(), { detail: 'Not authenticated' })
    const missing = await app.inject({ method: 'DELETE', url: '/auth/account', headers })
    t.equal(missing.statusCode, 422, 'no body')
    const noPassword = await app.inject({ method: 'DELETE', url: '/auth/account', headers, payload: {} })
    t.equal(noPassword.statusCode, 422)
    t.match(noPassword.json().detail, [{ loc: ['body', 'password'] }])
    t.ok(await exists(user.id))
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers })).statusCode, 200)
  })

  await t.test('with the auth_token cookie: 403 without an allowed Origin, 200 with one', async (t) => {
    const user = await signup()
    const forged = await app.inject({ method: 'DELETE', url: '/auth/account', headers: { cookie: user.cookie }, payload: { password: PASSWORD } })
    t.equal(forged.statusCode, 403)
    t.same(forged.json(), { detail: 'Origin not allowed' })
    const foreign = await app.inject({ method: 'DELETE', url: '/auth/account', headers: { cookie: user.cookie, origin: 'https://evil.example' }, payload: { password: PASSWORD } })
    t.equal(foreign.statusCode, 403)
    t.ok(await exists(user.id))
    const response = await app.inject({ method: 'DELETE', url: '/auth/account', headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN }, payload: { password: PASSWORD } })
    t.equal(response.statusCode, 200)
    t.notOk(await exists(user.id))
  })

  await t.test('a token of another surface is refused', async (t) => {
    const user = await signup()
    const native = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    const response = await app.inject({ method: 'DELETE', url: '/auth/account', headers: { authorization: `Bearer ${String(native.headers['set-auth-token'])}` }, payload: { password: PASSWORD } })
    t.equal(response.statusCode, 401)
    t.ok(await exists(user.id))
  })
})
