import fc from 'fast-check'
import type { LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { buildApp } from '../../../src/app.js'
import { build, FRONTEND_ORIGIN, PASSWORD, signUp, testConfig, uniqueEmail } from '../../helper.js'
import { firstLink, startMailCatcher } from '../../mail-catcher.js'
import { browserOrigin, hostileRedirect, isAllowedInTests, KNOWN_HOSTILE, OWN_ORIGIN } from '../../origins/redirect-fuzz.js'

const NUM_RUNS = 60

/** Refused with 400 INVALID_REDIRECT (or a schema error for what the contract excludes), or accepted only on an allowed origin. */
function acceptedOnlyIfAllowed(value: string, response: LightMyRequestResponse): boolean {
  if (response.statusCode >= 500) return false
  if (response.statusCode === 400) return ['INVALID_REDIRECT', 'VALIDATION_ERROR'].includes(response.json().code as string)
  const origin = browserOrigin(value, OWN_ORIGIN)
  return origin !== undefined && isAllowedInTests(origin)
}

/** Never a 5xx; a Location, if any, resolves (as a browser resolves it, from the link's URL) to an allowed origin. */
function locationAllowed(response: LightMyRequestResponse, requestUrl: string): boolean {
  if (response.statusCode >= 500) return false
  const location = response.headers.location
  if (location === undefined) return true
  const origin = browserOrigin(String(location), `${OWN_ORIGIN}${requestUrl}`)
  return origin !== undefined && isAllowedInTests(origin) && !/[\u0000-\u0020\u007f\\]/.test(String(location))
}

t.test('redirect targets', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const existing = await signUp(app)

  const accepting: Array<{ name: string; send: (value: string) => Promise<LightMyRequestResponse> }> = [
    { name: 'POST /api/auth/sign-up/email callbackURL', send: (callbackURL) => app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: uniqueEmail('redirect'), password: PASSWORD, name: 'R', callbackURL } }) },
    { name: 'POST /api/auth/sign-in/email callbackURL', send: (callbackURL) => app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: existing.email, password: PASSWORD, callbackURL } }) },
    { name: 'POST /api/auth/send-verification-email callbackURL', send: (callbackURL) => app.inject({ method: 'POST', url: '/api/auth/send-verification-email', payload: { email: existing.email, callbackURL }, headers: { cookie: existing.cookie, origin: FRONTEND_ORIGIN } }) },
    { name: 'POST /api/auth/forgot-password redirectTo', send: (redirectTo) => app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: uniqueEmail('nobody'), redirectTo } }) },
    { name: 'POST /api/auth/request-password-reset redirectTo', send: (redirectTo) => app.inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email: uniqueEmail('nobody'), redirectTo } }) },
    { name: 'POST /api/v1/better-auth/request-password-reset redirectTo', send: (redirectTo) => app.inject({ method: 'POST', url: '/api/v1/better-auth/request-password-reset', payload: { email: uniqueEmail('nobody'), redirectTo } }) },
    { name: 'GET /api/auth/verify-email callbackURL', send: (callbackURL) => app.inject({ method: 'GET', url: `/api/auth/verify-email?token=x&callbackURL=${encodeURIComponent(callbackURL)}` }) },
    { name: 'GET /api/auth/reset-password/{token} callbackURL', send: (callbackURL) => app.inject({ method: 'GET', url: `/api/auth/reset-password/x?callbackURL=${encodeURIComponent(callbackURL)}` }) },
  ]

  for (const { name, send } of accepting) {
    await t.test(`${name} → 400 INVALID_REDIRECT for targets that resolve off the allow-list`, async (t) => {
      for (const value of KNOWN_HOSTILE) {
        const response = await send(value)
        t.equal(response.statusCode, 400, JSON.stringify(value))
        // A NUL never reaches the check: input validation refuses it first.
        t.equal(response.json().code, value.includes('\0') ? 'VALIDATION_ERROR' : 'INVALID_REDIRECT', JSON.stringify(value))
      }
    })

    await t.test(`${name} (fuzzed) → refused, or accepted only on an allowed origin; never a 5xx or an off-list Location`, async (t) => {
      await fc.assert(fc.asyncProperty(hostileRedirect, async (value) => {
        const response = await send(value)
        return acceptedOnlyIfAllowed(value, response) && locationAllowed(response, '/api/auth/x')
      }), { numRuns: name.includes('send-verification') ? 15 : NUM_RUNS })
      t.pass()
    })
  }

  await t.test('GET /api/auth/verify-email?token=x&callbackURL=/\\t/evil.example → 400, not a 500', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/verify-email?token=x&callbackURL=%2F%09%2Fevil.example' })
    t.equal(response.statusCode, 400)
    t.equal(response.json().code, 'INVALID_REDIRECT')
    t.equal(response.headers.location, undefined)
  })

  await t.test('the reset flow: a hostile redirectTo is refused and sends no email', async (t) => {
    const user = await signUp(app)
    const response = await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: user.email, redirectTo: '/\t/evil.example' } })
    t.equal(response.statusCode, 400)
    t.equal(response.json().code, 'INVALID_REDIRECT')
    await app.mailer.idle()
    t.notOk(mail.messages.some((message) => message.to.includes(user.email) && /reset/i.test(message.subject)), 'no reset email')
  })

  await t.test('the reset flow (fuzzed): an emailed link whose callbackURL is replaced never redirects the token off the list', async (t) => {
    const user = await signUp(app)
    await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: user.email, redirectTo: `${FRONTEND_ORIGIN}/reset` } })
    const link = new URL(firstLink((await mail.waitFor(user.email, /reset/i)).text))
    const genuine = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` })
    t.equal(genuine.statusCode, 302)
    t.match(String(genuine.headers.location), new RegExp(`^${FRONTEND_ORIGIN}/reset\\?token=`))
    for (const value of [...KNOWN_HOSTILE, '/\t/evil.example']) {
      const url = `${link.pathname}?callbackURL=${encodeURIComponent(value)}`
      const response = await app.inject({ method: 'GET', url })
      t.equal(response.statusCode, 400, JSON.stringify(value))
      t.equal(response.headers.location, undefined)
    }
    await fc.assert(fc.asyncProperty(hostileRedirect, async (value) => {
      const url = `${link.pathname}?callbackURL=${encodeURIComponent(value)}`
      const response = await app.inject({ method: 'GET', url })
      return locationAllowed(response, url) && (response.statusCode === 302 || response.json().code === 'INVALID_REDIRECT' || response.json().code === 'VALIDATION_ERROR')
    }), { numRuns: 150 })
    t.pass()
  })

  await t.test('the verification flow: a hostile callbackURL at sign-up is refused; a tampered link never redirects off the list', async (t) => {
    const email = uniqueEmail('verify')
    const refused = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'V', callbackURL: '/\t/evil.example' } })
    t.equal(refused.statusCode, 400)
    t.equal(refused.json().code, 'INVALID_REDIRECT')
    // Fresh tokens, so Better Auth's own redirect (after a successful verification) is what is checked.
    for (const value of ['/\t/evil.example', '/\\evil.example', 'https:evil.example', '//evil.example', `${FRONTEND_ORIGIN}/verified`]) {
      const user = await signUp(app)
      const token = new URL(firstLink((await mail.waitFor(user.email, /verify/i)).text)).searchParams.get('token')!
      const url = `/api/auth/verify-email?token=${token}&callbackURL=${encodeURIComponent(value)}`
      const response = await app.inject({ method: 'GET', url })
      t.ok(locationAllowed(response, url), `${JSON.stringify(value)} → ${response.statusCode} ${response.headers.location ?? ''}`)
    }
  })
})

t.test('no route can send a Location off the allow-list: the answer is 400 INVALID_REDIRECT instead', async (t) => {
  const app = await buildApp(await testConfig(t), { logger: false, purgeIntervalMs: 0 })
  t.teardown(() => app.close())
  // A route that redirects wherever it is told, standing for any route added later.
  app.get('/api/auth/any-redirect', async (request, reply) => reply.redirect((request.query as { to: string }).to, 302))
  await app.ready()
  const allowed = await app.inject({ method: 'GET', url: `/api/auth/any-redirect?to=${encodeURIComponent(`${FRONTEND_ORIGIN}/ok`)}` })
  t.equal(allowed.statusCode, 302)
  for (const to of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
    const response = await app.inject({ method: 'GET', url: `/api/auth/any-redirect?to=${encodeURIComponent(to)}` })
    t.equal(response.statusCode, 400, to)
    t.equal(response.headers.location, undefined)
    t.equal(response.json().code, 'INVALID_REDIRECT')
  }
  await fc.assert(fc.asyncProperty(hostileRedirect.filter((to) => !/[\u0000-\u001f\u007f]/.test(to)), async (to) => {
    const url = `/api/auth/any-redirect?to=${encodeURIComponent(to)}`
    return locationAllowed(await app.inject({ method: 'GET', url }), url)
  }), { numRuns: NUM_RUNS })
})
