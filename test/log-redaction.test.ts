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
