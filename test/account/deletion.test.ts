import t from 'tap'
import { build, FRONTEND_ORIGIN, PASSWORD } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { registerUser } from '../surfaces/v1/v1-helper.js'
import { signedInEverywhere, userWithMfa, V1 } from './account-helper.js'

t.test('POST /api/v1/better-auth/account/delete', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const userExists = async (id: string): Promise<boolean> => (await app.db.selectFrom('user').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  const deleteWith = (accessToken: string, payload: object) => app.inject({ method: 'POST', url: `${V1}/account/delete`, headers: { authorization: `Bearer ${accessToken}` }, payload })

  await t.test('→ 401 INVALID_CREDENTIALS on a wrong password; nothing is deleted', async (t) => {
    const user = await registerUser(app, mail)
    const response = await deleteWith(user.accessToken, { password: 'not-the-password' })
    t.equal(response.statusCode, 401)
    t.equal(response.json().code, 'INVALID_CREDENTIALS')
    t.notOk(response.headers['set-cookie'], 'no cookie is cleared')
    t.ok(await userExists(user.user.id))
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.accessToken}` } })).statusCode, 200, 'the session lives on')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.refreshToken } })).statusCode, 200, 'and its refresh token')
    await app.mailer.idle()
    t.notOk(mail.messages.some((message) => message.to.includes(user.email) && /deleted/i.test(message.subject)), 'no notice')
  })

  await t.test('→ 401 SESSION_EXPIRED without a credential, 400 VALIDATION_ERROR without a password', async (t) => {
    const anonymous = await app.inject({ method: 'POST', url: `${V1}/account/delete`, payload: { password: PASSWORD } })
    t.equal(anonymous.statusCode, 401)
    t.equal(anonymous.json().code, 'SESSION_EXPIRED')
    const user = await registerUser(app, mail)
    for (const payload of [{}, { password: '' }, { password: 42 }]) {
      const response = await deleteWith(user.accessToken, payload)
      t.equal(response.statusCode, 400, JSON.stringify(payload))
      t.equal(response.json().code, 'VALIDATION_ERROR')
    }
    t.ok(await userExists(user.user.id))
  })

  await t.test('an account with MFA needs a code: none → MFA_REQUIRED, wrong or spent → INVALID_MFA_CODE, a backup code → deleted', async (t) => {
    const user = await userWithMfa(app, mail)
    const missing = await deleteWith(user.accessToken, { password: PASSWORD })
    t.equal(missing.statusCode, 401)
    t.equal(missing.json().code, 'MFA_REQUIRED')
    const right = user.code()
    const wrong = await deleteWith(user.accessToken, { password: PASSWORD, code: right === '123456' ? '654321' : '123456' })
    t.equal(wrong.statusCode, 401)
    t.equal(wrong.json().code, 'INVALID_MFA_CODE')
    const spent = await deleteWith(user.accessToken, { password: PASSWORD, code: user.enabledWith })
    t.equal(spent.statusCode, 401, 'the code that turned MFA on was spent')
    t.equal(spent.json().code, 'INVALID_MFA_CODE')
    const wrongBackup = await deleteWith(user.accessToken, { password: PASSWORD, code: 'AAAAA-BBBBB' })
    t.equal(wrongBackup.json().code, 'INVALID_MFA_CODE')
    const wrongPassword = await deleteWith(user.accessToken, { password: 'not-the-password', code: right })
    t.equal(wrongPassword.json().code, 'INVALID_CREDENTIALS', 'the password is checked first')
    t.ok(await userExists(user.userId), 'nothing deleted so far')

    const deleted = await deleteWith(user.accessToken, { password: PASSWORD, code: user.backupCodes[0] })
    t.equal(deleted.statusCode, 200)
    t.same(deleted.json(), { success: true, message: 'Account deleted' })
    t.notOk(await userExists(user.userId))
  })

  await t.test('an account with MFA: a fresh TOTP code deletes it, and the right password with that code was not spent by a wrong password', async (t) => {
    const user = await userWithMfa(app, mail)
    const code = user.code()
    t.equal((await deleteWith(user.accessToken, { password: 'wrong-password-1', code })).statusCode, 401)
    const deleted = await deleteWith(user.accessToken, { password: PASSWORD, code })
    t.equal(deleted.statusCode, 200)
    t.notOk(await userExists(user.userId))
  })

  await t.test('→ 200: every credential from before fails on every surface, cookies are cleared, a notice is sent', async (t) => {
    const user = await signedInEverywhere(app, mail)
    const response = await deleteWith(user.v1.accessToken, { password: PASSWORD })
    t.equal(response.statusCode, 200)
    const cleared = ([] as string[]).concat(response.headers['set-cookie'] ?? [])
    for (const name of ['better-auth.session_token', 'better-auth.refresh_token', 'auth_token', 'better-auth.dont_remember', 'better-auth.session_data']) {
      t.ok(cleared.some((cookie) => cookie.startsWith(`${name}=;`) && /Max-Age=0/.test(cookie)), `${name} cleared`)
    }

    const v1Me = (headers: Record<string, string>) => app.inject({ method: 'GET', url: `${V1}/me`, headers })
    t.equal((await v1Me({ authorization: `Bearer ${user.v1.accessToken}` })).statusCode, 401, 'v1 access token')
    t.equal((await v1Me({ cookie: user.v1.cookie })).statusCode, 401, 'v1 session cookie')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.v1.refreshToken } })).statusCode, 401, 'v1 refresh token')
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.native.cookie } })).json(), null, 'native session cookie')
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { authorization: `Bearer ${user.native.bearer}` } })).json(), null, 'native bearer token')
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${user.jwt.token}` } })).statusCode, 401, '/auth JWT')
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { cookie: user.jwt.cookie } })).statusCode, 401, '/auth cookie')
    t.equal((await app.inject({ method: 'GET', url: `${V1}/account/export`, headers: { authorization: `Bearer ${user.v1.accessToken}` } })).statusCode, 401, 'export')
    t.equal((await deleteWith(user.v1.accessToken, { password: PASSWORD })).statusCode, 401, 'a second deletion')

    const notice = await mail.waitFor(user.email, /your account was deleted/i)
    t.match(notice.text, /deleted/)
    t.notMatch(notice.text, /https?:\/\//, 'a notice, with no link to follow')
  })

  await t.test('the audit trail keeps a tombstone and the security record without personal data', async (t) => {
    const user = await registerUser(app, mail)
    const userAgent = `DeletionTest/1.0 ${Math.random().toString(36).slice(2)}`
    const response = await app.inject({
      method: 'POST', url: `${V1}/account/delete`, remoteAddress: '198.51.100.23',
      headers: { authorization: `Bearer ${user.accessToken}`, 'user-agent': userAgent }, payload: { password: PASSWORD },
    })
    t.equal(response.statusCode, 200)
    const events = await app.db.selectFrom('audit_event').selectAll().where('user_id', '=', user.user.id).orderBy('occurred_at').execute()
    t.ok(events.length >= 3, 'registration, sign-in and deletion events are kept')
    t.same(events.map((event) => [event.email, event.ip_address, event.user_agent]), events.map(() => [null, null, null]), 'no address, IP or user agent in any of them')
    const tombstone = events.at(-1)!
    t.match(tombstone, { type: 'user.deleted', user_id: user.user.id, email: null, ip_address: null, user_agent: null, session_id: null, operation: 'v1DeleteAccount' })
    t.notOk(await app.db.selectFrom('audit_event').select('id').where('email', '=', user.email).executeTakeFirst(), 'nor under the address')
  })

  await t.test('the address is free at once: it registers again on v1 and signs up on /api/auth', async (t) => {
    const user = await registerUser(app, mail)
    t.equal((await deleteWith(user.accessToken, { password: PASSWORD })).statusCode, 200)
    const again = await registerUser(app, mail, user.email, 'a-new-password-2')
    t.not(again.user.id, user.user.id, 'a new account')
    t.equal((await deleteWith(again.accessToken, { password: 'a-new-password-2' })).statusCode, 200)
    const signUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: user.email, password: PASSWORD, name: 'Again' } })
    t.equal(signUp.statusCode, 200)
  })

  await t.test('with the session cookie: needs an allowed Origin (403 without), and works with one', async (t) => {
    const user = await registerUser(app, mail)
    const forged = await app.inject({ method: 'POST', url: `${V1}/account/delete`, headers: { cookie: user.cookie }, payload: { password: PASSWORD } })
    t.equal(forged.statusCode, 403)
    t.equal(forged.json().code, 'FORBIDDEN_ORIGIN')
    t.ok(await userExists(user.user.id))
    const response = await app.inject({ method: 'POST', url: `${V1}/account/delete`, headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN }, payload: { password: PASSWORD } })
    t.equal(response.statusCode, 200)
    t.notOk(await userExists(user.user.id))
  })

  await t.test('two deletions at once: one deletes, the other finds the account gone', async (t) => {
    const user = await registerUser(app, mail)
    const answers = await Promise.all([deleteWith(user.accessToken, { password: PASSWORD }), deleteWith(user.accessToken, { password: PASSWORD })])
    t.same(answers.map((answer) => answer.statusCode).sort(), [200, 401])
    t.notOk(await userExists(user.user.id))
    await app.mailer.idle()
    t.equal(mail.messages.filter((message) => message.to.includes(user.email) && /deleted/i.test(message.subject)).length, 1, 'one notice')
  })
})

t.test('POST /api/v1/better-auth/account/delete: wrong passwords count toward the account sign-in delay', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), RATE_LIMITS: 'on' })
  const user = await registerUser(app, mail)
  const deleteWith = (password: string) => app.inject({ method: 'POST', url: `${V1}/account/delete`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { password } })
  for (let attempt = 1; attempt <= 5; attempt += 1) t.equal((await deleteWith(`wrong-password-${attempt}`)).statusCode, 401, `wrong password ${attempt}: evaluated`)
  const delayed = await deleteWith(PASSWORD)
  t.equal(delayed.statusCode, 429, 'the sixth attempt waits, even with the right password: a session is no faster a way to guess it')
  t.equal(delayed.json().code, 'RATE_LIMITED')
  t.equal((await app.inject({ method: 'POST', url: '/auth/login', payload: { email: user.email, password: PASSWORD } })).statusCode, 429, 'a sign-in of the account waits too: one count')
  t.ok(await app.db.selectFrom('user').select('id').where('id', '=', user.user.id).executeTakeFirst(), 'nothing was deleted')
})
