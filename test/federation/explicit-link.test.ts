import type { FastifyInstance } from 'fastify'
import createClient from 'openapi-fetch'
import t from 'tap'
import { hashToken } from '../../src/sessions/token-hash.js'
import { listen, PASSWORD, uniqueEmail } from '../helper.js'
import type { paths } from '../sdk/generated/api.js'
import { buildWithProviders, completeAtProvider, eventsOf, FRONT_PAGE, localUser, providerAccount, startProviders, type LocalUser } from './federation-helper.js'
import { followToCallback } from './test-provider.js'

/**
 * The explicit link of v1 (`identities/{provider}/link`) is completed by whoever started it: the
 * callback links nothing, it hands the browser a one-time code, which only the starter's session
 * with the starter's `codeVerifier` turns into a link (`link/complete`). An authorization URL sent
 * to someone else (link CSRF: the attacker's account would get the victim's provider identity, and
 * her later "Continue with the provider" would land in his account) ends in a code nobody completes.
 */
const V1 = '/api/v1/better-auth'
const SETTINGS_PAGE = 'http://localhost:3000/settings/sign-in-methods'

async function identitiesOf(app: FastifyInstance, userId: string): Promise<string[]> {
  const rows = await app.db.selectFrom('account').select('provider_id').where('user_id', '=', userId).orderBy('provider_id').execute()
  return rows.map((row) => row.provider_id)
}

async function startLink(app: FastifyInstance, accessToken: string | undefined, provider = 'globex', redirectTo = SETTINGS_PAGE): Promise<{ url: string; codeVerifier: string }> {
  const started = await app.inject({ method: 'POST', url: `${V1}/identities/${provider}/link`, headers: { authorization: `Bearer ${accessToken}` }, payload: { redirectTo } })
  if (started.statusCode !== 200) throw new Error(`link: ${started.statusCode} ${started.body}`)
  return started.json()
}

async function completeLink(app: FastifyInstance, accessToken: string | undefined, body: { code: string | null; codeVerifier: string }, provider = 'globex'): Promise<{ statusCode: number; code?: string; message?: string; body: Record<string, unknown> }> {
  const answered = await app.inject({
    method: 'POST',
    url: `${V1}/identities/${provider}/link/complete`,
    headers: accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` },
    payload: body,
  })
  const json = answered.json() as { error?: { code: string; message: string } } & Record<string, unknown>
  return { statusCode: answered.statusCode, code: json.error?.code, message: json.error?.message, body: json }
}

/** Another session of the same account: a second password sign-in. */
async function anotherSession(app: FastifyInstance, user: LocalUser): Promise<string> {
  const login = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
  return (login.json() as { accessToken: string }).accessToken
}

const codeOf = (location: URL): string => {
  const code = location.searchParams.get('code')
  if (code === null) throw new Error(`no code in ${location.href}`)
  return code
}

t.test('link CSRF: an authorization URL handed to someone else links nothing', async (t) => {
  const { app, globex } = await buildWithProviders(t)

  await t.test('the victim\'s browser brings the answer back: no link at the callback, and her code is worthless', async (t) => {
    const attacker = await localUser(app, { verified: true })
    const victim = await localUser(app, { verified: true })
    const lure = await startLink(app, attacker.accessToken)
    // The victim opens it in her own browser (no cookie of the service) and signs in as herself.
    providerAccount(globex, { email: victim.email, email_verified: true, name: 'Victim' })
    const back = await completeAtProvider(app, lure.url)
    t.equal(back.statusCode, 302)
    t.equal(`${back.location.origin}${back.location.pathname}`, SETTINGS_PAGE, 'on the front end\'s page')
    t.same([...back.location.searchParams.keys()], ['code'], 'with a code, and no ?linked=')
    t.same(back.setCookie, [], 'and no cookie')
    t.same(await identitiesOf(app, attacker.id), ['credential'], 'the attacker\'s account has no identity of the victim')
    t.notOk((await eventsOf(app, attacker.id)).some((event) => event.type === 'identity.linked'), 'no identity.linked')
    const code = codeOf(back.location)

    // Her page has no codeVerifier for it; whatever it sends with her session is refused, and spends the code.
    const hers = await completeLink(app, victim.accessToken, { code, codeVerifier: 'a-verifier-of-her-own-page' })
    t.equal(hers.statusCode, 400)
    t.equal(hers.code, 'INVALID_CODE')
    // The attacker, holding his verifier and his session, cannot complete it once it is spent…
    const his = await completeLink(app, attacker.accessToken, { code, codeVerifier: lure.codeVerifier })
    t.equal(his.statusCode, 400)
    t.equal(his.code, 'INVALID_CODE', 'spent')
    t.same(await identitiesOf(app, attacker.id), ['credential'])
    t.same(await identitiesOf(app, victim.id), ['credential'])

    // …and her later "Continue with globex" lands in her own account.
    const flow = (await app.inject({ method: 'POST', url: `${V1}/oauth/globex/start`, payload: { redirectTo: FRONT_PAGE } })).json() as { url: string; codeVerifier: string }
    const signedIn = await completeAtProvider(app, flow.url)
    const exchanged = await app.inject({ method: 'POST', url: `${V1}/oauth/exchange`, payload: { code: codeOf(signedIn.location), codeVerifier: flow.codeVerifier } })
    t.equal(exchanged.statusCode, 200)
    t.equal((exchanged.json() as { user: { id: string } }).user.id, victim.id, 'signed in to the victim\'s account, not the attacker\'s')
  })

  await t.test('a landing code is completed by nobody without both the starter\'s codeVerifier and the starter\'s session', async (t) => {
    const attacker = await localUser(app, { verified: true })
    const victim = await localUser(app, { verified: true })
    const lure = await startLink(app, attacker.accessToken)
    providerAccount(globex, { email: victim.email, email_verified: true })
    const code = codeOf((await completeAtProvider(app, lure.url)).location)
    const anonymous = await completeLink(app, undefined, { code, codeVerifier: lure.codeVerifier })
    t.equal(anonymous.statusCode, 401, 'no session: refused before the code is looked at')
    t.equal(anonymous.code, 'SESSION_EXPIRED')
    // Even the starter's verifier is refused with another session, and the code is spent.
    const withHerSession = await completeLink(app, victim.accessToken, { code, codeVerifier: lure.codeVerifier })
    t.equal(withHerSession.statusCode, 403)
    t.equal(withHerSession.code, 'FORBIDDEN')
    const late = await completeLink(app, attacker.accessToken, { code, codeVerifier: lure.codeVerifier })
    t.equal(late.code, 'INVALID_CODE', 'spent by the refusal')
    t.same(await identitiesOf(app, attacker.id), ['credential'])
    t.same(await identitiesOf(app, victim.id), ['credential'])
  })

  await t.test('a link recorded as a sign-in flow (as before the upgrade) is not completed at the callback either', async (t) => {
    const attacker = await localUser(app, { verified: true })
    const victim = await localUser(app, { verified: true })
    const lure = await startLink(app, attacker.accessToken)
    const state = new URL(lure.url).searchParams.get('state')!
    // As the previous version recorded a link: a v1 flow, bound to nothing.
    await app.db.updateTable('federated_sign_in').set({ surface: 'v1', user_id: null, session_id: null }).where('state_hash', '=', hashToken(state)).execute()
    providerAccount(globex, { email: victim.email, email_verified: true })
    const back = await completeAtProvider(app, lure.url)
    t.equal(`${back.location.origin}${back.location.pathname}`, SETTINGS_PAGE)
    t.same(Object.fromEntries(back.location.searchParams), { error: 'please_restart_the_process' })
    t.same(await identitiesOf(app, attacker.id), ['credential'], 'nothing linked')
    t.same(await identitiesOf(app, victim.id), ['credential'])
  })

  await t.test('the answer is kept sealed: only a hash of the code, and no provider code in clear', async (t) => {
    const user = await localUser(app, { verified: true })
    const started = await startLink(app, user.accessToken)
    providerAccount(globex, { email: uniqueEmail('sealed') })
    const callback = await followToCallback(started.url, `${app.config.baseUrl}/api/auth/callback/`)
    const answered = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` })
    const code = codeOf(new URL(answered.headers.location as string))
    const row = await app.db.selectFrom('federated_sign_in').selectAll().where('code_hash', '=', hashToken(code)).executeTakeFirstOrThrow()
    const kept = JSON.stringify(row)
    t.notOk(kept.includes(code), 'the one-time code is not stored')
    t.notOk(kept.includes(callback.searchParams.get('code')!), 'nor the provider\'s authorization code')
    t.notOk(kept.includes(callback.searchParams.get('state')!), 'nor the state')
    t.equal(row.user_id, user.id, 'bound to the starter')
    // The same callback again (a replay, another tab) gets nothing more.
    const again = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` })
    const location = again.headers.location === undefined ? undefined : new URL(again.headers.location as string)
    t.equal(location?.searchParams.get('code') ?? null, null, 'no second code')
    t.same(await identitiesOf(app, user.id), ['credential'])
    // The first code still completes the link.
    const done = await completeLink(app, user.accessToken, { code, codeVerifier: started.codeVerifier })
    t.equal(done.statusCode, 200, JSON.stringify(done.body))
    t.same(await identitiesOf(app, user.id), ['credential', 'globex'])
  })
})

t.test('link/complete refuses what its starter did not send, and spends the code', async (t) => {
  const { app, acme, globex } = await buildWithProviders(t)
  const landed = async (user: LocalUser, provider = 'globex'): Promise<{ code: string; codeVerifier: string }> => {
    const started = await startLink(app, user.accessToken, provider)
    providerAccount(provider === 'acme' ? acme : globex, { email: uniqueEmail('linked'), email_verified: false })
    return { code: codeOf((await completeAtProvider(app, started.url)).location), codeVerifier: started.codeVerifier }
  }

  await t.test('a wrong codeVerifier: 400 INVALID_CODE, and the right one after it is too late', async (t) => {
    const user = await localUser(app, { verified: true })
    const { code, codeVerifier } = await landed(user)
    const wrong = await completeLink(app, user.accessToken, { code, codeVerifier: `${codeVerifier}x` })
    t.equal(wrong.statusCode, 400)
    t.equal(wrong.code, 'INVALID_CODE')
    t.equal(wrong.body.code, 'INVALID_CODE', 'the v1 error shape, mirrored at the top level')
    t.equal((await completeLink(app, user.accessToken, { code, codeVerifier })).code, 'INVALID_CODE')
    t.same(await identitiesOf(app, user.id), ['credential'])
  })

  await t.test('another user\'s session with the right codeVerifier: 403 FORBIDDEN, and spent', async (t) => {
    const user = await localUser(app, { verified: true })
    const other = await localUser(app, { verified: true })
    const { code, codeVerifier } = await landed(user)
    const refused = await completeLink(app, other.accessToken, { code, codeVerifier })
    t.equal(refused.statusCode, 403)
    t.equal(refused.code, 'FORBIDDEN')
    t.match(refused.message, /another session/)
    t.equal((await completeLink(app, user.accessToken, { code, codeVerifier })).code, 'INVALID_CODE', 'spent')
    t.same(await identitiesOf(app, user.id), ['credential'])
    t.same(await identitiesOf(app, other.id), ['credential'])
  })

  await t.test('the same user\'s other session: 403 FORBIDDEN (the session that started the link completes it)', async (t) => {
    const user = await localUser(app, { verified: true })
    const { code, codeVerifier } = await landed(user)
    const refused = await completeLink(app, await anotherSession(app, user), { code, codeVerifier })
    t.equal(refused.statusCode, 403)
    t.equal(refused.code, 'FORBIDDEN')
    t.same(await identitiesOf(app, user.id), ['credential'])
  })

  await t.test('a link code shown to a sign-in\'s exchange is unknown there, and its starter still completes it', async (t) => {
    const user = await localUser(app, { verified: true })
    const { code, codeVerifier } = await landed(user)
    for (const exchange of ['/api/v1/better-auth/oauth/exchange', '/auth/oauth/exchange']) {
      const shown = await app.inject({ method: 'POST', url: exchange, payload: { code, codeVerifier } })
      t.ok(shown.statusCode === 400 || shown.statusCode === 422, `${exchange}: refused (${shown.statusCode})`)
    }
    t.equal((await completeLink(app, user.accessToken, { code, codeVerifier })).statusCode, 200, 'not spent by them')
    t.same((await identitiesOf(app, user.id)).sort(), ['credential', 'globex'])
  })

  await t.test('an address unconfirmed since the start: 403 EMAIL_NOT_VERIFIED, nothing linked', async (t) => {
    const user = await localUser(app, { verified: true })
    const { code, codeVerifier } = await landed(user)
    await app.db.updateTable('user').set({ email_verified: false }).where('id', '=', user.id).execute()
    const refused = await completeLink(app, user.accessToken, { code, codeVerifier })
    t.equal(refused.statusCode, 403)
    t.equal(refused.code, 'EMAIL_NOT_VERIFIED')
    t.same(await identitiesOf(app, user.id), ['credential'])
  })

  await t.test('a reused code: the second completion is refused', async (t) => {
    const user = await localUser(app, { verified: true })
    const { code, codeVerifier } = await landed(user)
    const first = await completeLink(app, user.accessToken, { code, codeVerifier })
    t.equal(first.statusCode, 200)
    const second = await completeLink(app, user.accessToken, { code, codeVerifier })
    t.equal(second.statusCode, 400)
    t.equal(second.code, 'INVALID_CODE')
  })

  await t.test('a code older than sixty seconds is refused', async (t) => {
    const user = await localUser(app, { verified: true })
    const { code, codeVerifier } = await landed(user)
    await app.db.updateTable('federated_sign_in').set({ expires_at: new Date(Date.now() - 1) }).where('code_hash', '=', hashToken(code)).execute()
    const expired = await completeLink(app, user.accessToken, { code, codeVerifier })
    t.equal(expired.statusCode, 400)
    t.equal(expired.code, 'INVALID_CODE')
    t.same(await identitiesOf(app, user.id), ['credential'])
  })

  await t.test('a code shown under another provider\'s path is refused, and spent', async (t) => {
    const user = await localUser(app, { verified: true })
    const { code, codeVerifier } = await landed(user, 'globex')
    t.equal((await completeLink(app, user.accessToken, { code, codeVerifier }, 'acme')).code, 'INVALID_CODE')
    t.equal((await completeLink(app, user.accessToken, { code, codeVerifier }, 'globex')).code, 'INVALID_CODE')
    t.equal((await completeLink(app, user.accessToken, { code, codeVerifier }, 'nobody')).statusCode, 404, 'an unknown provider: 404')
  })

  await t.test('link codes and sign-in codes do not cross: neither exchange spends the other\'s, and no session ends', async (t) => {
    const user = await localUser(app, { verified: true })
    const link = await landed(user)
    const exchanged = await app.inject({ method: 'POST', url: `${V1}/oauth/exchange`, payload: link })
    t.equal(exchanged.statusCode, 400)
    t.equal(exchanged.json().error.code, 'INVALID_CODE', 'a link code is no sign-in code')
    const me = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.accessToken}` } })
    t.equal(me.statusCode, 200, 'and the starter\'s session goes on')
    providerAccount(acme, { email: uniqueEmail('signin') })
    const flow = (await app.inject({ method: 'POST', url: `${V1}/oauth/acme/start`, payload: { redirectTo: FRONT_PAGE } })).json() as { url: string; codeVerifier: string }
    const signInCode = codeOf((await completeAtProvider(app, flow.url)).location)
    t.equal((await completeLink(app, user.accessToken, { code: signInCode, codeVerifier: flow.codeVerifier }, 'acme')).code, 'INVALID_CODE', 'a sign-in code is no link code')
    const signedIn = await app.inject({ method: 'POST', url: `${V1}/oauth/exchange`, payload: { code: signInCode, codeVerifier: flow.codeVerifier } })
    t.equal(signedIn.statusCode, 200, 'and is still good for its own exchange')
    t.same(await identitiesOf(app, user.id), ['credential'])
  })

  await t.test('a provider that refuses (access_denied): the page gets ?error=, nothing waits and nothing is linked', async (t) => {
    const user = await localUser(app, { verified: true })
    const started = await startLink(app, user.accessToken)
    providerAccount(globex, { email: uniqueEmail('denied') })
    const callback = await followToCallback(started.url, `${app.config.baseUrl}/api/auth/callback/`)
    const denied = new URLSearchParams({ error: 'access_denied', state: callback.searchParams.get('state')! })
    const answered = await app.inject({ method: 'GET', url: `${callback.pathname}?${denied}` })
    const location = new URL(answered.headers.location as string)
    t.equal(`${location.origin}${location.pathname}`, SETTINGS_PAGE)
    t.same(Object.fromEntries(location.searchParams), { error: 'access_denied' })
    t.same(await identitiesOf(app, user.id), ['credential'])
  })

  await t.test('an identity already linked to another account: FEDERATED_SIGN_IN_FAILED with the reason', async (t) => {
    const owner = await localUser(app, { verified: true })
    providerAccount(globex, { email: owner.email })
    const flow = (await app.inject({ method: 'POST', url: `${V1}/oauth/globex/start`, payload: { redirectTo: FRONT_PAGE } })).json() as { url: string }
    await completeAtProvider(app, flow.url)
    t.same(await identitiesOf(app, owner.id), ['credential', 'globex'], 'the owner\'s by automatic linking')
    const other = await localUser(app, { verified: true })
    const started = await startLink(app, other.accessToken)
    const code = codeOf((await completeAtProvider(app, started.url)).location)
    const refused = await completeLink(app, other.accessToken, { code, codeVerifier: started.codeVerifier })
    t.equal(refused.statusCode, 400)
    t.equal(refused.code, 'FEDERATED_SIGN_IN_FAILED')
    t.match(refused.message, /account_already_linked_to_different_user/)
    t.same(await identitiesOf(app, other.id), ['credential'])
    t.same(await identitiesOf(app, owner.id), ['credential', 'globex'])
  })
})

t.test('the legitimate link, through the generated client, as a settings page does it', async (t) => {
  const providers = await startProviders(t)
  const { app, url } = await listen(t, { ...providers.env, LOG_LEVEL: 'error' })
  const client = createClient<paths>({ baseUrl: url })
  const user = await localUser(app, { verified: true })
  const authorization = `Bearer ${user.accessToken}`
  // An identity whose address is another than the account's, and not asserted: only an explicit link joins it.
  providerAccount(providers.globex, { email: uniqueEmail('elsewhere'), email_verified: false })

  const started = await client.POST('/api/v1/better-auth/identities/{provider}/link', { headers: { authorization }, params: { path: { provider: 'globex' } }, body: { redirectTo: SETTINGS_PAGE } })
  t.equal(started.response.status, 200)
  const { url: authorizationUrl, codeVerifier } = started.data!
  t.ok(codeVerifier, 'a codeVerifier to keep in the page')
  t.notOk(authorizationUrl.includes(codeVerifier), 'and not in the URL')
  const back = await completeAtProvider(app, authorizationUrl)
  t.equal(`${back.location.origin}${back.location.pathname}`, SETTINGS_PAGE)
  t.same([...back.location.searchParams.keys()], ['code'])
  t.same(await identitiesOf(app, user.id), ['credential'], 'nothing linked before the page completes it (the provider\'s code is not yet redeemed)')

  const completed = await client.POST('/api/v1/better-auth/identities/{provider}/link/complete', { headers: { authorization }, params: { path: { provider: 'globex' } }, body: { code: codeOf(back.location), codeVerifier } })
  t.equal(completed.response.status, 200)
  t.same(completed.data?.identities.map((identity) => identity.providerId), ['globex'], 'answers the identities, the new one included')
  const listed = await client.GET('/api/v1/better-auth/identities', { headers: { authorization } })
  t.same(listed.data, completed.data)
  t.ok((await eventsOf(app, user.id)).some((event) => event.type === 'identity.linked' && event.detail.provider === 'globex'), 'identity.linked')

  // The linked identity signs in to the account.
  const flow = await client.POST('/api/v1/better-auth/oauth/{provider}/start', { params: { path: { provider: 'globex' } }, body: { redirectTo: FRONT_PAGE } })
  const signedIn = await completeAtProvider(app, flow.data!.url)
  const tokens = await client.POST('/api/v1/better-auth/oauth/exchange', { body: { code: codeOf(signedIn.location), codeVerifier: flow.data!.codeVerifier } })
  t.equal(tokens.data?.kind === 'tokens' ? tokens.data.user.id : undefined, user.id)

  const replayed = await client.POST('/api/v1/better-auth/identities/{provider}/link/complete', { headers: { authorization }, params: { path: { provider: 'globex' } }, body: { code: codeOf(back.location), codeVerifier } })
  t.equal(replayed.response.status, 400)
  t.equal(replayed.error?.error.code, 'INVALID_CODE')
})
