import makeFetchCookie from 'fetch-cookie'
import t from 'tap'
import { CookieJar } from 'tough-cookie'
import { FRONTEND_ORIGIN, listen, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { totpFromUri } from '../totp.js'

/**
 * A client outside a browser (Python's requests, curl, a BFF in Node) keeps cookies in a jar that
 * follows RFC 6265: it never sends a Secure cookie back over plain http, not even to 127.0.0.1
 * (tough-cookie's `allowSecureOnLocal: false`). On a plain-http development deployment every
 * cookie of every flow must therefore come back without Secure, and each flow must work on
 * cookies alone.
 */
t.test('a strict cookie jar over plain http: every cookie comes back, so every flow works on cookies alone', async (t) => {
  const mail = await startMailCatcher(t)
  const { url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), RATE_LIMITS: 'on' })
  const jar = new CookieJar(undefined, { allowSecureOnLocal: false })
  const jarFetch = makeFetchCookie(fetch, jar)
  // The Origin a client holding cookies sends on a POST (the CSRF rule).
  const call = async (method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> => {
    const response = await jarFetch(`${url}${path}`, {
      method,
      headers: { ...(method === 'POST' ? { origin: FRONTEND_ORIGIN } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    return { status: response.status, json: text === '' ? null : JSON.parse(text) }
  }
  const stored = async (): Promise<string[]> => (await jar.getCookies(`${url}/api/v1/better-auth/x`)).map((cookie) => cookie.key)

  await t.test('/api/auth: sign-up, the session read back, sign-in without remember-me, sign-out', async (t) => {
    const email = uniqueEmail('jar')
    t.equal((await call('POST', '/api/auth/sign-up/email', { email, password: PASSWORD, name: 'Jar' })).status, 200)
    t.equal((await call('GET', '/api/auth/get-session')).json?.user.email, email, 'the session cookie came back')
    t.equal((await call('POST', '/api/auth/sign-in/email', { email, password: PASSWORD, rememberMe: false })).status, 200)
    t.ok((await stored()).includes('better-auth.dont_remember'))
    t.ok((await stored()).includes('better-auth.device'), 'and the device cookie')
    t.equal((await call('GET', '/api/auth/session')).json?.user?.email, email)
    t.equal((await call('POST', '/api/auth/sign-out')).status, 200, 'a POST without a body, cookies and Origin only')
    t.equal((await call('GET', '/api/auth/get-session')).json, null)
  })

  await t.test('/auth: the auth_token cookie opens me', async (t) => {
    const email = uniqueEmail('jar-jwt')
    t.equal((await call('POST', '/auth/signup', { email, password: PASSWORD, name: 'Jar' })).status, 200)
    t.equal((await call('GET', '/auth/me')).json?.email, email, 'no bearer: the cookie alone')
    t.equal((await call('POST', '/auth/logout')).status, 200)
    t.equal((await call('GET', '/auth/me')).status, 401)
  })

  await t.test('/api/v1: the session cookie opens me, the refresh cookie alone refreshes', async (t) => {
    const email = uniqueEmail('jar-v1')
    t.equal((await call('POST', '/api/v1/better-auth/register', { email, password: PASSWORD, name: 'Jar' })).status, 201)
    const code = /\b(\d{6})\b/.exec((await mail.waitFor(email, /verification code/i)).text)![1]!
    const verified = await call('POST', '/api/v1/better-auth/verify-email', { email, code })
    t.equal((await call('POST', '/api/v1/better-auth/complete-registration', { registrationToken: verified.json.registrationToken })).status, 200)
    t.ok((await stored()).includes('better-auth.refresh_token'))
    t.equal((await call('GET', '/api/v1/better-auth/me')).json?.user.email, email, 'the session cookie came back')
    const refreshed = await call('POST', '/api/v1/better-auth/refresh-token')
    t.equal(refreshed.status, 200, 'the refresh cookie came back (Path=/api/v1/better-auth)')

    const enrolled = await call('POST', '/api/v1/better-auth/mfa/setup', { password: PASSWORD })
    t.equal((await call('POST', '/api/v1/better-auth/mfa/enable', { code: totpFromUri(enrolled.json.totpURI) })).status, 200)
    await t.test('/api/auth second factor: the two_factor cookie carries the pending sign-in', async (t) => {
      const challenge = await call('POST', '/api/auth/sign-in/email', { email, password: PASSWORD })
      t.equal(challenge.json?.kind, 'two_factor_redirect')
      const verifiedCode = await call('POST', '/api/auth/two-factor/verify-backup-code', { code: enrolled.json.backupCodes[0], trustDevice: true })
      t.equal(verifiedCode.status, 200, 'the two_factor cookie came back')
      t.ok((await stored()).includes('better-auth.trust_device'))
      t.equal((await call('GET', '/api/auth/get-session')).json?.user.email, email)
    })
    t.equal((await call('POST', '/api/v1/better-auth/logout')).status, 200)
    t.notOk((await stored()).includes('better-auth.refresh_token'), 'cleared')
  })

  const secure = (await jar.getCookies(url)).filter((cookie) => cookie.secure).map((cookie) => cookie.key)
  t.same(secure, [], 'no cookie is Secure on a plain-http deployment')
})
