import t from 'tap'
import { build, createPostgresDatabase, freePort, PASSWORD, postgresServer, type TestContext } from '../helper.js'
import { startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { unusedTotp } from '../totp.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'
import { launchChromium, skipWithoutChromium } from './chromium.js'
import { openDevice, serveFrontEnd, v1Ceremonies } from './webauthn.js'

interface Tokens { kind: string; accessToken: string; refreshToken: string; user: { id: string; email: string } }

/** The service listening on http://localhost:<port>, its answers checked against the contract; `env` on top. */
async function serve(t: TestContext, frontOrigin: string, mail: MailCatcher, env: Record<string, string> = {}) {
  const port = await freePort()
  const api = `http://localhost:${port}`
  const app = await build(t, { BETTER_AUTH_URL: api, CORS_ORIGINS: frontOrigin, WEBAUTHN_ORIGINS: frontOrigin, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), ...env })
  await app.listen({ port, host: '127.0.0.1' })
  return { app, api }
}

/** One browser for the whole file; each device is a context of its own. */
const browser = skipWithoutChromium === false ? await launchChromium(t) : undefined

t.test('v1 passkeys with @simplewebauthn/browser in Chromium', { skip: skipWithoutChromium }, async (t) => {
  const mail = await startMailCatcher(t)
  const front = await serveFrontEnd(t)
  const frontOrigin = `http://localhost:${front.port}`
  const { app, api } = await serve(t, frontOrigin, mail)

  await t.test('register while signed in, then sign in with the passkey: the same token pair as login', async (t) => {
    const user = await registerUser(app, mail)
    const device = await openDevice(t, browser!, `${frontOrigin}/`)
    const ceremonies = v1Ceremonies(device.page, api)
    const registered = await ceremonies.register(user.accessToken, 'Phone')
    t.equal(registered.status, 201, JSON.stringify(registered.body))
    t.match(registered.body, { name: 'Phone', userId: user.user.id, deviceType: String, backedUp: Boolean })
    const signedIn = await ceremonies.signIn()
    t.equal(signedIn.verify.status, 200, JSON.stringify(signedIn.verify.body))
    const tokens = signedIn.verify.body as Tokens
    t.equal(tokens.kind, 'tokens')
    t.equal(tokens.user.id, user.user.id)
    t.match(tokens, { accessToken: String, refreshToken: String, expiresIn: 900, tokenType: 'Bearer' })
    const me = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${tokens.accessToken}` } })
    t.equal(me.json().user.email, user.email, 'the access token works')
    const refreshed = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: tokens.refreshToken } })
    t.equal(refreshed.statusCode, 200, 'and the refresh token')
    const list = await app.inject({ method: 'GET', url: `${V1}/passkeys`, headers: { authorization: `Bearer ${tokens.accessToken}` } })
    t.same(list.json().passkeys.map((passkey: { name: string }) => passkey.name), ['Phone'])
    const again = await ceremonies.signIn()
    t.equal(again.verify.status, 200, 'and again: the signature counter moves on')
  })

  await t.test('a passkey answers the MFA challenge of a password sign-in', async (t) => {
    const user = await registerUser(app, mail)
    const device = await openDevice(t, browser!, `${frontOrigin}/`)
    const ceremonies = v1Ceremonies(device.page, api)
    t.equal((await ceremonies.register(user.accessToken)).status, 201)
    const auth = { authorization: `Bearer ${user.accessToken}` }
    const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: auth, payload: { password: PASSWORD } })
    const enabled = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers: auth, payload: { code: unusedTotp(setup.json().totpURI, new Set()) } })
    t.equal(enabled.statusCode, 200)
    const challenge = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
    t.equal(challenge.json().kind, 'mfa_challenge')
    const { mfaToken } = challenge.json() as { mfaToken: string }
    const answered = await ceremonies.signIn({ mfaToken })
    t.same((answered.options.body as { options: { allowCredentials: unknown[] } }).options.allowCredentials.length, 1, 'the options list the user\'s passkey')
    t.equal(answered.verify.status, 200, JSON.stringify(answered.verify.body))
    t.equal((answered.verify.body as Tokens).user.id, user.user.id)
    const replayed = await ceremonies.signIn({ mfaToken })
    t.equal(replayed.options.status, 401, 'the MFA challenge is spent')
    const direct = await ceremonies.signIn()
    t.equal(direct.verify.status, 200, 'a passkey sign-in needs no TOTP step: the authenticator verified its user')
  })

  await t.test('a passkey of another account does not answer this one\'s MFA challenge', async (t) => {
    const victim = await registerUser(app, mail)
    const auth = { authorization: `Bearer ${victim.accessToken}` }
    const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: auth, payload: { password: PASSWORD } })
    await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers: auth, payload: { code: unusedTotp(setup.json().totpURI, new Set()) } })
    const attacker = await registerUser(app, mail)
    const device = await openDevice(t, browser!, `${frontOrigin}/`)
    const ceremonies = v1Ceremonies(device.page, api)
    t.equal((await ceremonies.register(attacker.accessToken)).status, 201)
    const { mfaToken } = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: victim.email, password: PASSWORD } })).json() as { mfaToken: string }
    const options = await app.inject({ method: 'POST', url: `${V1}/passkeys/login/options`, payload: {} })
    const assertion = await device.page.evaluate(async (optionsJSON) => {
      return (globalThis as unknown as { passkeyPage: { startAuthentication(input: unknown): Promise<unknown> } }).passkeyPage.startAuthentication({ optionsJSON })
    }, options.json().options)
    const refused = await device.page.evaluate(async ({ url, body }) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return { status: response.status, body: await response.json() as { code: string } }
    }, { url: `${api}${V1}/verify-mfa`, body: { mfaToken, passkey: { challengeToken: options.json().challengeToken, response: assertion } } })
    t.equal(refused.status, 401)
    t.equal(refused.body.code, 'INVALID_PASSKEY')
  })
})

const server = await postgresServer()

t.test('two replicas on one PostgreSQL: one issues the options, the other verifies', { skip: skipWithoutChromium || (server === undefined && 'needs PostgreSQL (DATABASE_URL, or a server on 127.0.0.1:5432)') }, async (t) => {
  if (server === undefined) return
  const mail = await startMailCatcher(t)
  const front = await serveFrontEnd(t)
  const frontOrigin = `http://localhost:${front.port}`
  const database = await createPostgresDatabase(t, server)
  const first = await serve(t, frontOrigin, mail, { DATABASE_URL: database })
  // Replicas behind one load balancer: one public URL (the tokens' issuer), one database.
  const second = await serve(t, frontOrigin, mail, { DATABASE_URL: database, BETTER_AUTH_URL: first.api })
  const user = await registerUser(first.app, mail)
  const device = await openDevice(t, browser!, `${frontOrigin}/`)
  const across = v1Ceremonies(device.page, first.api, { options: first.api, verify: second.api })
  const registered = await across.register(user.accessToken)
  t.equal(registered.status, 201, `registration verified by the other replica ${JSON.stringify(registered.body)}`)
  const signedIn = await v1Ceremonies(device.page, second.api, { options: second.api, verify: first.api }).signIn()
  t.equal(signedIn.verify.status, 200, 'and a sign-in the other way round')
  const replayed = await device.page.evaluate(async ({ url, body }) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status, {
    url: `${second.api}${V1}/passkeys/login/verify`,
    body: { challengeToken: (signedIn.options.body as { challengeToken: string }).challengeToken, response: signedIn.assertion },
  })
  t.equal(replayed, 401, 'the same assertion replayed on the replica that did not verify it: its challenge is spent for both')
})
