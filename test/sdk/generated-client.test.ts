import createClient from 'openapi-fetch'
import t from 'tap'
import { FRONTEND_ORIGIN, listen, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import type { paths } from './generated/api.js'

/**
 * The client a team generates from openapi.yaml (openapi-typescript types, openapi-fetch calls),
 * driving each surface's main flow against a listening server. `npm test` generates the types
 * first and type-checks this file against them, so a contract change that breaks these calls
 * fails the type check before any request is made.
 */
t.test('a client generated from openapi.yaml runs each surface\'s main flow', async (t) => {
  const mail = await startMailCatcher(t)
  const { url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const client = createClient<paths>({ baseUrl: url })

  await t.test('health', async (t) => {
    const { data, response } = await client.GET('/api/v1/health')
    t.equal(response.status, 200)
    t.equal(data?.status, 'ok')
  })

  await t.test('/api/auth: sign up, read the session, sign out', async (t) => {
    const email = uniqueEmail('sdk')
    const signedUp = await client.POST('/api/auth/sign-up/email', { body: { email, password: PASSWORD, name: 'Generated' } })
    t.equal(signedUp.response.status, 200)
    const user: { email: string; emailVerified: boolean } | undefined = signedUp.data?.user
    t.equal(user?.email, email)
    const cookie = signedUp.response.headers.getSetCookie()[0]!.split(';')[0]!

    const session = await client.GET('/api/auth/session', { headers: { cookie } })
    t.equal(session.data?.user?.email, email)

    const wrong = await client.POST('/api/auth/sign-in/email', { body: { email, password: 'not-the-password' } })
    t.equal(wrong.response.status, 400)
    t.equal(wrong.error?.error.code, 'INVALID_CREDENTIALS', 'errors are typed too')

    const signedOut = await client.POST('/api/auth/sign-out', { headers: { cookie, origin: FRONTEND_ORIGIN }, body: {} })
    t.equal(signedOut.data?.success, true)
    const after = await client.GET('/api/auth/session', { headers: { cookie } })
    t.equal(after.data?.session, null)

    // @ts-expect-error the generated types refuse a sign-up without a password
    const refused = await client.POST('/api/auth/sign-up/email', { body: { email: uniqueEmail(), name: 'No password' } })
    t.equal(refused.response.status, 400, 'and so does the server')
  })

  await t.test('/auth: sign up, me by bearer token, log out', async (t) => {
    const email = uniqueEmail('sdk-jwt')
    const signedUp = await client.POST('/auth/signup', { body: { email, password: PASSWORD, name: 'Generated JWT' } })
    const token = signedUp.data?.token
    t.type(token, 'string')
    const me = await client.GET('/auth/me', { headers: { authorization: `Bearer ${token}` } })
    t.equal(me.data?.email, email)
    const taken = await client.POST('/auth/signup', { body: { email, password: PASSWORD, name: 'Again' } })
    t.equal(taken.response.status, 409)
    t.equal(taken.error?.detail, 'User with this email already exists')
    const loggedOut = await client.POST('/auth/logout', { headers: { authorization: `Bearer ${token}` }, body: {} })
    t.equal(loggedOut.data?.success, true)
    const gone = await client.GET('/auth/me', { headers: { authorization: `Bearer ${token}` } })
    t.equal(gone.response.status, 401)
  })

  await t.test('/api/v1: register, confirm the code, complete, refresh, me, log out', async (t) => {
    const email = uniqueEmail('sdk-v1')
    const registered = await client.POST('/api/v1/better-auth/register', { body: { email, password: PASSWORD, name: 'Generated V1' } })
    t.equal(registered.response.status, 201)
    t.equal(registered.data?.verificationRequired, true)
    const code = /\b(\d{6})\b/.exec((await mail.waitFor(email, /verification code/i)).text)![1]!
    const verified = await client.POST('/api/v1/better-auth/verify-email', { body: { email, code } })
    const completed = await client.POST('/api/v1/better-auth/complete-registration', { body: { registrationToken: verified.data!.registrationToken } })
    t.equal(completed.data?.tokenType, 'Bearer')
    const refreshed = await client.POST('/api/v1/better-auth/refresh-token', { body: { refreshToken: completed.data!.refreshToken } })
    const accessToken = refreshed.data!.accessToken
    const me = await client.GET('/api/v1/better-auth/me', { headers: { authorization: `Bearer ${accessToken}` } })
    t.equal(me.data?.user.email, email)
    const wrong = await client.POST('/api/v1/better-auth/login', { body: { email, password: 'not-the-password' } })
    t.equal(wrong.error?.code, 'INVALID_CREDENTIALS')
    await client.POST('/api/v1/better-auth/logout', { headers: { authorization: `Bearer ${accessToken}` }, body: {} })
    t.equal((await client.GET('/api/v1/better-auth/me', { headers: { authorization: `Bearer ${accessToken}` } })).response.status, 401)
  })

  await t.test('the key set', async (t) => {
    const { data } = await client.GET('/.well-known/jwks.json')
    t.ok((data?.keys.length ?? 0) >= 1)
    t.equal(data?.keys[0]?.alg, 'EdDSA')
  })
})
