import t from 'tap'
import { followingClock } from '../../clock.js'
import { build, cookieHeader, FRONTEND_ORIGIN, uniqueEmail } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { unusedTotp } from '../../totp.js'
import { codeIn, confirmedUser, lastMail, sentTo, tokenIn, userWithTotp } from '../email-sign-in-helper.js'

const SEND_CODE = '/api/auth/email-otp/send-verification-otp'
const SIGN_IN_CODE = '/api/auth/sign-in/email-otp'
const SEND_LINK = '/api/auth/sign-in/magic-link'
const VERIFY_LINK = '/api/auth/magic-link/verify'

t.test('sign-in by emailed code on /api/auth', async (t) => {
  const clock = followingClock()
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })

  await t.test(`POST ${SIGN_IN_CODE} → signed in once with the emailed code; the code does not work twice`, async (t) => {
    const { email, userId } = await confirmedUser(app)
    const sent = await app.inject({ method: 'POST', url: SEND_CODE, payload: { email, type: 'sign-in' } })
    t.equal(sent.statusCode, 200)
    const code = codeIn(await lastMail(app, mail, email, 'email_code'))
    const stored = await app.db.selectFrom('verification').select('value').where('identifier', '=', `sign-in-otp-${email}`).executeTakeFirstOrThrow()
    t.notOk(stored.value.includes(code), 'only a hash of the code is stored')
    const signedIn = await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: code } })
    t.equal(signedIn.statusCode, 200, signedIn.body)
    t.equal(signedIn.json().kind, 'session')
    t.equal(signedIn.json().user.id, userId)
    const cookie = cookieHeader(signedIn.headers['set-cookie'])
    t.match(cookie, /better-auth\.session_token=/)
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie } })).json().user.id, userId)
    const again = await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: code } })
    t.equal(again.statusCode, 400)
    t.equal(again.json().code, 'INVALID_CODE')
    const events = await app.db.selectFrom('audit_event').select(['type', 'detail']).where('user_id', '=', userId).where('type', 'like', 'sign_in.%').orderBy('occurred_at').execute()
    t.same(events.map((event) => [event.type, event.detail.method]), [['sign_in.succeeded', 'email_code'], ['sign_in.failed', 'email_code']])
  })

  await t.test(`POST ${SIGN_IN_CODE} → one code sent six times at once signs in once`, async (t) => {
    const { email, userId } = await confirmedUser(app)
    await app.inject({ method: 'POST', url: SEND_CODE, payload: { email, type: 'sign-in' } })
    const code = codeIn(await lastMail(app, mail, email, 'email_code'))
    const answers = await Promise.all(Array.from({ length: 6 }, () => app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: code } })))
    t.same(answers.map((answer) => answer.statusCode).sort(), [200, 400, 400, 400, 400, 400])
    const sessions = await app.db.selectFrom('session').select('id').where('user_id', '=', userId).execute()
    t.equal(sessions.length, 2, 'the sign-up\'s session and one more')
  })

  await t.test(`POST ${SIGN_IN_CODE} → three wrong codes spend the code, the right one included`, async (t) => {
    const { email } = await confirmedUser(app)
    await app.inject({ method: 'POST', url: SEND_CODE, payload: { email, type: 'sign-in' } })
    const code = codeIn(await lastMail(app, mail, email, 'email_code'))
    const wrong = code === '000000' ? '111111' : '000000'
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const refused = await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: wrong } })
      t.equal(refused.json().code, 'INVALID_CODE')
    }
    const late = await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: code } })
    t.equal(late.statusCode, 400)
    t.equal(late.json().code, 'INVALID_CODE')
  })

  await t.test(`POST ${SIGN_IN_CODE} → refused ten minutes after the code was sent (the service's clock)`, async (t) => {
    const { email } = await confirmedUser(app)
    await app.inject({ method: 'POST', url: SEND_CODE, payload: { email, type: 'sign-in' } })
    const code = codeIn(await lastMail(app, mail, email, 'email_code'))
    clock.advance(10 * 60 * 1000 + 1000)
    // Better Auth writes its rows by real time: the clock goes back for the tests after this one.
    t.teardown(() => clock.advance(-(10 * 60 * 1000 + 1000)))
    const expired = await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: code } })
    t.equal(expired.statusCode, 400)
    t.equal(expired.json().code, 'INVALID_CODE')
  })

  await t.test(`POST ${SIGN_IN_CODE} → still good at nine minutes`, async (t) => {
    const { email } = await confirmedUser(app)
    await app.inject({ method: 'POST', url: SEND_CODE, payload: { email, type: 'sign-in' } })
    const code = codeIn(await lastMail(app, mail, email, 'email_code'))
    clock.advance(9 * 60 * 1000)
    t.teardown(() => clock.advance(-9 * 60 * 1000))
    t.equal((await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: code } })).statusCode, 200)
  })

  await t.test(`POST ${SEND_CODE} → the same answer for an unknown address, and no email`, async (t) => {
    const { email } = await confirmedUser(app)
    const unknown = uniqueEmail('nobody')
    const known = await app.inject({ method: 'POST', url: SEND_CODE, payload: { email, type: 'sign-in' } })
    const other = await app.inject({ method: 'POST', url: SEND_CODE, payload: { email: unknown, type: 'sign-in' } })
    t.equal(other.statusCode, known.statusCode)
    t.equal(other.body, known.body)
    const headerNames = (response: typeof known): string[] => Object.keys(response.headers).filter((name) => name !== 'x-request-id' && name !== 'date').sort()
    t.same(headerNames(other), headerNames(known))
    t.equal((await sentTo(app, unknown)).length, 0, 'nothing is sent to an address without an account')
    t.equal((await sentTo(app, email)).length, 1)
    const guessed = await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email: unknown, otp: '123456' } })
    t.equal(guessed.statusCode, 400)
    t.equal(guessed.json().code, 'INVALID_CODE')
    t.equal(await app.db.selectFrom('user').select('id').where('email', '=', unknown).executeTakeFirst(), undefined, 'no account was created')
  })

  await t.test(`POST ${SEND_CODE} → a type other than sign-in is a validation error`, async (t) => {
    const refused = await app.inject({ method: 'POST', url: SEND_CODE, payload: { email: uniqueEmail(), type: 'forget-password' } })
    t.equal(refused.statusCode, 400)
    t.equal(refused.json().code, 'VALIDATION_ERROR')
  })

  await t.test(`POST ${SIGN_IN_CODE} → a user with TOTP gets the second-factor step, which then completes the sign-in`, async (t) => {
    const { email, userId, totpURI, spent } = await userWithTotp(app)
    const sessions = async (): Promise<number> => (await app.db.selectFrom('session').select('id').where('user_id', '=', userId).execute()).length
    const before = await sessions()
    await app.inject({ method: 'POST', url: SEND_CODE, payload: { email, type: 'sign-in' } })
    const first = await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: codeIn(await lastMail(app, mail, email, 'email_code')) } })
    t.equal(first.statusCode, 200)
    t.same(first.json(), { kind: 'two_factor_redirect', twoFactorRedirect: true, twoFactorMethods: ['totp'] })
    const cookie = cookieHeader(first.headers['set-cookie'])
    t.notMatch(cookie, /session_token=/, 'no session yet')
    t.equal(await sessions(), before, 'the session made before the step is gone')
    const second = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie, origin: FRONTEND_ORIGIN }, payload: { code: unusedTotp(totpURI, spent) } })
    t.equal(second.statusCode, 200, second.body)
    t.equal(second.json().user.id, userId)
  })
})

t.test('sign-in by emailed link on /api/auth', async (t) => {
  const clock = followingClock()
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })

  await t.test(`GET ${VERIFY_LINK} → the link signs in once, as JSON without a callback`, async (t) => {
    const { email, userId } = await confirmedUser(app)
    t.equal((await app.inject({ method: 'POST', url: SEND_LINK, payload: { email } })).statusCode, 200)
    const sent = await lastMail(app, mail, email, 'magic_link')
    t.match(sent.link, /^http:\/\/localhost:3001\/api\/auth\/magic-link\/verify\?token=/)
    const token = tokenIn(sent)
    const stored = await app.db.selectFrom('verification').select(['identifier', 'value']).where('identifier', 'like', 'magic-link:%').execute()
    t.notOk(stored.some((row) => row.identifier.includes(token) || row.value.includes(token)), 'only a hash of the token is stored')
    const signedIn = await app.inject({ method: 'GET', url: `${VERIFY_LINK}?token=${token}` })
    t.equal(signedIn.statusCode, 200, signedIn.body)
    t.equal(signedIn.json().kind, 'session')
    t.equal(signedIn.json().user.id, userId)
    const again = await app.inject({ method: 'GET', url: `${VERIFY_LINK}?token=${token}` })
    t.equal(again.statusCode, 400)
    t.equal(again.json().code, 'INVALID_TOKEN')
  })

  await t.test(`GET ${VERIFY_LINK} with callbackURL → 302 to it with the session cookie; reused, to it with ?error`, async (t) => {
    const { email, userId } = await confirmedUser(app)
    const callbackURL = `${FRONTEND_ORIGIN}/dashboard`
    await app.inject({ method: 'POST', url: SEND_LINK, payload: { email, callbackURL } })
    const link = new URL((await lastMail(app, mail, email, 'magic_link')).link)
    t.equal(link.searchParams.get('callbackURL'), callbackURL)
    const opened = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` })
    t.equal(opened.statusCode, 302)
    t.equal(opened.headers.location, callbackURL)
    const cookie = cookieHeader(opened.headers['set-cookie'])
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie } })).json().user.id, userId)
    const reopened = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` })
    t.equal(reopened.statusCode, 302)
    t.equal(reopened.headers.location, `${callbackURL}?error=INVALID_TOKEN`)
  })

  await t.test(`POST ${SEND_LINK} → a callbackURL off the allowed origins is refused`, async (t) => {
    const refused = await app.inject({ method: 'POST', url: SEND_LINK, payload: { email: uniqueEmail(), callbackURL: 'https://evil.example/' } })
    t.equal(refused.statusCode, 400)
    t.equal(refused.json().code, 'INVALID_REDIRECT')
    const opened = await app.inject({ method: 'GET', url: `${VERIFY_LINK}?token=x&callbackURL=${encodeURIComponent('https://evil.example/')}` })
    t.equal(opened.statusCode, 400)
    t.equal(opened.json().code, 'INVALID_REDIRECT')
  })

  await t.test(`GET ${VERIFY_LINK} → refused after ten minutes`, async (t) => {
    const { email } = await confirmedUser(app)
    await app.inject({ method: 'POST', url: SEND_LINK, payload: { email } })
    const token = tokenIn(await lastMail(app, mail, email, 'magic_link'))
    clock.advance(10 * 60 * 1000 + 1000)
    t.teardown(() => clock.advance(-(10 * 60 * 1000 + 1000)))
    const expired = await app.inject({ method: 'GET', url: `${VERIFY_LINK}?token=${token}` })
    t.equal(expired.statusCode, 400)
    t.equal(expired.json().code, 'INVALID_TOKEN')
  })

  await t.test(`GET ${VERIFY_LINK} → signing in by one email spends the address's other sign-in emails`, async (t) => {
    const { email } = await confirmedUser(app)
    await app.inject({ method: 'POST', url: SEND_LINK, payload: { email } })
    await app.inject({ method: 'POST', url: SEND_CODE, payload: { email, type: 'sign-in' } })
    const token = tokenIn(await lastMail(app, mail, email, 'magic_link'))
    const code = codeIn(await lastMail(app, mail, email, 'email_code'))
    t.equal((await app.inject({ method: 'GET', url: `${VERIFY_LINK}?token=${token}` })).statusCode, 200)
    t.equal((await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: code } })).json().code, 'INVALID_CODE')
  })

  await t.test(`GET ${VERIFY_LINK} → a user with TOTP is sent to the callback with twoFactorRedirect, and no session`, async (t) => {
    const { email, totpURI, spent, userId } = await userWithTotp(app)
    const callbackURL = `${FRONTEND_ORIGIN}/dashboard`
    await app.inject({ method: 'POST', url: SEND_LINK, payload: { email, callbackURL } })
    const link = new URL((await lastMail(app, mail, email, 'magic_link')).link)
    const opened = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` })
    t.equal(opened.statusCode, 302)
    t.equal(opened.headers.location, `${callbackURL}?twoFactorRedirect=true`)
    const cookie = cookieHeader(opened.headers['set-cookie'])
    t.notMatch(cookie, /session_token=/)
    t.match(cookie, /better-auth\.two_factor=/)
    const second = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie, origin: FRONTEND_ORIGIN }, payload: { code: unusedTotp(totpURI, spent) } })
    t.equal(second.statusCode, 200, second.body)
    t.equal(second.json().user.id, userId)
  })

  await t.test(`GET ${VERIFY_LINK} → JSON: a user with TOTP gets the second-factor step`, async (t) => {
    const { email } = await userWithTotp(app)
    await app.inject({ method: 'POST', url: SEND_LINK, payload: { email } })
    const opened = await app.inject({ method: 'GET', url: `${VERIFY_LINK}?token=${tokenIn(await lastMail(app, mail, email, 'magic_link'))}` })
    t.equal(opened.statusCode, 200)
    t.equal(opened.json().kind, 'two_factor_redirect')
    t.notMatch(cookieHeader(opened.headers['set-cookie']), /session_token=/)
  })

  await t.test(`GET ${VERIFY_LINK} → an unconfirmed account is confirmed; what was issued before (the password too) is revoked`, async (t) => {
    const email = uniqueEmail('unconfirmed')
    const squatter = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: 'squatters-password', name: 'Squatter' } })
    const squatterCookie = cookieHeader(squatter.headers['set-cookie'])
    await app.inject({ method: 'POST', url: SEND_LINK, payload: { email } })
    const signedIn = await app.inject({ method: 'GET', url: `${VERIFY_LINK}?token=${tokenIn(await lastMail(app, mail, email, 'magic_link'))}` })
    t.equal(signedIn.statusCode, 200, signedIn.body)
    t.equal(signedIn.json().user.emailVerified, true)
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: squatterCookie } })).json(), null, "the squatter's session has ended")
    const withPassword = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: 'squatters-password' } })
    t.equal(withPassword.statusCode, 400, "the squatter's password no longer signs in")
    const event = await app.db.selectFrom('audit_event').select('detail').where('type', '=', 'email.verified').where('user_id', '=', signedIn.json().user.id).executeTakeFirst()
    t.same(event?.detail, { via: 'link' })
  })
})

t.test('EMAIL_SIGN_UP', async (t) => {
  await t.test('off (the default): an unknown address gets no link and no account', async (t) => {
    const app = await build(t)
    const email = uniqueEmail('newcomer')
    t.equal((await app.inject({ method: 'POST', url: SEND_LINK, payload: { email } })).statusCode, 200)
    t.equal((await sentTo(app, email)).length, 0)
  })

  await t.test('on: the link creates a confirmed account without a password, named as asked', async (t) => {
    const mail = await startMailCatcher(t)
    const app = await build(t, { EMAIL_SIGN_UP: 'true', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
    const email = uniqueEmail('newcomer')
    await app.inject({ method: 'POST', url: SEND_LINK, payload: { email, name: 'New Comer' } })
    const signedIn = await app.inject({ method: 'GET', url: `${VERIFY_LINK}?token=${tokenIn(await lastMail(app, mail, email, 'magic_link'))}` })
    t.equal(signedIn.statusCode, 200, signedIn.body)
    t.equal(signedIn.json().user.email, email)
    t.equal(signedIn.json().user.name, 'New Comer')
    t.equal(signedIn.json().user.emailVerified, true)
    const accounts = await app.db.selectFrom('account').select('provider_id').where('user_id', '=', signedIn.json().user.id).execute()
    t.same(accounts, [], 'no password')
  })

  await t.test('on: a code signs a new address up', async (t) => {
    const mail = await startMailCatcher(t)
    const app = await build(t, { EMAIL_SIGN_UP: 'true', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
    const email = uniqueEmail('newcomer')
    await app.inject({ method: 'POST', url: SEND_CODE, payload: { email, type: 'sign-in' } })
    const signedIn = await app.inject({ method: 'POST', url: SIGN_IN_CODE, payload: { email, otp: codeIn(await lastMail(app, mail, email, 'email_code')) } })
    t.equal(signedIn.statusCode, 200, signedIn.body)
    t.equal(signedIn.json().user.email, email)
  })
})
