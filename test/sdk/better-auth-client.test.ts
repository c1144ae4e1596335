import { createAuthClient } from 'better-auth/client'
import makeFetchCookie from 'fetch-cookie'
import t from 'tap'
import { CookieJar } from 'tough-cookie'
import { FRONTEND_ORIGIN, listen, PASSWORD, uniqueEmail } from '../helper.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'

/** The official Better Auth client, with a cookie jar and an Origin header, as a browser app would run it. */
function browserLikeClient(baseURL: string) {
  const jar = new CookieJar()
  const fetchWithCookies = makeFetchCookie(fetch, jar)
  const client = createAuthClient({
    baseURL: `${baseURL}/api/auth`,
    fetchOptions: { customFetchImpl: fetchWithCookies, headers: { origin: FRONTEND_ORIGIN } },
  })
  return { client, jar }
}

t.test('the official better-auth/client SDK works unchanged', async (t) => {
  const mail = await startMailCatcher(t)
  const { url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const { client, jar } = browserLikeClient(url)
  const email = uniqueEmail('sdk')

  const signedUp = await client.signUp.email({ email, password: PASSWORD, name: 'SDK User' })
  t.equal(signedUp.error, null)
  t.equal(signedUp.data?.user.email, email)
  t.ok((await jar.getCookies(url)).some((cookie) => cookie.key === 'better-auth.session_token'), 'the cookie is stored')

  const session = await client.getSession()
  t.equal(session.data?.user.email, email)
  t.equal(session.data?.session.userId, signedUp.data?.user.id)

  const signedOut = await client.signOut()
  t.equal(signedOut.data?.success, true)
  const afterSignOut = await client.getSession()
  t.equal(afterSignOut.data, null, 'useSession reads null as signed out')

  const wrong = await client.signIn.email({ email, password: 'not-the-password' })
  t.equal(wrong.data, null)
  t.equal(wrong.error?.status, 400)
  t.equal(wrong.error?.code, 'INVALID_CREDENTIALS', 'the SDK reads the mirrored code')
  t.equal(wrong.error?.message, 'Invalid email or password')

  const signedIn = await client.signIn.email({ email, password: PASSWORD, rememberMe: true })
  t.equal(signedIn.error, null)
  t.equal((await client.getSession()).data?.user.email, email)

  const verificationToken = new URL(firstLink((await mail.waitFor(email, /verify/i)).text)).searchParams.get('token')!
  const verified = await client.verifyEmail({ query: { token: verificationToken } })
  t.equal(verified.error, null)
  // Confirming the address ends every session issued before it (someone else may have signed up with it).
  t.equal((await client.getSession()).data, null, 'the session from before the confirmation has ended')
  t.equal((await client.signIn.email({ email, password: PASSWORD })).error, null)
  t.equal((await client.getSession()).data?.user.emailVerified, true)

  const resetRequested = await client.requestPasswordReset({ email, redirectTo: `${FRONTEND_ORIGIN}/reset` })
  t.equal(resetRequested.error, null)
  const resetToken = new URL(firstLink((await mail.waitFor(email, /reset/i)).text)).pathname.split('/').pop()!
  const reset = await client.resetPassword({ newPassword: 'a-new-password-1', token: resetToken })
  t.equal(reset.error, null)
  t.equal((await client.getSession()).data, null, 'the reset revoked the session')
  const withNewPassword = await client.signIn.email({ email, password: 'a-new-password-1' })
  t.equal(withNewPassword.error, null)
})

t.test('clients that are not browsers are served without an Origin', async (t) => {
  const { url } = await listen(t)

  await t.test('curl as in the documented examples (no Origin, no cookies)', async (t) => {
    const response = await fetch(`${url}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'curl/8.5.0' },
      body: JSON.stringify({ email: uniqueEmail(), password: 'testpass123', name: 'Test User' }),
    })
    t.equal(response.status, 200)
  })

  await t.test('a Node fetch that sends Sec-Fetch-Mode: cors and no Origin', async (t) => {
    const response = await fetch(`${url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-mode': 'cors' },
      body: JSON.stringify({ email: uniqueEmail(), password: 'whatever-password' }),
    })
    t.equal(response.status, 400, 'a normal answer (wrong credentials), not a 403')
    t.equal(((await response.json()) as { code: string }).code, 'INVALID_CREDENTIALS')
  })

  await t.test('but a cookie-bearing state-changing request without Origin or Referer is refused', async (t) => {
    const response = await fetch(`${url}/api/auth/sign-out`, { method: 'POST', headers: { cookie: 'better-auth.session_token=x.y' } })
    t.equal(response.status, 403)
    t.equal(((await response.json()) as { code: string }).code, 'FORBIDDEN_ORIGIN')
  })

  await t.test('and so is any state-changing request from a foreign origin', async (t) => {
    const response = await fetch(`${url}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: uniqueEmail(), password: 'testpass123', name: 'Mallory' }),
    })
    t.equal(response.status, 403)
    t.equal(response.headers.get('access-control-allow-origin'), null, 'no CORS headers for a foreign origin')
  })
})
