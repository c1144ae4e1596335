import t from 'tap'
import { build, freePort, PASSWORD } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { registerUser } from '../surfaces/v1/v1-helper.js'
import { launchChromium, skipWithoutChromium } from './chromium.js'
import { openDevice, serveFrontEnd } from './webauthn.js'

/** What the official client's calls give back in the page: data, or its error. */
interface ClientResult { data: unknown; error: { status: number; code?: string; message?: string } | null }

t.test('the official better-auth/client with passkeyClient(), unchanged, in Chromium with a platform authenticator', { skip: skipWithoutChromium }, async (t) => {
  const browser = await launchChromium(t)
  const mail = await startMailCatcher(t)
  const front = await serveFrontEnd(t)
  const frontOrigin = `http://localhost:${front.port}`
  const port = await freePort()
  const api = `http://localhost:${port}`
  const app = await build(t, { BETTER_AUTH_URL: api, CORS_ORIGINS: frontOrigin, WEBAUTHN_ORIGINS: frontOrigin, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  await app.listen({ port, host: '127.0.0.1' })
  const user = await registerUser(app, mail)
  const device = await openDevice(t, browser, `${frontOrigin}/`)

  const run = (script: string, arg: Record<string, unknown> = {}): Promise<ClientResult> => device.page.evaluate(async ({ script, arg, baseURL }) => {
    const client = (globalThis as unknown as { passkeyPage: { authClient(url: string): unknown } }).passkeyPage.authClient(baseURL)
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test's own script, run in its page
    const result = await (new Function('client', 'arg', `return (async () => ${script})()`) as (client: unknown, arg: unknown) => Promise<{ data: unknown; error: unknown }>)(client, arg)
    return JSON.parse(JSON.stringify({ data: result.data, error: result.error })) as ClientResult
  }, { script, arg, baseURL: `${api}/api/auth` })

  await t.test('signed in with a password, the user adds a named passkey', async (t) => {
    t.equal((await run('client.signIn.email({ email: arg.email, password: arg.password })', { email: user.email, password: PASSWORD })).error, null)
    const added = await run('client.passkey.addPasskey({ name: "Laptop" })')
    t.equal(added.error, null, JSON.stringify(added.error))
    t.equal((added.data as { name: string }).name, 'Laptop')
    const [credential] = await device.credentials()
    t.equal(credential?.isResidentCredential, true, 'a discoverable credential')
    t.equal(credential?.rpId, 'localhost', 'for the rp id derived from BETTER_AUTH_URL')
    const listed = await run('client.passkey.listUserPasskeys()')
    t.same((listed.data as Array<{ name: string }>).map((passkey) => passkey.name), ['Laptop'])
  })

  await t.test('signed out, the user signs in with the passkey, typing no email', async (t) => {
    t.equal((await run('client.signOut()')).error, null)
    t.equal((await run('client.getSession()')).data, null, 'signed out')
    const signedIn = await run('client.signIn.passkey()')
    t.equal(signedIn.error, null, JSON.stringify(signedIn.error))
    const session = await run('client.getSession()')
    t.equal((session.data as { user: { email: string } } | null)?.user.email, user.email, 'the session cookie came back')
    const events = await app.db.selectFrom('audit_event').select(['type', 'detail']).where('user_id', '=', user.user.id).orderBy('occurred_at').execute()
    t.ok(events.some((event) => event.type === 'passkey.added' && event.detail.passkeyName === 'Laptop'), 'passkey.added recorded')
    t.ok(events.some((event) => event.type === 'sign_in.succeeded' && event.detail.method === 'passkey'), 'the passkey sign-in recorded')
  })

  await t.test('a removed passkey no longer signs in', async (t) => {
    const listed = await run('client.passkey.listUserPasskeys()')
    const [passkey] = listed.data as Array<{ id: string }>
    const removed = await run('client.passkey.deletePasskey({ id: arg.id })', { id: passkey!.id })
    t.equal(removed.error, null, JSON.stringify(removed.error))
    t.equal((await run('client.signOut()')).error, null)
    t.equal((await device.credentials()).length, 1, 'the authenticator still holds it')
    const refused = await run('client.signIn.passkey()')
    t.equal(refused.error?.status, 401)
    t.equal(refused.error?.code, 'INVALID_PASSKEY')
    t.equal((await run('client.getSession()')).data, null, 'and no session')
  })
})
