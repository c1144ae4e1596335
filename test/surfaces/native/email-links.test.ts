import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { build, FRONTEND_ORIGIN, PASSWORD, signUp, uniqueEmail } from '../../helper.js'
import { firstLink, startMailCatcher, type MailCatcher } from '../../mail-catcher.js'

/** Follows the first link of the latest matching email, as a click would (the service's own URL). */
async function clickLink(app: FastifyInstance, mail: MailCatcher, email: string, subject: RegExp): Promise<{ status: number; location: string }> {
  const link = new URL(firstLink((await mail.waitFor(email, subject)).text))
  const response = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` })
  return { status: response.statusCode, location: String(response.headers.location) }
}

t.test('emailed links requested without a target work when clicked (defaults)', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  for (const url of ['/api/auth/forgot-password', '/api/auth/request-password-reset', '/api/v1/better-auth/request-password-reset']) {
    await t.test(`POST ${url} without redirectTo → the link answers 302 to PASSWORD_RESET_URL with the token`, async (t) => {
      const user = await signUp(app)
      const response = await app.inject({ method: 'POST', url, payload: { email: user.email } })
      t.equal(response.statusCode, 200)
      const { status, location } = await clickLink(app, mail, user.email, /reset/i)
      t.equal(status, 302)
      t.match(location, new RegExp(`^${FRONTEND_ORIGIN}/reset-password\\?token=[\\w-]+$`))
      const token = new URL(location).searchParams.get('token')!
      const reset = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, password: 'a-new-password-123' } })
      t.equal(reset.statusCode, 200, 'the token the link delivered resets the password')
    })
  }

  await t.test('GET /api/auth/reset-password/{token}?callbackURL= (empty, as links were sent before) → 302 to PASSWORD_RESET_URL', async (t) => {
    const user = await signUp(app)
    await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: user.email } })
    const link = new URL(firstLink((await mail.waitFor(user.email, /reset/i)).text))
    for (const search of ['?callbackURL=', '']) {
      const response = await app.inject({ method: 'GET', url: `${link.pathname}${search}` })
      t.equal(response.statusCode, 302, search || 'no query')
      t.match(String(response.headers.location), new RegExp(`^${FRONTEND_ORIGIN}/reset-password\\?token=`))
    }
    const unknown = await app.inject({ method: 'GET', url: '/api/auth/reset-password/unknown-token?callbackURL=' })
    t.equal(unknown.statusCode, 302)
    t.equal(unknown.headers.location, `${FRONTEND_ORIGIN}/reset-password?error=INVALID_TOKEN`)
  })

  await t.test('POST /api/auth/sign-up/email without callbackURL → the verification link answers 302 to EMAIL_VERIFICATION_URL', async (t) => {
    const user = await signUp(app)
    const { status, location } = await clickLink(app, mail, user.email, /verify/i)
    t.equal(status, 302)
    t.equal(location, `${FRONTEND_ORIGIN}/verify-email`)
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    t.equal(signIn.json().user.emailVerified, true, 'the click verified the address')
  })

  await t.test('POST /api/auth/send-verification-email without callbackURL → the link answers 302 to EMAIL_VERIFICATION_URL', async (t) => {
    const user = await signUp(app)
    await mail.waitFor(user.email, /verify/i)
    mail.messages.length = 0
    const response = await app.inject({ method: 'POST', url: '/api/auth/send-verification-email', payload: { email: user.email } })
    t.equal(response.statusCode, 200)
    const { status, location } = await clickLink(app, mail, user.email, /verify/i)
    t.equal(status, 302)
    t.equal(location, `${FRONTEND_ORIGIN}/verify-email`)
  })

  await t.test('POST /auth/signup → the verification link answers 302 to EMAIL_VERIFICATION_URL', async (t) => {
    const email = uniqueEmail('jwt-link')
    const response = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email, password: PASSWORD, name: 'J' } })
    t.equal(response.statusCode, 200)
    const { status, location } = await clickLink(app, mail, email, /verify/i)
    t.equal(status, 302)
    t.equal(location, `${FRONTEND_ORIGIN}/verify-email`)
  })

  await t.test('a named target still wins over the default', async (t) => {
    const user = await signUp(app)
    await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: user.email, redirectTo: `${FRONTEND_ORIGIN}/account/reset` } })
    const { location } = await clickLink(app, mail, user.email, /reset/i)
    t.match(location, new RegExp(`^${FRONTEND_ORIGIN}/account/reset\\?token=`))
  })
})

t.test('PASSWORD_RESET_URL and EMAIL_VERIFICATION_URL, when set, are where the links lead', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    PASSWORD_RESET_URL: 'https://pr-main.preview.example.com/auth/reset',
    EMAIL_VERIFICATION_URL: `${FRONTEND_ORIGIN}/welcome?from=email`,
  })
  const user = await signUp(app)
  const verified = await clickLink(app, mail, user.email, /verify/i)
  t.equal(verified.location, `${FRONTEND_ORIGIN}/welcome?from=email`)
  await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: user.email } })
  const reset = await clickLink(app, mail, user.email, /reset/i)
  t.equal(reset.status, 302)
  t.match(reset.location, /^https:\/\/pr-main\.preview\.example\.com\/auth\/reset\?token=[\w-]+$/)
})
