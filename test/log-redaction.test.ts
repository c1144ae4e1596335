import { Writable } from 'node:stream'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { redactUrl } from '../src/log-redaction.js'
import { PASSWORD, TEST_SECRET, testConfig, uniqueEmail } from './helper.js'
import { startMailCatcher } from './mail-catcher.js'

t.test('URLs are logged without the tokens they may carry', async (t) => {
  t.equal(redactUrl('/api/auth/reset-password/abc123?callbackURL=https%3A%2F%2Fapp'), '/api/auth/reset-password/[redacted]?callbackURL=[redacted]')
  t.equal(redactUrl('/api/auth/verify-email?token=eyJ.x.y&callbackURL=/'), '/api/auth/verify-email?token=[redacted]&callbackURL=[redacted]')
  t.equal(redactUrl('/api/v1/health'), '/api/v1/health')
})

t.test('whole flows on every surface leave no password, code, token, cookie or secret in the logs', async (t) => {
  const lines: string[] = []
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done() } })
  const mail = await startMailCatcher(t)
  const config = await testConfig(t, { LOG_LEVEL: 'trace', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const app = await buildApp(config, { logger: { level: 'trace', stream } })
  t.teardown(() => app.close())
  const email = uniqueEmail()
  const signUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'Log' } })
  const cookie = String(signUp.headers['set-cookie']).split(';')[0]!
  const token = signUp.json().token as string
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: 'wrong-password-123' } })
  await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })
  await app.inject({ method: 'GET', url: '/api/auth/reset-password/secret-reset-token?callbackURL=%2Freset' })
  await app.inject({ method: 'GET', url: '/api/auth/verify-email?token=secret-verify-token' })
  // The REST surface: an emailed code, a registration token, access and refresh tokens.
  const v1Email = uniqueEmail('log-v1')
  await app.inject({ method: 'POST', url: '/api/v1/better-auth/register', payload: { email: v1Email, password: PASSWORD, name: 'Log' } })
  const code = /\b(\d{6})\b/.exec((await mail.waitFor(v1Email, /verification code/i)).text)![1]!
  const { registrationToken } = (await app.inject({ method: 'POST', url: '/api/v1/better-auth/verify-email', payload: { email: v1Email, code } })).json()
  const tokens = (await app.inject({ method: 'POST', url: '/api/v1/better-auth/complete-registration', payload: { registrationToken } })).json()
  await app.inject({ method: 'POST', url: '/api/v1/better-auth/refresh-token', payload: { refreshToken: tokens.refreshToken } })
  await app.inject({ method: 'POST', url: '/api/v1/better-auth/refresh-token', payload: { refreshToken: 'reused-or-garbage' } })
  await app.inject({ method: 'GET', url: '/api/v1/better-auth/me', headers: { authorization: `Bearer ${tokens.accessToken}` } })
  await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email } })
  const resetLink = (await mail.waitFor(email, /reset/i)).text
  const resetToken = new URL(/https?:\/\/\S+/.exec(resetLink)![0]).pathname.split('/').pop()!
  await app.mailer.idle()
  const log = lines.join('')
  t.ok(lines.length > 10, `${lines.length} log lines`)
  const secrets = [PASSWORD, 'wrong-password-123', token, cookie.split('=')[1]!, 'secret-reset-token', 'secret-verify-token',
    registrationToken, tokens.accessToken, tokens.refreshToken, resetToken, TEST_SECRET]
  // Six digits could sit inside a timestamp: the code counts only standing alone.
  t.notMatch(log, new RegExp(`(?<!\\d)${code}(?!\\d)`), 'no emailed code in the logs')
  for (const secret of secrets) {
    t.notOk(log.includes(secret), `no ${secret.slice(0, 6)}… in the logs`)
  }
})

t.test('sign-in by emailed link and code, on /api/auth and /api/v1, leaves no token or code in the logs', async (t) => {
  const lines: string[] = []
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done() } })
  const mail = await startMailCatcher(t)
  const config = await testConfig(t, { LOG_LEVEL: 'trace', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), EMAIL_SIGN_UP: 'true' })
  const app = await buildApp(config, { logger: { level: 'trace', stream } })
  t.teardown(() => app.close())
  const email = uniqueEmail('log-link')
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/magic-link', payload: { email, callbackURL: 'http://localhost:3000/' } })
  const link = /https?:\/\/\S+/.exec((await mail.waitFor(email, /^Your sign-in link$/)).text)![0]
  const linkToken = new URL(link).searchParams.get('token')!
  const opened = await app.inject({ method: 'GET', url: link.replace(/^https?:\/\/[^/]+/, '') })
  t.equal(opened.statusCode, 302)
  await app.inject({ method: 'POST', url: '/api/auth/email-otp/send-verification-otp', payload: { email, type: 'sign-in' } })
  const code = /\b(\d{6})\b/.exec((await mail.waitFor(email, /^Your sign-in code$/)).text)![1]!
  const signedIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email-otp', payload: { email, otp: code } })
  const v1Email = uniqueEmail('log-v1-link')
  await app.inject({ method: 'POST', url: '/api/v1/better-auth/email-sign-in/start', payload: { email: v1Email } })
  const both = (await mail.waitFor(v1Email, /^Your sign-in link and code$/)).text
  const v1Token = new URL(/https?:\/\/\S+/.exec(both)![0]).searchParams.get('token')!
  const v1Code = /\b(\d{6})\b/.exec(both)![1]!
  const tokens = (await app.inject({ method: 'POST', url: '/api/v1/better-auth/email-sign-in/verify', payload: { token: v1Token } })).json()
  await app.mailer.idle()
  const log = lines.join('')
  for (const secret of [linkToken, v1Token, signedIn.json().token as string, tokens.accessToken as string, tokens.refreshToken as string]) {
    t.notOk(log.includes(secret), `no ${secret.slice(0, 6)}… in the logs`)
  }
  for (const digits of [code, v1Code]) t.notMatch(log, new RegExp(`(?<!\\d)${digits}(?!\\d)`), 'no emailed code in the logs')
})
