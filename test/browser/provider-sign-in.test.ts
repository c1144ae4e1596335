import t from 'tap'
import { build, freePort, uniqueEmail } from '../helper.js'
import { eventsOf, providerAccount, startProviders } from '../federation/federation-helper.js'
import { launchChromium, skipWithoutChromium } from './chromium.js'
import { serveFrontEnd } from './webauthn.js'

/** What the official client's calls give back in the page: data, or its error. */
interface ClientResult { data: unknown; error: { status: number; code?: string; message?: string } | null }

t.test('the official better-auth/client signs in with a provider in Chromium: the whole redirect, through an OpenID provider', { skip: skipWithoutChromium }, async (t) => {
  const browser = await launchChromium(t)
  const front = await serveFrontEnd(t)
  const frontOrigin = `http://localhost:${front.port}`
  const port = await freePort()
  const api = `http://localhost:${port}`
  const providers = await startProviders(t, api)
  const app = await build(t, { ...providers.env, BETTER_AUTH_URL: api, CORS_ORIGINS: frontOrigin, WEBAUTHN_ORIGINS: frontOrigin })
  await app.listen({ port, host: '127.0.0.1' })
  const context = await browser.newContext()
  t.teardown(() => context.close())
  const page = await context.newPage()
  await page.goto(`${frontOrigin}/sign-in`)
  await page.waitForFunction(() => 'passkeyPage' in globalThis)
  const run = (script: string): Promise<ClientResult> => page.evaluate(async ({ script, baseURL }) => {
    const client = (globalThis as unknown as { passkeyPage: { authClient(url: string): unknown } }).passkeyPage.authClient(baseURL)
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test's own script, run in its page
    const result = await (new Function('client', `return (async () => ${script})()`) as (client: unknown) => Promise<{ data: unknown; error: unknown }>)(client)
    return JSON.parse(JSON.stringify({ data: result.data, error: result.error })) as ClientResult
  }, { script, baseURL: `${api}/api/auth` })

  const email = uniqueEmail('chromium')
  providerAccount(providers.acme, { email, name: 'Chromium Person' })
  // The SDK answers, then sends the browser to the provider; it comes back to the callback, then here.
  await Promise.all([
    page.waitForURL(`${frontOrigin}/dashboard`, { timeout: 30_000 }),
    page.evaluate(async ({ baseURL, callbackURL }) => {
      const client = (globalThis as unknown as { passkeyPage: { authClient(url: string): { signIn: { social(input: unknown): Promise<unknown> } } } }).passkeyPage.authClient(baseURL)
      await client.signIn.social({ provider: 'acme', callbackURL })
    }, { baseURL: `${api}/api/auth`, callbackURL: `${frontOrigin}/dashboard` }),
  ])
  await page.waitForFunction(() => 'passkeyPage' in globalThis)
  t.equal(new URL(page.url()).search, '', 'no token, code or state in the front end\'s URL')
  const session = await run('client.getSession()')
  const user = (session.data as { user: { email: string; name: string; id: string } } | null)?.user
  t.equal(user?.email, email, 'the session cookie the callback set came back')
  t.equal(user?.name, 'Chromium Person')
  t.ok((await eventsOf(app, user!.id)).some((event) => event.type === 'sign_in.succeeded' && event.detail.method === 'oidc'))

  // The same provider account again: an existing identity signs in to the same account.
  t.equal((await run('client.signOut()')).error, null)
  await Promise.all([
    page.waitForURL(`${frontOrigin}/dashboard`, { timeout: 30_000 }),
    page.evaluate(async ({ baseURL, callbackURL }) => {
      const client = (globalThis as unknown as { passkeyPage: { authClient(url: string): { signIn: { social(input: unknown): Promise<unknown> } } } }).passkeyPage.authClient(baseURL)
      await client.signIn.social({ provider: 'acme', callbackURL })
    }, { baseURL: `${api}/api/auth`, callbackURL: `${frontOrigin}/dashboard` }),
  ])
  await page.waitForFunction(() => 'passkeyPage' in globalThis)
  const again = await run('client.getSession()')
  t.equal((again.data as { user: { id: string } } | null)?.user.id, user!.id, 'the same account')
  t.equal((await app.db.selectFrom('account').select('id').where('user_id', '=', user!.id).execute()).length, 1, 'one identity, not two')
})
