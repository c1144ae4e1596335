import { Writable } from 'node:stream'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { redactUrl } from '../src/log-redaction.js'
import { PASSWORD, testConfig, uniqueEmail } from './helper.js'

t.test('URLs are logged without the tokens they may carry', async (t) => {
  t.equal(redactUrl('/api/auth/reset-password/abc123?callbackURL=https%3A%2F%2Fapp'), '/api/auth/reset-password/[redacted]?callbackURL=[redacted]')
  t.equal(redactUrl('/api/auth/verify-email?token=eyJ.x.y&callbackURL=/'), '/api/auth/verify-email?token=[redacted]&callbackURL=[redacted]')
  t.equal(redactUrl('/api/v1/health'), '/api/v1/health')
})

t.test('a whole sign-up, sign-in and reset leaves no password, token or cookie in the logs', async (t) => {
  const lines: string[] = []
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done() } })
  const config = await testConfig(t, { LOG_LEVEL: 'trace' })
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
  const log = lines.join('')
  t.ok(lines.length > 10, `${lines.length} log lines`)
  for (const secret of [PASSWORD, 'wrong-password-123', token, cookie.split('=')[1]!, 'secret-reset-token', 'secret-verify-token']) {
    t.notOk(log.includes(secret), `no ${secret.slice(0, 6)}… in the logs`)
  }
})
