import t from 'tap'
import { testClock } from '../../clock.js'
import { build, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { codeFor, V1 } from './v1-helper.js'

t.test('registration by emailed code', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = testClock()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })

  await t.test('POST /register → 201 { user, verificationRequired: true }, a six-digit code by email, no session and no link', async (t) => {
    const email = uniqueEmail()
    const response = await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'New' } })
    t.equal(response.statusCode, 201)
    t.match(response.json(), { user: { email, emailVerified: false }, verificationRequired: true })
    t.notOk(response.headers['set-cookie'], 'registering is not signing in')
    t.match(await codeFor(mail, email), /^\d{6}$/)
    await app.mailer.idle()
    t.notOk(mail.messages.some((message) => message.to.includes(email) && /verify your email/i.test(message.subject)), 'no verification link as well')
    const sessions = await app.db.selectFrom('session').innerJoin('user', 'user.id', 'session.user_id').where('user.email', '=', email).select('session.id').execute()
    t.equal(sessions.length, 0)
  })

  await t.test('POST /register → 409 EMAIL_ALREADY_EXISTS for a confirmed address, 400 WEAK_PASSWORD', async (t) => {
    const email = uniqueEmail()
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'A' } })
    await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: await codeFor(mail, email) } })
    const taken = await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'B' } })
    t.equal(taken.statusCode, 409)
    t.equal(taken.json().code, 'EMAIL_ALREADY_EXISTS')
    const weak = await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email: uniqueEmail(), password: 'short', name: 'C' } })
    t.equal(weak.statusCode, 400)
    t.equal(weak.json().code, 'WEAK_PASSWORD')
  })

  await t.test('POST /login before the code is confirmed → 403 EMAIL_NOT_VERIFIED, and no session left', async (t) => {
    const email = uniqueEmail()
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'A' } })
    const response = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email, password: PASSWORD } })
    t.equal(response.statusCode, 403)
    t.equal(response.json().code, 'EMAIL_NOT_VERIFIED')
    t.notOk(response.headers['set-cookie'])
    const sessions = await app.db.selectFrom('session').innerJoin('user', 'user.id', 'session.user_id').where('user.email', '=', email).select('session.id').execute()
    t.equal(sessions.length, 0)
  })

  await t.test('POST /verify-email → 400 INVALID_CODE for a wrong code; three wrong codes spend it', async (t) => {
    const email = uniqueEmail()
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'A' } })
    const code = await codeFor(mail, email)
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: wrong } })
      t.equal(response.statusCode, 400)
      t.equal(response.json().code, 'INVALID_CODE')
    }
    const right = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code } })
    t.equal(right.statusCode, 400, 'the right code no longer works after three wrong ones')
    t.match(right.json().message, /request a new code/i)
  })

  await t.test('POST /verify-email → 400 INVALID_CODE for an expired code', async (t) => {
    const email = uniqueEmail()
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'A' } })
    const code = await codeFor(mail, email)
    clock.advance(10 * 60_000 + 1)
    const response = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code } })
    t.equal(response.statusCode, 400)
    t.equal(response.json().code, 'INVALID_CODE')
  })

  await t.test('codes expire after ten minutes', async (t) => {
    const email = uniqueEmail()
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'A' } })
    await codeFor(mail, email)
    const row = await app.db.selectFrom('pending_registration').select('expires_at').where('email', '=', email).executeTakeFirstOrThrow()
    const lifetime = row.expires_at.getTime() - clock.nowMs()
    t.ok(lifetime > 9 * 60_000 && lifetime <= 10 * 60_000, `${Math.round(lifetime / 1000)} s`)
  })

  await t.test('POST /resend-verification → the same answer for any email; a new code replaces the old', async (t) => {
    const email = uniqueEmail()
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'A' } })
    const first = await codeFor(mail, email)
    const known = await app.inject({ method: 'POST', url: `${V1}/resend-verification`, payload: { email } })
    const unknown = await app.inject({ method: 'POST', url: `${V1}/resend-verification`, payload: { email: uniqueEmail('nobody') } })
    t.equal(known.statusCode, 200)
    t.equal(known.body, unknown.body)
    const second = await codeFor(mail, email)
    if (second !== first) {
      const old = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: first } })
      t.equal(old.statusCode, 400, 'the first code is replaced')
    }
    const fresh = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: second } })
    t.equal(fresh.statusCode, 200)
  })

  await t.test('POST /verify-email → { registrationToken, user }; /complete-registration works once and signs in', async (t) => {
    const email = uniqueEmail()
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'First Name' } })
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: await codeFor(mail, email) } })
    t.equal(verified.statusCode, 200)
    t.match(verified.json(), { registrationToken: String, user: { email, emailVerified: true } })
    const { registrationToken } = verified.json()

    const completed = await app.inject({ method: 'POST', url: `${V1}/complete-registration`, payload: { registrationToken, name: 'Final Name' } })
    t.equal(completed.statusCode, 200)
    t.match(completed.json(), { user: { email, name: 'Final Name', emailVerified: true }, accessToken: String, refreshToken: String, expiresIn: 900, tokenType: 'Bearer' })
    t.equal(completed.headers['cache-control'], 'no-store')
    const cookies = String(completed.headers['set-cookie'])
    t.match(cookies, /better-auth\.session_token=/)
    t.match(cookies, /better-auth\.refresh_token=[^;]+; Max-Age=259\d{4}; Path=\/api\/v1\/better-auth; HttpOnly/)

    const again = await app.inject({ method: 'POST', url: `${V1}/complete-registration`, payload: { registrationToken } })
    t.equal(again.statusCode, 400)
    t.equal(again.json().code, 'INVALID_TOKEN', 'a registration token works once')
  })

  await t.test('a registration token used twice at once works once', async (t) => {
    const email = uniqueEmail()
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'Race' } })
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: await codeFor(mail, email) } })
    const { registrationToken } = verified.json()
    const responses = await Promise.all([0, 1, 2].map(() => app.inject({ method: 'POST', url: `${V1}/complete-registration`, headers: { origin: FRONTEND_ORIGIN }, payload: { registrationToken } })))
    t.same(responses.map((response) => response.statusCode).sort(), [200, 400, 400])
  })

  await t.test('a verified account gets no new code', async (t) => {
    const email = uniqueEmail()
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'A' } })
    await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: await codeFor(mail, email) } })
    await app.inject({ method: 'POST', url: `${V1}/resend-verification`, payload: { email } })
    await app.mailer.idle()
    t.notOk(mail.messages.some((message) => message.to.includes(email)))
  })
})
