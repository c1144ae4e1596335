import { generateKeyPairSync } from 'node:crypto'
import t from 'tap'
import { build, freePort, type TestContext } from '../helper.js'
import { startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { registerUser } from '../surfaces/v1/v1-helper.js'
import { launchChromium, skipWithoutChromium } from './chromium.js'
import { openDevice, serveFrontEnd, v1Ceremonies, type Device, type VirtualCredential } from './webauthn.js'

async function serve(t: TestContext, frontOrigin: string, mail: MailCatcher, env: Record<string, string> = {}) {
  const port = await freePort()
  const api = `http://localhost:${port}`
  const app = await build(t, { BETTER_AUTH_URL: api, CORS_ORIGINS: frontOrigin, WEBAUTHN_ORIGINS: frontOrigin, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), ...env })
  await app.listen({ port, host: '127.0.0.1' })
  return { app, api }
}

/** Puts a credential into a device's authenticator, as the DevTools protocol takes it. */
async function plant(device: Device, credential: VirtualCredential): Promise<void> {
  await device.cdp.send('WebAuthn.addCredential', { authenticatorId: device.authenticatorId, credential })
}

/** One browser for the whole file; each device is a context of its own. */
const browser = skipWithoutChromium === false ? await launchChromium(t) : undefined

t.test('assertions a passkey server must refuse, made by real authenticators in Chromium', { skip: skipWithoutChromium }, async (t) => {
  const mail = await startMailCatcher(t)
  const front = await serveFrontEnd(t)
  const frontOrigin = `http://localhost:${front.port}`
  const { app, api } = await serve(t, frontOrigin, mail)

  /** A user with a passkey on a first device, which has signed in with it once. */
  async function enrolled(t: TestContext): Promise<{ credential: VirtualCredential; first: Device }> {
    const user = await registerUser(app, mail)
    const first = await openDevice(t, browser!, `${frontOrigin}/`)
    const ceremonies = v1Ceremonies(first.page, api)
    const registered = await ceremonies.register(user.accessToken)
    if (registered.status !== 201) throw new Error(`register: ${JSON.stringify(registered.body)}`)
    const signedIn = await ceremonies.signIn()
    if (signedIn.verify.status !== 200) throw new Error(`sign-in: ${JSON.stringify(signedIn.verify.body)}`)
    const [credential] = await first.credentials()
    return { credential: credential!, first }
  }

  await t.test('a second authenticator\'s assertion for the first one\'s credential (its own key) is refused', async (t) => {
    const { credential } = await enrolled(t)
    const otherKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')
    const second = await openDevice(t, browser!, `${frontOrigin}/`)
    // The credential id and user handle of the first, a counter well ahead: only the key differs.
    await plant(second, { ...credential, privateKey: otherKey, signCount: credential.signCount + 100 })
    const attempt = await v1Ceremonies(second.page, api).signIn()
    t.equal(attempt.verify.status, 401, JSON.stringify(attempt.verify.body))
    t.equal((attempt.verify.body as { code: string }).code, 'INVALID_PASSKEY')
  })

  await t.test('a cloned authenticator whose signature counter went backwards is refused; the same clone ahead of it is not', async (t) => {
    const { credential } = await enrolled(t)
    t.ok(credential.signCount >= 2, `the first device has counted its assertions (${credential.signCount})`)
    const clone = await openDevice(t, browser!, `${frontOrigin}/`)
    await plant(clone, { ...credential, signCount: 0 })
    const behind = await v1Ceremonies(clone.page, api).signIn()
    t.equal(behind.verify.status, 401, 'counter 1 after the server saw a higher one')
    t.equal((behind.verify.body as { code: string }).code, 'INVALID_PASSKEY')
    const ahead = await openDevice(t, browser!, `${frontOrigin}/`)
    await plant(ahead, { ...credential, signCount: credential.signCount + 10 })
    const accepted = await v1Ceremonies(ahead.page, api).signIn()
    t.equal(accepted.verify.status, 200, 'the same key with a counter ahead signs in: it was the counter that was refused')
  })

  await t.test('a passkey removed from the account no longer signs in', async (t) => {
    const user = await registerUser(app, mail)
    const device = await openDevice(t, browser!, `${frontOrigin}/`)
    const ceremonies = v1Ceremonies(device.page, api)
    const registered = await ceremonies.register(user.accessToken)
    const id = (registered.body as { id: string }).id
    const removed = await app.inject({ method: 'DELETE', url: `/api/v1/better-auth/passkeys/${id}`, headers: { authorization: `Bearer ${user.accessToken}` } })
    t.equal(removed.statusCode, 204)
    const attempt = await ceremonies.signIn()
    t.equal(attempt.verify.status, 401)
    t.equal((attempt.verify.body as { code: string }).code, 'INVALID_PASSKEY')
  })
})

t.test('an assertion made for another rp id is refused', { skip: skipWithoutChromium }, async (t) => {
  const mail = await startMailCatcher(t)
  const front = await serveFrontEnd(t)
  // A page on app.b.localhost may use passkeys of b.localhost (the service's) or of app.b.localhost.
  const frontOrigin = `http://app.b.localhost:${front.port}`
  const { app, api } = await serve(t, frontOrigin, mail, { WEBAUTHN_RP_ID: 'b.localhost' })
  const user = await registerUser(app, mail)
  const device = await openDevice(t, browser!, `${frontOrigin}/`)
  const ceremonies = v1Ceremonies(device.page, api)
  t.equal((await ceremonies.register(user.accessToken)).status, 201)
  const [credential] = await device.credentials()
  t.equal(credential?.rpId, 'b.localhost')
  t.equal((await ceremonies.signIn()).verify.status, 200, 'with the service\'s rp id it signs in')
  // The same key and credential id under the other rp id the page may use, on a second device.
  const other = await openDevice(t, browser!, `${frontOrigin}/`)
  const { signCount } = (await device.credentials())[0]!
  await plant(other, { ...credential!, rpId: 'app.b.localhost', signCount: signCount + 10 })
  const attempt = await v1Ceremonies(other.page, api).signIn({ rpId: 'app.b.localhost' })
  t.equal(attempt.failed, undefined, 'the browser made the assertion')
  t.equal(attempt.verify.status, 401, JSON.stringify(attempt.verify.body))
  t.equal((attempt.verify.body as { code: string }).code, 'INVALID_PASSKEY')
})
