import t from 'tap'
import { testClock } from '../../clock.js'
import { build, PASSWORD, uniqueEmail } from '../../helper.js'
import { firstLink, startMailCatcher } from '../../mail-catcher.js'
import { unusedTotp } from '../../totp.js'
import { codeFor, V1 } from './v1-helper.js'

/** The front end's whole journey, in order, over HTTP, with real email. */
t.test('register, code by email, complete, login, enable TOTP, login with MFA, refresh, reuse detection, reset, logout', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = testClock()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), REFRESH_REUSE_INTERVAL: '1' }, { clock })
  const email = uniqueEmail('journey')
  const post = (path: string, payload: object, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url: `${V1}${path}`, payload, headers })

  t.equal((await post('/register', { email, password: PASSWORD, name: 'Journey' })).statusCode, 201)
  const { registrationToken } = (await post('/verify-email', { email, code: await codeFor(mail, email) })).json()
  const completed = (await post('/complete-registration', { registrationToken })).json()
  t.type(completed.accessToken, 'string')

  const loggedIn = (await post('/login', { email, password: PASSWORD })).json()
  const auth = { authorization: `Bearer ${loggedIn.accessToken}` }
  const { totpURI } = (await post('/mfa/setup', { password: PASSWORD }, auth)).json()
  const spent = new Set<string>()
  const enabled = await post('/mfa/enable', { code: unusedTotp(totpURI, spent) }, auth)
  t.equal(enabled.statusCode, 200)

  const challenge = (await post('/login', { email, password: PASSWORD })).json()
  t.equal(challenge.mfaRequired, true)
  const withMfa = (await post('/verify-mfa', { mfaToken: challenge.mfaToken, code: unusedTotp(totpURI, spent) })).json()
  const refreshed = (await post('/refresh-token', { refreshToken: withMfa.refreshToken })).json()
  t.type(refreshed.refreshToken, 'string')

  clock.advance(1_001)
  const reused = await post('/refresh-token', { refreshToken: withMfa.refreshToken })
  t.equal(reused.json().code, 'TOKEN_REUSED', 'reuse after the interval is detected')
  t.equal((await post('/refresh-token', { refreshToken: refreshed.refreshToken })).statusCode, 401, 'and the family is gone')

  await post('/request-password-reset', { email })
  const resetToken = new URL(firstLink((await mail.waitFor(email, /reset/i)).text)).pathname.split('/').pop()!
  t.equal((await post('/reset-password', { token: resetToken, password: 'journey-new-password' })).statusCode, 200)

  const afterReset = (await post('/login', { email, password: 'journey-new-password' })).json()
  // Each TOTP code works once.
  const final = (await post('/verify-mfa', { mfaToken: afterReset.mfaToken, code: unusedTotp(totpURI, spent) })).json()
  t.equal((await post('/logout', {}, { authorization: `Bearer ${final.accessToken}` })).statusCode, 200)
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${final.accessToken}` } })).statusCode, 401)
})
