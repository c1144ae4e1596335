import t from 'tap'
import type { Page } from 'playwright-core'
import { PASSWORD, serveOnOwnOrigin, uniqueEmail } from '../helper.js'
import { launchChromium, servePage, skipWithoutChromium } from './chromium.js'

interface FetchResult { status: number; body: unknown; failed?: string }

/** fetch() as the front end calls it: from the page, with credentials, JSON in and out. */
async function call(page: Page, url: string, method = 'GET', body?: object): Promise<FetchResult> {
  return page.evaluate(async ({ url, method, body }) => {
    try {
      const response = await fetch(url, {
        method,
        credentials: 'include',
        headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      const text = await response.text()
      return { status: response.status, body: text === '' ? null : JSON.parse(text) }
    } catch (error) {
      return { status: 0, body: null, failed: String(error) }
    }
  }, { url, method, body })
}

t.test('a browser front end on another origin signs up, reads the session and signs out', { skip: skipWithoutChromium }, async (t) => {
  const browser = await launchChromium(t)

  const scenarios: Array<{ name: string; pageHost: string; env: Record<string, string> }> = [
    { name: 'same-site (localhost:A → localhost:B, SameSite=Lax)', pageHost: 'localhost', env: {} },
    { name: 'cross-site (127.0.0.1:A → localhost:B, SameSite=None; Secure; Partitioned)', pageHost: '127.0.0.1', env: { COOKIE_SAMESITE: 'none' } },
  ]
  for (const scenario of scenarios) {
    await t.test(scenario.name, async (t) => {
      const front = await servePage(t)
      const frontOrigin = `http://${scenario.pageHost}:${front.port}`
      const { api } = await serveOnOwnOrigin(t, { CORS_ORIGINS: frontOrigin, ...scenario.env })
      const context = await browser.newContext()
      t.teardown(() => context.close())
      const page = await context.newPage()
      const consoleErrors: string[] = []
      page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()) })
      await page.goto(`${frontOrigin}/`)

      const email = uniqueEmail('browser')
      const signUp = await call(page, `${api}/api/auth/sign-up/email`, 'POST', { email, password: PASSWORD, name: 'Browser' })
      t.equal(signUp.status, 200, `sign-up ${signUp.failed ?? ''}`)
      const session = await call(page, `${api}/api/auth/get-session`)
      t.equal((session.body as { user?: { email: string } } | null)?.user?.email, email, 'the cookie came back: the session is read')
      const wrong = await call(page, `${api}/api/auth/sign-in/email`, 'POST', { email, password: 'wrong-password' })
      t.equal(wrong.status, 400, 'a wrong password reads as a status in the page, not a network error')
      t.equal((wrong.body as { code: string }).code, 'INVALID_CREDENTIALS')
      const signOut = await call(page, `${api}/api/auth/sign-out`, 'POST', {})
      t.equal(signOut.status, 200)
      const after = await call(page, `${api}/api/auth/get-session`)
      t.equal(after.body, null, 'signed out')
      const jwt = await call(page, `${api}/auth/login`, 'POST', { email, password: PASSWORD })
      t.equal(jwt.status, 200, 'the JWT surface too')
      const me = await call(page, `${api}/auth/me`)
      t.equal(me.status, 200, 'with its auth_token cookie')
      t.same(consoleErrors.filter((message) => /CORS|Access-Control/i.test(message)), [], 'no CORS error in the console')
    })
  }

  await t.test('why Partitioned: the same cross-site cookie without it is set but never sent back', async (t) => {
    const { createServer } = await import('node:http')
    const front = await servePage(t)
    const frontOrigin = `http://127.0.0.1:${front.port}`
    const server = createServer((request, response) => {
      response.setHeader('access-control-allow-origin', frontOrigin)
      response.setHeader('access-control-allow-credentials', 'true')
      if (request.url === '/set') response.setHeader('set-cookie', ['plain=1; Path=/; SameSite=None; Secure', 'partitioned=1; Path=/; SameSite=None; Secure; Partitioned'])
      response.end(JSON.stringify({ cookie: request.headers.cookie ?? '' }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const api = `http://localhost:${(server.address() as { port: number }).port}`
    const context = await browser.newContext()
    t.teardown(() => context.close())
    const page = await context.newPage()
    await page.goto(`${frontOrigin}/`)
    await call(page, `${api}/set`)
    const echoed = (await call(page, `${api}/echo`)).body as { cookie: string }
    t.match(echoed.cookie, /partitioned=1/, 'the Partitioned cookie round-trips')
    t.notMatch(echoed.cookie, /plain=1/, 'the plain SameSite=None one does not: third-party cookies are blocked')
  })

  await t.test('a page on a foreign origin is blocked by the browser and refused by the service', async (t) => {
    const front = await servePage(t)
    const { api } = await serveOnOwnOrigin(t, { CORS_ORIGINS: 'http://localhost:3000' })
    const context = await browser.newContext()
    t.teardown(() => context.close())
    const page = await context.newPage()
    await page.goto(`http://127.0.0.1:${front.port}/`)
    const email = uniqueEmail('foreign')
    const signUp = await call(page, `${api}/api/auth/sign-up/email`, 'POST', { email, password: PASSWORD, name: 'Mallory' })
    t.equal(signUp.status, 0, 'fetch rejects: the browser withholds the answer')
    t.match(signUp.failed, /TypeError/)
    const check = await fetch(`${api}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })
    t.equal(check.status, 400, 'and the account was never created: the service refused the foreign POST itself')
  })
})
