import t from 'tap'
import { contractProblems } from '../../contract.js'
import { build, FRONTEND_ORIGIN, PASSWORD, signUp, uniqueEmail } from '../../helper.js'
import { firstLink, startMailCatcher } from '../../mail-catcher.js'

t.test('email verification', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  async function verificationToken(email: string): Promise<string> {
    const message = await mail.waitFor(email, /verify/i)
    return new URL(firstLink(message.text)).searchParams.get('token')!
  }

  await t.test('sign-up sends a verification email; POST /api/auth/verify-email {token} → 200, once', async (t) => {
    const user = await signUp(app)
    const token = await verificationToken(user.email)
    const response = await app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeVerifyEmailToken', response), [])
    t.same(response.json(), { success: true, status: true, user: { id: user.userId, emailVerified: true } })
    const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } })
    t.same(session.json(), { session: null, user: null }, 'a session from before the address was confirmed ends with it')
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    t.equal(signIn.json().user.emailVerified, true)

    const again = await app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token } })
    t.equal(again.statusCode, 400)
    t.equal(again.json().code, 'INVALID_TOKEN')
    t.same(contractProblems('nativeVerifyEmailToken', again), [])
  })

  await t.test('GET /api/auth/verify-email?token= (the link) → 200; with callbackURL → 302 to it', async (t) => {
    const plain = await signUp(app)
    const response = await app.inject({ method: 'GET', url: `/api/auth/verify-email?token=${await verificationToken(plain.email)}` })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeVerifyEmail', response), [])

    const redirected = await signUp(app)
    const callbackURL = encodeURIComponent(`${FRONTEND_ORIGIN}/verified`)
    const link = await app.inject({ method: 'GET', url: `/api/auth/verify-email?token=${await verificationToken(redirected.email)}&callbackURL=${callbackURL}` })
    t.equal(link.statusCode, 302)
    t.same(contractProblems('nativeVerifyEmail', link), [])
    t.equal(link.headers.location, `${FRONTEND_ORIGIN}/verified`)
  })

  await t.test('GET /api/auth/verify-email → a bad token with callbackURL → 302 with error=INVALID_TOKEN', async (t) => {
    const response = await app.inject({ method: 'GET', url: `/api/auth/verify-email?token=nope&callbackURL=${encodeURIComponent(`${FRONTEND_ORIGIN}/verified`)}` })
    t.equal(response.statusCode, 302)
    t.match(String(response.headers.location), /\?error=INVALID_TOKEN$/)
  })

  await t.test('GET /api/auth/verify-email → 400 INVALID_REDIRECT for a foreign callbackURL', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/verify-email?token=nope&callbackURL=https%3A%2F%2Fevil.example' })
    t.equal(response.statusCode, 400)
    t.equal(response.json().code, 'INVALID_REDIRECT')
  })

  await t.test('POST /api/auth/verify-email → 400 INVALID_TOKEN for a forged, garbage or missing token', async (t) => {
    const user = await signUp(app)
    const token = await verificationToken(user.email)
    const [header, payload] = token.split('.') as [string, string]
    const forged = `${header}.${payload}.${'A'.repeat(43)}`
    for (const bad of [forged, 'garbage', 'a.b.c']) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token: bad } })
      t.equal(response.statusCode, 400)
      t.equal(response.json().code, 'INVALID_TOKEN')
      t.same(contractProblems('nativeVerifyEmailToken', response), [])
    }
    const missing = await app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: {} })
    t.equal(missing.statusCode, 400)
    t.equal(missing.json().code, 'VALIDATION_ERROR')
  })

  await t.test('POST /api/auth/send-verification-email → 200 and a new email; the same answer for an unknown email', async (t) => {
    const user = await signUp(app)
    await mail.waitFor(user.email, /verify/i)
    mail.messages.length = 0
    const known = await app.inject({ method: 'POST', url: '/api/auth/send-verification-email', payload: { email: user.email } })
    t.equal(known.statusCode, 200)
    t.same(contractProblems('nativeSendVerificationEmail', known), [])
    await mail.waitFor(user.email, /verify/i)
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/send-verification-email', payload: { email: uniqueEmail('nobody') } })
    t.equal(unknown.statusCode, 200)
    t.equal(unknown.body, known.body)
  })

  await t.test('sign-in works before verification (the documented clients sign in straight after sign-up)', async (t) => {
    const email = uniqueEmail()
    await signUp(app, email)
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })
    t.equal(response.statusCode, 200)
    t.equal(response.json().user.emailVerified, false)
  })
})
