import { createAuthClient } from 'better-auth/client'
import { emailOTPClient, magicLinkClient, twoFactorClient } from 'better-auth/client/plugins'
import makeFetchCookie from 'fetch-cookie'
import t from 'tap'
import { CookieJar } from 'tough-cookie'
import { FRONTEND_ORIGIN, listen } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { unusedTotp } from '../../totp.js'
import { codeIn, confirmedUser, lastMail, tokenIn, userWithTotp } from '../email-sign-in-helper.js'

/** The official client with its magicLinkClient(), emailOTPClient() and twoFactorClient() plugins, a cookie jar and a front end's Origin. */
function officialClient(url: string, onTwoFactorRedirect: () => void = () => {}) {
  const jar = new CookieJar()
  return createAuthClient({
    baseURL: `${url}/api/auth`,
    plugins: [magicLinkClient(), emailOTPClient(), twoFactorClient({ onTwoFactorRedirect })],
    fetchOptions: { customFetchImpl: makeFetchCookie(fetch, jar), headers: { origin: FRONTEND_ORIGIN } },
  })
}

t.test('the official better-auth/client plugins sign in by emailed code and link', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  await t.test('emailOtp.sendVerificationOtp → signIn.emailOtp → a session', async (t) => {
    const client = officialClient(url)
    const { email, userId } = await confirmedUser(app)
    const sent = await client.emailOtp.sendVerificationOtp({ email, type: 'sign-in' })
    t.equal(sent.error, null)
    t.equal(sent.data?.success, true)
    const wrong = await client.signIn.emailOtp({ email, otp: '000000' === codeIn(await lastMail(app, mail, email, 'email_code')) ? '111111' : '000000' })
    t.equal(wrong.error?.status, 400)
    t.equal(wrong.error?.code, 'INVALID_CODE', 'the SDK reads the mirrored code')
    await client.emailOtp.sendVerificationOtp({ email, type: 'sign-in' })
    const signedIn = await client.signIn.emailOtp({ email, otp: codeIn(await lastMail(app, mail, email, 'email_code')) })
    t.equal(signedIn.error, null)
    t.equal(signedIn.data?.user.id, userId)
    t.equal((await client.getSession()).data?.user.id, userId)
  })

  await t.test('signIn.magicLink → magicLink.verify → a session', async (t) => {
    const client = officialClient(url)
    const { email, userId } = await confirmedUser(app)
    const sent = await client.signIn.magicLink({ email, callbackURL: `${FRONTEND_ORIGIN}/dashboard` })
    t.equal(sent.error, null)
    t.equal(sent.data?.status, true)
    const verified = await client.magicLink.verify({ query: { token: tokenIn(await lastMail(app, mail, email, 'magic_link')) } })
    t.equal(verified.error, null)
    t.equal((await client.getSession()).data?.user.id, userId)
  })

  await t.test('a user with TOTP: onTwoFactorRedirect fires, and twoFactor.verifyTotp completes the sign-in', async (t) => {
    let redirected = 0
    const client = officialClient(url, () => { redirected += 1 })
    const { email, userId, totpURI, spent } = await userWithTotp(app)
    await client.emailOtp.sendVerificationOtp({ email, type: 'sign-in' })
    const first = await client.signIn.emailOtp({ email, otp: codeIn(await lastMail(app, mail, email, 'email_code')) })
    t.equal(first.error, null)
    t.equal(redirected, 1, 'the two-factor plugin saw the redirect')
    t.equal((await client.getSession()).data, null, 'not signed in yet')
    const second = await client.twoFactor.verifyTotp({ code: unusedTotp(totpURI, spent) })
    t.equal(second.error, null)
    t.equal((await client.getSession()).data?.user.id, userId)
  })
})
