import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, signUp, uniqueEmail } from '../helper.js'
import { firstLink, startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { totpFromUri } from '../totp.js'
import { login, registerUser, V1 } from '../surfaces/v1/v1-helper.js'

const CHROME_ON_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'
const FIREFOX_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0'
const SAFARI_ON_IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'
const NEW_DEVICE = /new sign-in/i

interface From {
  readonly userAgent?: string
  readonly ip?: string
  readonly cookie?: string
}

async function signIn(app: FastifyInstance, email: string, from: From = {}) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    ...(from.ip === undefined ? {} : { remoteAddress: from.ip }),
    headers: { ...(from.userAgent === undefined ? {} : { 'user-agent': from.userAgent }), ...(from.cookie === undefined ? {} : { cookie: from.cookie, origin: FRONTEND_ORIGIN }) },
    payload: { email, password: PASSWORD },
  })
  if (response.statusCode !== 200) throw new Error(`sign-in: ${response.statusCode} ${response.body}`)
  return response
}

/** The notices to `email` whose subject matches, once everything handed over so far is delivered. */
async function noticesTo(app: FastifyInstance, mail: MailCatcher, email: string, subject: RegExp) {
  await app.mailer.idle()
  return mail.messages.filter((message) => message.to.includes(email) && subject.test(message.subject))
}

t.test('security notices', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  await t.test('POST /api/auth/change-password → "Your password was changed": when, which device, which address, what to do; no link, no secret', async (t) => {
    const user = await signUp(app)
    const response = await app.inject({
      method: 'POST', url: '/api/auth/change-password', remoteAddress: '198.51.100.23',
      headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN, 'user-agent': CHROME_ON_MAC },
      payload: { currentPassword: PASSWORD, newPassword: 'a-new-password-1' },
    })
    t.equal(response.statusCode, 200)
    const notices = await noticesTo(app, mail, user.email, /your password was changed$/i)
    t.equal(notices.length, 1)
    const { text } = notices[0]!
    t.match(text, /The password of your account was changed\./)
    t.match(text, /When: \d{4}-\d\d-\d\d \d\d:\d\d UTC/)
    t.match(text, /Device: Chrome 120 on macOS/)
    t.match(text, /IP address: 198\.51\.100\.23/)
    t.match(text, /If it was not you, .*reset your password/)
    t.notMatch(text, /https?:|www\./i, 'no link')
    t.notOk(text.includes(PASSWORD) || text.includes('a-new-password-1'), 'no password')
    t.notOk(text.includes(user.token), 'no token')
  })

  await t.test('POST /api/auth/reset-password → a notice that the password was changed through account recovery', async (t) => {
    const user = await signUp(app)
    await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: user.email, redirectTo: `${FRONTEND_ORIGIN}/reset` } })
    const link = firstLink((await mail.waitFor(user.email, /reset your password/i)).text)
    const token = /reset-password\/([^?]+)/.exec(link)![1]!
    const reset = await app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: { 'user-agent': SAFARI_ON_IOS }, payload: { token, newPassword: 'a-new-password-2' } })
    t.equal(reset.statusCode, 200)
    const notices = await noticesTo(app, mail, user.email, /account recovery/i)
    t.equal(notices.length, 1)
    t.match(notices[0]!.text, /recovery link sent to this address/)
    t.match(notices[0]!.text, /Device: Safari 17 on iOS/)
    t.notOk(notices[0]!.text.includes(token), 'not the used token')
    t.notMatch(notices[0]!.text, /https?:/)
  })

  await t.test('v1 MFA: POST /mfa/enable → "turned on", POST /mfa/disable → "turned off"', async (t) => {
    const user = await registerUser(app, mail)
    const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { password: PASSWORD } })
    t.equal(setup.statusCode, 200)
    t.same(await noticesTo(app, mail, user.email, /two-step/i), [], 'a secret set up is not yet a change')
    const enabled = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { code: totpFromUri(setup.json().totpURI) } })
    t.equal(enabled.statusCode, 200)
    t.equal((await noticesTo(app, mail, user.email, /two-step verification was turned on/i)).length, 1)
    const disabled = await app.inject({ method: 'POST', url: `${V1}/mfa/disable`, headers: { authorization: `Bearer ${enabled.json().accessToken}` }, payload: { password: PASSWORD } })
    t.equal(disabled.statusCode, 200)
    const off = await noticesTo(app, mail, user.email, /two-step verification was turned off/i)
    t.equal(off.length, 1)
    t.match(off[0]!.text, /a password alone now signs in/)
  })

  await t.test('sign-in: the device of the sign-up is known; a new browser is told of once; its /24 is one network, another network is new', async (t) => {
    const user = await signUp(app)
    await signIn(app, user.email)
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 0, 'the browser and address of the sign-up')
    await signIn(app, user.email, { userAgent: FIREFOX_ON_LINUX })
    const notices = await noticesTo(app, mail, user.email, NEW_DEVICE)
    t.equal(notices.length, 1, 'a browser never seen on the account')
    t.match(notices[0]!.text, /Device: Firefox 121 on Linux/)
    t.match(notices[0]!.text, /IP address: 127\.0\.0\.1/)
    t.match(notices[0]!.text, /If it was not you, someone knows your password/)
    await signIn(app, user.email, { userAgent: FIREFOX_ON_LINUX })
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 1, 'the same browser again: seen')
    await signIn(app, user.email, { userAgent: FIREFOX_ON_LINUX, ip: '203.0.113.10' })
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 2, 'the same browser from another network')
    await signIn(app, user.email, { userAgent: FIREFOX_ON_LINUX, ip: '203.0.113.250' })
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 2, 'the same /24: seen')
    await signIn(app, user.email, { userAgent: FIREFOX_ON_LINUX, ip: '203.0.114.10' })
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 3, 'the next /24: new')
  })

  await t.test('sign-in over IPv6: a /64 is one network', async (t) => {
    const user = await signUp(app)
    await signIn(app, user.email, { userAgent: CHROME_ON_MAC, ip: '2001:db8:1:2::5' })
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 1)
    await signIn(app, user.email, { userAgent: CHROME_ON_MAC, ip: '2001:db8:1:2:ffff::9' })
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 1, 'the same /64')
    await signIn(app, user.email, { userAgent: CHROME_ON_MAC, ip: '2001:db8:1:3::5' })
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 2, 'another /64')
  })

  await t.test('a failed sign-in does not make a device known', async (t) => {
    const user = await signUp(app)
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', remoteAddress: '192.0.2.7', headers: { 'user-agent': FIREFOX_ON_LINUX }, payload: { email: user.email, password: 'not-the-password' } })
    t.equal(wrong.statusCode, 400)
    await signIn(app, user.email, { userAgent: FIREFOX_ON_LINUX, ip: '192.0.2.7' })
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 1)
  })

  await t.test('a user agent\'s own words never reach the notice', async (t) => {
    const user = await signUp(app)
    await signIn(app, user.email, { userAgent: 'Urgent: visit evil.example.com/secure http://evil.example (Windows NT 10.0)' })
    const [notice] = await noticesTo(app, mail, user.email, NEW_DEVICE)
    t.match(notice?.text, /Device: a browser on Windows/)
    t.notMatch(notice?.text, /evil|urgent|https?:/i)
  })

  await t.test('v1: completing a registration and the next login from that client notify nothing; a login from a new device does', async (t) => {
    const user = await registerUser(app, mail)
    await login(app, user.email)
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 0)
    const elsewhere = await app.inject({ method: 'POST', url: `${V1}/login`, remoteAddress: '203.0.113.77', headers: { 'user-agent': SAFARI_ON_IOS }, payload: { email: user.email, password: PASSWORD } })
    t.equal(elsewhere.statusCode, 200)
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 1)
  })

  await t.test('POST /auth/login from a new device → a notice', async (t) => {
    const user = await signUp(app)
    const response = await app.inject({ method: 'POST', url: '/auth/login', remoteAddress: '203.0.113.90', payload: { email: user.email, password: PASSWORD } })
    t.equal(response.statusCode, 200)
    t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 1)
  })
})

t.test('a valid device cookie for the account makes a device known, whatever its browser and address', async (t) => {
  const mail = await startMailCatcher(t)
  // Device cookies are issued by the sign-in limits.
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), RATE_LIMITS: 'on' })
  const user = await signUp(app)
  const other = await signUp(app)
  const deviceCookie = (response: Awaited<ReturnType<typeof signIn>>): string => cookieHeader(response.headers['set-cookie']).split('; ').filter((pair) => pair.startsWith('better-auth.device=')).join('; ')
  const cookie = deviceCookie(await signIn(app, user.email))
  const otherCookie = deviceCookie(await signIn(app, other.email))
  t.match(cookie, /^better-auth\.device=./, 'the sign-in left a device cookie')

  await signIn(app, user.email, { userAgent: SAFARI_ON_IOS, ip: '198.51.100.40', cookie })
  t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 0, 'with the cookie: known')
  await signIn(app, user.email, { userAgent: CHROME_ON_MAC, ip: '198.51.101.40', cookie: otherCookie })
  t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 1, 'another account\'s cookie proves nothing')
  await signIn(app, user.email, { userAgent: FIREFOX_ON_LINUX, ip: '198.51.102.40', cookie: 'better-auth.device=forged.value' })
  t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 2, 'nor a forged one')
})

t.test('NOTIFY_NEW_DEVICE=false: no notice of a new device; the other notices still go', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), NOTIFY_NEW_DEVICE: 'false' })
  const user = await signUp(app, uniqueEmail('no-device-notice'))
  const signedIn = await signIn(app, user.email, { userAgent: FIREFOX_ON_LINUX, ip: '203.0.113.5' })
  t.equal((await noticesTo(app, mail, user.email, NEW_DEVICE)).length, 0)
  const changed = await app.inject({
    method: 'POST', url: '/api/auth/change-password', headers: { cookie: cookieHeader(signedIn.headers['set-cookie']), origin: FRONTEND_ORIGIN },
    payload: { currentPassword: PASSWORD, newPassword: 'a-new-password-3' },
  })
  t.equal(changed.statusCode, 200)
  t.equal((await noticesTo(app, mail, user.email, /password was changed/i)).length, 1)
})
