import { createAuthClient } from 'better-auth/client'
import makeFetchCookie from 'fetch-cookie'
import t from 'tap'
import { CookieJar } from 'tough-cookie'
import { build, FRONTEND_ORIGIN, listen, PASSWORD, signUp, uniqueEmail } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { userWithMfa } from '../../account/account-helper.js'

t.test('POST /api/auth/delete-user with the official better-auth/client', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const jar = new CookieJar()
  const client = createAuthClient({
    baseURL: `${url}/api/auth`,
    fetchOptions: { customFetchImpl: makeFetchCookie(fetch, jar), headers: { origin: FRONTEND_ORIGIN } },
  })
  const email = uniqueEmail('delete-sdk')
  const signedUp = await client.signUp.email({ email, password: PASSWORD, name: 'To Be Deleted' })
  t.equal(signedUp.error, null)
  const userId = signedUp.data!.user.id

  const wrong = await client.deleteUser({ password: 'not-the-password' })
  t.equal(wrong.error?.status, 400)
  t.equal(wrong.error?.code, 'INVALID_CREDENTIALS', 'the SDK reads the mirrored code')
  t.equal((await client.getSession()).data?.user.id, userId, 'still signed in')

  const withoutPassword = await client.deleteUser({})
  t.equal(withoutPassword.error?.status, 400, 'a fresh session alone is not enough')
  t.equal(withoutPassword.error?.code, 'VALIDATION_ERROR')

  const deleted = await client.deleteUser({ password: PASSWORD })
  t.equal(deleted.error, null)
  t.same(deleted.data, { success: true, message: 'User deleted' })
  t.notOk((await jar.getCookies(url)).some((cookie) => cookie.key === 'better-auth.session_token'), 'the session cookie is gone from the jar')
  t.equal((await client.getSession()).data, null)
  t.notOk(await app.db.selectFrom('user').select('id').where('id', '=', userId).executeTakeFirst())
  t.match((await mail.waitFor(email, /deleted/i)).subject, /your account was deleted/i)

  const again = await client.signUp.email({ email, password: PASSWORD, name: 'Back Again' })
  t.equal(again.error, null, 'the address signs up again')
  t.not(again.data?.user.id, userId)
})

t.test('POST /api/auth/delete-user over HTTP', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  await t.test('with the bearer session token: no Origin needed; the token then opens nothing', async (t) => {
    const signedUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: uniqueEmail(), password: PASSWORD, name: 'Bearer' } })
    const bearer = `Bearer ${String(signedUp.headers['set-auth-token'])}`
    const response = await app.inject({ method: 'POST', url: '/api/auth/delete-user', headers: { authorization: bearer }, payload: { password: PASSWORD, callbackURL: '/ignored', token: 'ignored' } })
    t.equal(response.statusCode, 200)
    t.same(response.json(), { success: true, message: 'User deleted' })
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { authorization: bearer } })).json(), null)
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/account/export', headers: { authorization: bearer } })).statusCode, 401)
  })

  await t.test('→ 401 SESSION_EXPIRED signed out; 403 with a cookie and no Origin', async (t) => {
    const anonymous = await app.inject({ method: 'POST', url: '/api/auth/delete-user', payload: { password: PASSWORD } })
    t.equal(anonymous.statusCode, 401)
    t.equal(anonymous.json().code, 'SESSION_EXPIRED')
    const user = await signUp(app)
    const forged = await app.inject({ method: 'POST', url: '/api/auth/delete-user', headers: { cookie: user.cookie }, payload: { password: PASSWORD } })
    t.equal(forged.statusCode, 403)
    t.ok(await app.db.selectFrom('user').select('id').where('id', '=', user.userId).executeTakeFirst())
  })

  await t.test('an account with MFA: MFA_REQUIRED without a code, INVALID_MFA_CODE with a wrong one, deleted with a TOTP code', async (t) => {
    const user = await userWithMfa(app, mail)
    const code = user.code()
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    t.equal(signIn.json().twoFactorRedirect, true)
    // The v1 session's cookie, the way a browser that signed in on v1 would present it.
    const v1Login = await app.inject({ method: 'POST', url: '/api/v1/better-auth/login', payload: { email: user.email, password: PASSWORD } })
    const verified = await app.inject({ method: 'POST', url: '/api/v1/better-auth/verify-mfa', payload: { mfaToken: v1Login.json().mfaToken, code } })
    const cookie = String(([] as string[]).concat(verified.headers['set-cookie'] ?? []).find((value) => value.startsWith('better-auth.session_token='))).split(';')[0]!
    const headers = { cookie, origin: FRONTEND_ORIGIN }
    const missing = await app.inject({ method: 'POST', url: '/api/auth/delete-user', headers, payload: { password: PASSWORD } })
    t.equal(missing.statusCode, 401)
    t.equal(missing.json().code, 'MFA_REQUIRED')
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/delete-user', headers, payload: { password: PASSWORD, code: code === '000000' ? '111111' : '000000' } })
    t.equal(wrong.statusCode, 401)
    t.equal(wrong.json().code, 'INVALID_MFA_CODE')
    const replayed = await app.inject({ method: 'POST', url: '/api/auth/delete-user', headers, payload: { password: PASSWORD, code } })
    t.equal(replayed.json().code, 'INVALID_MFA_CODE', 'the code that signed in is spent')
    const deleted = await app.inject({ method: 'POST', url: '/api/auth/delete-user', headers, payload: { password: PASSWORD, code: user.code() } })
    t.equal(deleted.statusCode, 200)
    t.notOk(await app.db.selectFrom('user').select('id').where('id', '=', user.userId).executeTakeFirst())
  })
})
