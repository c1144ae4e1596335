import t from 'tap'
import { listen, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { createClient, createConfig } from './generated/hey-api/client/index.js'
import * as hey from './generated/hey-api/sdk.gen.js'
import * as orval from './generated/orval/api.js'
import { setOrvalBaseUrl } from './orval-fetch.js'

/**
 * Clients generated from openapi.yaml by two generators that share nothing with the server or with
 * openapi-typescript: @hey-api/openapi-ts (fetch client) and orval (fetch client). `npm test`
 * generates them (not committed) and type-checks this file against them; here each drives one flow
 * per surface against a listening service, the way a team uses it: no cookies, the bearer
 * credentials the contract declares, errors read through the generated types.
 */
async function codeFor(mail: MailCatcher, email: string): Promise<string> {
  const message = await mail.waitFor(email, /verification code/i)
  mail.messages.splice(mail.messages.indexOf(message), 1)
  return /\b(\d{6})\b/.exec(message.text)![1]!
}

t.test('@hey-api/openapi-ts: one flow per surface', async (t) => {
  const mail = await startMailCatcher(t)
  const { url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const client = createClient(createConfig({ baseUrl: url }))
  // hey-api asks for a credential per security scheme of the operation: this one is a bearer token.
  const as = (token: string) => ({ client, auth: (scheme: { scheme?: string }) => (scheme.scheme === 'bearer' ? token : undefined) })

  await t.test('/api/auth: sign up, the session by bearer, sign out by bearer', async (t) => {
    const email = uniqueEmail('hey')
    const signedUp = await hey.nativeSignUpEmail({ client, body: { email, password: PASSWORD, name: 'Hey' } })
    t.equal(signedUp.data?.user.email, email)
    const bearer = signedUp.response.headers.get('set-auth-token')!
    const session = await hey.nativeGetSession(as(bearer))
    t.equal(session.data?.user.email, email, 'Set-Auth-Token is the bearer credential')
    const wrong = await hey.nativeSignInEmail({ client, body: { email, password: 'not-the-password' } })
    t.equal(wrong.error?.code, 'INVALID_CREDENTIALS', 'errors are typed: this operation\'s codes')
    const signedIn = await hey.nativeSignInEmail({ client, body: { email, password: PASSWORD } })
    t.equal(signedIn.data?.kind, 'session')
    t.equal((await hey.nativeSignOut(as(bearer))).data?.success, true, 'no body, no cookie, no Origin')
    t.equal((await hey.nativeGetSession(as(bearer))).data, null)
  })

  await t.test('/auth: sign up, me, log out', async (t) => {
    const email = uniqueEmail('hey-jwt')
    const signedUp = await hey.jwtSignup({ client, body: { email, password: PASSWORD, name: 'Hey' } })
    const token = signedUp.data!.token
    t.equal((await hey.jwtMe(as(token))).data?.email, email)
    const invalid = await hey.jwtSignup({ client, body: { email: 'not-an-email', password: 'short', name: '' } })
    t.equal(invalid.response.status, 422)
    t.equal(Array.isArray(invalid.error?.detail) ? invalid.error.detail.length : 0, 3, 'every invalid field')
    t.equal((await hey.jwtLogout(as(token))).data?.success, true)
    t.equal((await hey.jwtMe(as(token))).response.status, 401)
  })

  await t.test('/api/v1: register, confirm, complete, refresh, me, log out', async (t) => {
    const email = uniqueEmail('hey-v1')
    t.equal((await hey.v1Register({ client, body: { email, password: PASSWORD, name: 'Hey' } })).response.status, 201)
    const verified = await hey.v1VerifyRegistrationCode({ client, body: { email, code: await codeFor(mail, email) } })
    const completed = await hey.v1CompleteRegistration({ client, body: { registrationToken: verified.data!.registrationToken } })
    t.equal(completed.data?.kind, 'tokens')
    const login = await hey.v1Login({ client, body: { email, password: PASSWORD } })
    if (login.data?.kind !== 'tokens') throw new Error('expected tokens')
    const refreshed = await hey.v1RefreshToken({ client, body: { refreshToken: login.data.refreshToken } })
    t.equal((await hey.v1Me(as(refreshed.data!.accessToken))).data?.user.email, email)
    t.equal((await hey.v1Logout({ ...as(refreshed.data!.accessToken), body: {} })).response.status, 200)
    t.equal((await hey.v1Me(as(refreshed.data!.accessToken))).error?.code, 'SESSION_EXPIRED')
  })
})

t.test('orval: one flow per surface', async (t) => {
  const mail = await startMailCatcher(t)
  const { url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  setOrvalBaseUrl(url)
  const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } })

  await t.test('/api/auth: sign up, the session by bearer, sign out by bearer', async (t) => {
    const email = uniqueEmail('orval')
    const signedUp = await orval.nativeSignUpEmail({ email, password: PASSWORD, name: 'Orval' })
    t.equal(signedUp.status, 200)
    const token = signedUp.headers.get('set-auth-token')!
    const session = await orval.nativeGetSession(bearer(token))
    t.equal(session.status === 200 ? session.data?.user.email : undefined, email)
    const wrong = await orval.nativeSignInEmail({ email, password: 'not-the-password' })
    t.equal(wrong.status === 400 ? wrong.data.code : undefined, 'INVALID_CREDENTIALS')
    t.equal((await orval.nativeSignOut(undefined, bearer(token))).status, 200, 'an empty body')
    const after = await orval.nativeGetSession(bearer(token))
    t.equal(after.status === 200 ? after.data : 'not 200', null)
  })

  await t.test('/auth: sign up, me, log out', async (t) => {
    const email = uniqueEmail('orval-jwt')
    const signedUp = await orval.jwtSignup({ email, password: PASSWORD, name: 'Orval' })
    if (signedUp.status !== 200) throw new Error(`signup ${signedUp.status}`)
    const me = await orval.jwtMe(bearer(signedUp.data.token))
    t.equal(me.status === 200 ? me.data.email : undefined, email)
    t.equal((await orval.jwtLogout({}, bearer(signedUp.data.token))).status, 200)
    t.equal((await orval.jwtMe(bearer(signedUp.data.token))).status, 401)
  })

  await t.test('/api/v1: register, confirm, complete, refresh, me, log out', async (t) => {
    const email = uniqueEmail('orval-v1')
    t.equal((await orval.v1Register({ email, password: PASSWORD, name: 'Orval' })).status, 201)
    const verified = await orval.v1VerifyRegistrationCode({ email, code: await codeFor(mail, email) })
    if (verified.status !== 200) throw new Error(`verify ${verified.status}`)
    const completed = await orval.v1CompleteRegistration({ registrationToken: verified.data.registrationToken })
    if (completed.status !== 200) throw new Error(`complete ${completed.status}`)
    const refreshed = await orval.v1RefreshToken({ refreshToken: completed.data.refreshToken })
    if (refreshed.status !== 200) throw new Error(`refresh ${refreshed.status}`)
    const me = await orval.v1Me(bearer(refreshed.data.accessToken))
    t.equal(me.status === 200 ? me.data.user.email : undefined, email)
    t.equal((await orval.v1Logout(undefined, bearer(refreshed.data.accessToken))).status, 200)
    const gone = await orval.v1Me(bearer(refreshed.data.accessToken))
    t.equal(gone.status === 401 ? gone.data.code : undefined, 'SESSION_EXPIRED')
  })
})
