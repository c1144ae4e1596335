import t from 'tap'
import { contractProblems } from '../../contract.js'
import { build, PASSWORD, uniqueEmail } from '../../helper.js'

t.test('POST /api/auth/sign-up/email', async (t) => {
  const app = await build(t)

  await t.test('→ 200 with user, session and token, and the session cookie', async (t) => {
    const email = uniqueEmail()
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { email, password: 'securepass123', name: 'John Doe' },
    })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeSignUpEmail', response), [])
    const body = response.json()
    t.equal(body.user.email, email)
    t.equal(body.user.name, 'John Doe')
    t.equal(body.user.emailVerified, false)
    t.equal(body.user.image, null)
    t.equal(body.session.userId, body.user.id)
    t.equal(body.session.token, body.token)
    const expiresIn = Date.parse(body.session.expiresAt) - Date.now()
    t.ok(expiresIn > 6.9 * 86_400_000 && expiresIn <= 7 * 86_400_000, 'the session lives 7 days')
    const cookie = String(response.headers['set-cookie'])
    t.match(cookie, /^better-auth\.session_token=[^;]+\.[^;]+;/, 'named exactly better-auth.session_token, value token.signature')
    t.match(cookie, /HttpOnly/)
    t.match(cookie, /SameSite=Lax/)
    t.match(cookie, /Max-Age=604800/)
    t.notMatch(cookie, /Secure/, 'not Secure on plain http, where cookie jars outside browsers would never send it back')
    t.equal(response.headers['cache-control'], 'no-store')
  })

  await t.test('→ the email is stored lower-cased and matched case-insensitively', async (t) => {
    const email = uniqueEmail('Mixed.Case')
    const first = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'A' } })
    t.equal(first.json().user.email, email.toLowerCase())
    const second = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: email.toUpperCase(), password: PASSWORD, name: 'B' } })
    t.equal(second.statusCode, 400)
    t.equal(second.json().error.code, 'EMAIL_ALREADY_EXISTS')
  })

  await t.test('→ unknown fields are ignored (the SDK sends rememberMe, callbackURL)', async (t) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { email: uniqueEmail(), password: PASSWORD, name: 'X', rememberMe: true, callbackURL: '/welcome', role: 'admin', emailVerified: true },
    })
    t.equal(response.statusCode, 200)
    t.equal(response.json().user.emailVerified, false, 'a client cannot mark itself verified')
  })

  const failures: Array<{ name: string; payload: unknown; code: string }> = [
    { name: 'a taken email', payload: 'taken', code: 'EMAIL_ALREADY_EXISTS' },
    { name: 'a password under 8 characters', payload: { email: uniqueEmail(), password: 'short', name: 'A' }, code: 'WEAK_PASSWORD' },
    { name: 'a password over 128 characters', payload: { email: uniqueEmail(), password: 'x'.repeat(129), name: 'A' }, code: 'WEAK_PASSWORD' },
    { name: 'an invalid email', payload: { email: 'not-an-email', password: PASSWORD, name: 'A' }, code: 'VALIDATION_ERROR' },
    { name: 'a missing name', payload: { email: uniqueEmail(), password: PASSWORD }, code: 'VALIDATION_ERROR' },
    { name: 'a number as password', payload: { email: uniqueEmail(), password: 12345678, name: 'A' }, code: 'VALIDATION_ERROR' },
    { name: 'a callbackURL on a foreign origin', payload: { email: uniqueEmail(), password: PASSWORD, name: 'A', callbackURL: 'https://evil.example/' }, code: 'INVALID_REDIRECT' },
  ]
  const taken = uniqueEmail()
  await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: taken, password: PASSWORD, name: 'A' } })
  for (const failure of failures) {
    await t.test(`→ 400 ${failure.code} for ${failure.name}`, async (t) => {
      const payload = failure.payload === 'taken' ? { email: taken, password: PASSWORD, name: 'B' } : failure.payload
      const response = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: payload as object })
      t.equal(response.statusCode, 400)
      t.same(contractProblems('nativeSignUpEmail', response), [])
      const body = response.json()
      t.equal(body.error.code, failure.code)
      t.equal(body.code, failure.code, 'code mirrored at the top level for the SDK')
      t.equal(body.message, body.error.message)
      t.notOk(response.headers['set-cookie'], 'no cookie on failure')
      t.notMatch(response.body, /correct-horse|short|xxxxxxxx/, 'the password is not echoed')
    })
  }
})
