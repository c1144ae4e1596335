import t from 'tap'
import { contractProblems } from '../../contract.js'
import { build, FRONTEND_ORIGIN, PASSWORD, signUp, uniqueEmail } from '../../helper.js'
import { firstLink, startMailCatcher } from '../../mail-catcher.js'

t.test('password reset', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  async function requestReset(email: string, url = '/api/auth/forgot-password'): Promise<string> {
    const response = await app.inject({ method: 'POST', url, payload: { email, redirectTo: `${FRONTEND_ORIGIN}/reset` } })
    t.equal(response.statusCode, 200)
    const link = firstLink((await mail.waitFor(email, /reset/i)).text)
    mail.messages.length = 0
    return link
  }

  await t.test('POST /api/auth/forgot-password → 200 and an email whose link leads to the front end with a token', async (t) => {
    const user = await signUp(app)
    const response = await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: user.email, redirectTo: `${FRONTEND_ORIGIN}/reset` } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeForgotPassword', response), [])
    t.same(response.json(), { success: true, status: true, message: 'If an account exists, a password reset link has been sent' })
    const link = firstLink((await mail.waitFor(user.email, /reset/i)).text)
    const url = new URL(link)
    t.equal(url.origin, 'http://localhost:3001')
    const followed = await app.inject({ method: 'GET', url: `${url.pathname}${url.search}` })
    t.equal(followed.statusCode, 302)
    t.same(contractProblems('nativeResetPasswordCallback', followed), [])
    t.match(String(followed.headers.location), new RegExp(`^${FRONTEND_ORIGIN}/reset\\?token=\\w+`))
  })

  await t.test('POST /api/auth/forgot-password → the same answer for an unknown email, and no email', async (t) => {
    const known = await signUp(app)
    const unknownEmail = uniqueEmail('nobody')
    const [a, b] = await Promise.all([
      app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: known.email } }),
      app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: unknownEmail } }),
    ])
    t.equal(a.statusCode, 200)
    t.equal(a.body, b.body)
    await mail.waitFor(known.email, /reset/i)
    await app.mailer.idle()
    t.notOk(mail.messages.some((message) => message.to.includes(unknownEmail)))
    mail.messages.length = 0
  })

  await t.test('POST /api/auth/request-password-reset (the SDK\'s path) → 200 and an email', async (t) => {
    const user = await signUp(app)
    const response = await app.inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email: user.email } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeRequestPasswordReset', response), [])
    await mail.waitFor(user.email, /reset/i)
    mail.messages.length = 0
  })

  await t.test('POST /api/auth/forgot-password → 400 INVALID_REDIRECT for a foreign redirectTo', async (t) => {
    for (const redirectTo of ['https://evil.example/reset', '//evil.example/reset', 'https://pr-x.preview.example.com.evil.example/']) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: uniqueEmail(), redirectTo } })
      t.equal(response.statusCode, 400, redirectTo)
      t.equal(response.json().code, 'INVALID_REDIRECT')
      t.same(contractProblems('nativeForgotPassword', response), [])
    }
  })

  await t.test('GET /api/auth/reset-password/{token} → 400 INVALID_REDIRECT for a foreign callbackURL', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/reset-password/abc?callbackURL=https%3A%2F%2Fevil.example%2F' })
    t.equal(response.statusCode, 400)
    t.same(contractProblems('nativeResetPasswordCallback', response), [])
  })

  await t.test('GET /api/auth/reset-password/{token} → 302 with error=INVALID_TOKEN for an unknown token', async (t) => {
    const response = await app.inject({ method: 'GET', url: `/api/auth/reset-password/nope?callbackURL=${encodeURIComponent(`${FRONTEND_ORIGIN}/reset`)}` })
    t.equal(response.statusCode, 302)
    t.match(String(response.headers.location), /error=INVALID_TOKEN/)
  })

  await t.test('POST /api/auth/reset-password {token, password} → 200, the token works once, every session is revoked', async (t) => {
    const user = await signUp(app)
    const link = await requestReset(user.email)
    const token = new URL(link).pathname.split('/').pop()!
    const response = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, password: 'newsecurepass456' } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeResetPassword', response), [])
    t.same(response.json(), { success: true, status: true, message: 'Password reset successfully' })

    const again = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, password: 'another-pass-789' } })
    t.equal(again.statusCode, 400)
    t.equal(again.json().code, 'INVALID_TOKEN')
    t.same(contractProblems('nativeResetPassword', again), [])

    const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } })
    t.same(session.json(), { session: null, user: null }, 'the old session is revoked')
    const oldPassword = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    t.equal(oldPassword.statusCode, 400)
    const newPassword = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: 'newsecurepass456' } })
    t.equal(newPassword.statusCode, 200)
  })

  await t.test('POST /api/auth/reset-password {token, newPassword} (the SDK\'s field) → 200', async (t) => {
    const user = await signUp(app)
    const token = new URL(await requestReset(user.email, '/api/auth/request-password-reset')).pathname.split('/').pop()!
    const response = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, newPassword: 'newsecurepass456' } })
    t.equal(response.statusCode, 200)
  })

  await t.test('POST /api/auth/reset-password → 400 for a bad token, a weak password, or no password', async (t) => {
    const user = await signUp(app)
    const token = new URL(await requestReset(user.email)).pathname.split('/').pop()!
    const cases: Array<[object, string]> = [
      [{ token: 'not-a-token', password: 'newsecurepass456' }, 'INVALID_TOKEN'],
      [{ token, password: 'short' }, 'WEAK_PASSWORD'],
      [{ token }, 'VALIDATION_ERROR'],
      [{ password: 'newsecurepass456' }, 'VALIDATION_ERROR'],
    ]
    for (const [payload, code] of cases) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload })
      t.equal(response.statusCode, 400, code)
      t.equal(response.json().code, code)
      t.same(contractProblems('nativeResetPassword', response), [])
    }
    const stillValid = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, password: 'newsecurepass456' } })
    t.equal(stillValid.statusCode, 200, 'failed attempts do not spend the token')
  })

  await t.test('POST /api/auth/reset-password → an expired token is refused', async (t) => {
    const user = await signUp(app)
    const token = new URL(await requestReset(user.email)).pathname.split('/').pop()!
    await app.db.updateTable('verification').set({ expires_at: new Date(Date.now() - 1000) }).where('identifier', '=', `reset-password:${token}`).execute()
    const response = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, password: 'newsecurepass456' } })
    t.equal(response.statusCode, 400)
    t.equal(response.json().code, 'INVALID_TOKEN')
  })

  await t.test('reset links expire after one hour', async (t) => {
    const user = await signUp(app)
    const token = new URL(await requestReset(user.email)).pathname.split('/').pop()!
    const row = await app.db.selectFrom('verification').select('expires_at').where('identifier', '=', `reset-password:${token}`).executeTakeFirstOrThrow()
    const lifetime = row.expires_at.getTime() - Date.now()
    t.ok(lifetime > 59 * 60_000 && lifetime <= 60 * 60_000, `${Math.round(lifetime / 60_000)} minutes`)
  })
})
