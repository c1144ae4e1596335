import type { LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../helper.js'
import { unusedTotp } from '../totp.js'
import { buildWithProviders, completeAtProvider, enableTotp, eventsOf, FRONT_PAGE, localUser, providerAccount } from './federation-helper.js'

const cookiePairs = (setCookie: string[] | string | undefined): string =>
  [setCookie ?? []].flat().map((cookie) => cookie.split(';')[0]!).filter((pair) => !pair.endsWith('=')).join('; ')

t.test('/api/auth: sign-in/social and its callback (HTTP; the browser test drives the SDK)', async (t) => {
  const { app, acme } = await buildWithProviders(t)
  const signInSocial = (payload: Record<string, unknown>): Promise<LightMyRequestResponse> =>
    app.inject({ method: 'POST', url: '/api/auth/sign-in/social', payload })

  await t.test('POST /sign-in/social → the authorization URL and the state cookie; the callback → the session cookie', async (t) => {
    const email = uniqueEmail('native')
    providerAccount(acme, { email })
    const started = await signInSocial({ provider: 'acme', callbackURL: `${FRONTEND_ORIGIN}/dashboard` })
    t.equal(started.statusCode, 200, started.body)
    t.equal(started.json().redirect, true)
    const stateCookie = cookiePairs(started.headers['set-cookie'])
    t.match(stateCookie, /^better-auth\.state=/)
    const back = await completeAtProvider(app, started.json().url, { cookie: stateCookie })
    t.equal(back.location.href, `${FRONTEND_ORIGIN}/dashboard`)
    const session = cookiePairs(back.setCookie.filter((cookie) => cookie.startsWith('better-auth.session_token=')))
    const me = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: session } })
    t.equal(me.json().user.email, email, 'signed in')
    t.ok((await eventsOf(app, me.json().user.id)).some((event) => event.type === 'sign_in.succeeded' && event.detail.method === 'oidc'))
  })

  await t.test('the callback without this browser\'s state cookie (login CSRF) ends on the error page, signed in to nothing', async (t) => {
    providerAccount(acme, { email: uniqueEmail('csrf') })
    const started = await signInSocial({ provider: 'acme', callbackURL: `${FRONTEND_ORIGIN}/dashboard`, errorCallbackURL: `${FRONTEND_ORIGIN}/sign-in` })
    const back = await completeAtProvider(app, started.json().url)
    t.equal(`${back.location.origin}${back.location.pathname}`, `${FRONTEND_ORIGIN}/sign-in`)
    t.equal(back.location.searchParams.get('error'), 'state_mismatch')
    t.notOk(back.setCookie.some((cookie) => /^better-auth\.session_token=[^;]/.test(cookie)))
  })

  await t.test('redirect targets off the allow-list, and unknown providers, are refused', async (t) => {
    for (const field of ['callbackURL', 'errorCallbackURL', 'newUserCallbackURL']) {
      const refused = await signInSocial({ provider: 'acme', [field]: 'https://evil.example/' })
      t.equal(refused.statusCode, 400, field)
      t.equal(refused.json().code, 'INVALID_REDIRECT')
    }
    t.equal((await signInSocial({ provider: 'nobody' })).statusCode, 404)
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/callback/nobody?state=x&code=y' })).statusCode, 404)
  })

  await t.test('an account with a second factor: the callback holds the sign-in for it; verify-totp completes it', async (t) => {
    const user = await localUser(app, { verified: true })
    const { totpURI, spent } = await enableTotp(app, user)
    providerAccount(acme, { email: user.email })
    const started = await signInSocial({ provider: 'acme', callbackURL: `${FRONTEND_ORIGIN}/dashboard` })
    const back = await completeAtProvider(app, started.json().url, { cookie: cookiePairs(started.headers['set-cookie']) })
    t.equal(back.location.searchParams.get('twoFactorRedirect'), 'true')
    t.notOk(back.setCookie.some((cookie) => /^better-auth\.session_token=[^;]/.test(cookie)), 'no session yet')
    const pending = cookiePairs(back.setCookie.filter((cookie) => cookie.startsWith('better-auth.two_factor=')))
    t.match(pending, /^better-auth\.two_factor=/)
    const verified = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie: pending, origin: FRONTEND_ORIGIN }, payload: { code: unusedTotp(totpURI, spent) } })
    t.equal(verified.statusCode, 200, verified.body)
    t.equal(verified.json().user.id, user.id)
  })
})

t.test('/api/auth: the SDK\'s linkSocial, listAccounts and unlinkAccount', async (t) => {
  const { app, globex } = await buildWithProviders(t)
  const user = await localUser(app, { verified: true })
  const signedIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
  const session = cookiePairs(signedIn.headers['set-cookie'])
  const headers = { cookie: session, origin: FRONTEND_ORIGIN }
  providerAccount(globex, { email: uniqueEmail('other-address'), email_verified: false })
  const started = await app.inject({ method: 'POST', url: '/api/auth/link-social', headers, payload: { provider: 'globex', callbackURL: `${FRONTEND_ORIGIN}/settings` } })
  t.equal(started.statusCode, 200, started.body)
  const back = await completeAtProvider(app, started.json().url, { cookie: `${session}; ${cookiePairs(started.headers['set-cookie'])}` })
  t.equal(back.location.href, `${FRONTEND_ORIGIN}/settings`, 'linked, whatever address the provider claims')
  const listed = await app.inject({ method: 'GET', url: '/api/auth/list-accounts', headers: { cookie: session } })
  t.same(listed.json().map((account: { providerId: string }) => account.providerId), ['credential', 'globex'])
  const refused = await app.inject({ method: 'POST', url: '/api/auth/unlink-account', headers, payload: { providerId: 'nobody' } })
  t.equal(refused.statusCode, 404)
  const unlinked = await app.inject({ method: 'POST', url: '/api/auth/unlink-account', headers, payload: { providerId: 'globex' } })
  t.same(unlinked.json(), { success: true, status: true })
  t.ok((await eventsOf(app, user.id)).some((event) => event.type === 'identity.unlinked' && event.detail.provider === 'globex'))
  t.equal((await app.inject({ method: 'GET', url: '/api/auth/list-accounts' })).statusCode, 401)
  const forged = await app.inject({ method: 'POST', url: '/api/auth/link-social', headers: { origin: FRONTEND_ORIGIN }, payload: { provider: 'globex' } })
  t.equal(forged.statusCode, 401, 'linking needs a session')
})

t.test('/auth: oauth start and exchange give a JWT', async (t) => {
  const { app, acme } = await buildWithProviders(t)

  await t.test('start → provider → code → exchange → token, which /auth/me accepts', async (t) => {
    const email = uniqueEmail('jwt')
    providerAccount(acme, { email })
    const started = await app.inject({ method: 'POST', url: '/auth/oauth/acme/start', payload: { redirectTo: FRONT_PAGE } })
    t.equal(started.statusCode, 200)
    const back = await completeAtProvider(app, started.json().url)
    const code = back.location.searchParams.get('code')
    const v1Exchange = await app.inject({ method: 'POST', url: '/api/v1/better-auth/oauth/exchange', payload: { code, codeVerifier: started.json().codeVerifier } })
    t.equal(v1Exchange.statusCode, 400, 'a code of /auth is not one of v1')
    const second = await app.inject({ method: 'POST', url: '/auth/oauth/acme/start', payload: { redirectTo: FRONT_PAGE } })
    const again = await completeAtProvider(app, second.json().url)
    const exchanged = await app.inject({ method: 'POST', url: '/auth/oauth/exchange', payload: { code: again.location.searchParams.get('code'), codeVerifier: second.json().codeVerifier } })
    t.equal(exchanged.statusCode, 200, exchanged.body)
    const me = await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${exchanged.json().token}` } })
    t.equal(me.json().email, email)
    const replayed = await app.inject({ method: 'POST', url: '/auth/oauth/exchange', payload: { code: again.location.searchParams.get('code'), codeVerifier: second.json().codeVerifier } })
    t.equal(replayed.statusCode, 422, 'a replayed code')
  })

  await t.test('an account with a second factor is refused as /auth/login refuses it', async (t) => {
    const user = await localUser(app, { verified: true })
    await enableTotp(app, user)
    providerAccount(acme, { email: user.email })
    const started = await app.inject({ method: 'POST', url: '/auth/oauth/acme/start', payload: { redirectTo: FRONT_PAGE } })
    const back = await completeAtProvider(app, started.json().url)
    const exchanged = await app.inject({ method: 'POST', url: '/auth/oauth/exchange', payload: { code: back.location.searchParams.get('code'), codeVerifier: started.json().codeVerifier } })
    t.equal(exchanged.statusCode, 401)
    t.same(exchanged.json(), { detail: 'Multi-factor authentication required' })
  })

  await t.test('a redirectTo off the allow-list → 422; an unknown provider → 404', async (t) => {
    const refused = await app.inject({ method: 'POST', url: '/auth/oauth/acme/start', payload: { redirectTo: 'https://evil.example/' } })
    t.equal(refused.statusCode, 422)
    const unknown = await app.inject({ method: 'POST', url: '/auth/oauth/nobody/start', payload: { redirectTo: FRONT_PAGE } })
    t.equal(unknown.statusCode, 404)
    t.same(unknown.json(), { detail: 'No such provider' })
  })
})
