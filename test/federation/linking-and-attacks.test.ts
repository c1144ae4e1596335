import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { uniqueEmail } from '../helper.js'
import { buildWithProviders, completeAtProvider, eventsOf, FRONT_PAGE, localUser, providerAccount } from './federation-helper.js'
import { followToCallback } from './test-provider.js'

const V1 = '/api/v1/better-auth'

async function start(app: FastifyInstance, provider = 'acme'): Promise<{ url: string; codeVerifier: string }> {
  const started = await app.inject({ method: 'POST', url: `${V1}/oauth/${provider}/start`, payload: { redirectTo: FRONT_PAGE } })
  if (started.statusCode !== 200) throw new Error(`start: ${started.statusCode} ${started.body}`)
  return started.json()
}

async function identitiesOf(app: FastifyInstance, userId: string): Promise<string[]> {
  const rows = await app.db.selectFrom('account').select('provider_id').where('user_id', '=', userId).orderBy('provider_id').execute()
  return rows.map((row) => row.provider_id)
}

async function sessionsOf(app: FastifyInstance, userId: string): Promise<number> {
  return (await app.db.selectFrom('session').select('id').where('user_id', '=', userId).execute()).length
}

t.test('linking without takeovers', async (t) => {
  const { app, acme, globex } = await buildWithProviders(t)

  await t.test('a verified provider address meeting a verified account links to it', async (t) => {
    const user = await localUser(app, { verified: true })
    providerAccount(acme, { email: user.email, email_verified: true })
    const flow = await start(app)
    const back = await completeAtProvider(app, flow.url)
    const exchanged = await app.inject({ method: 'POST', url: `${V1}/oauth/exchange`, payload: { code: back.location.searchParams.get('code'), codeVerifier: flow.codeVerifier } })
    t.equal(exchanged.json().user.id, user.id, 'signed in to the existing account')
    t.same(await identitiesOf(app, user.id), ['acme', 'credential'])
    t.ok((await eventsOf(app, user.id)).some((event) => event.type === 'identity.linked' && event.detail.provider === 'acme'), 'identity.linked')
  })

  await t.test('an unverified provider address meeting a verified account: no link, no session, account_not_linked', async (t) => {
    const user = await localUser(app, { verified: true })
    const sessions = await sessionsOf(app, user.id)
    providerAccount(acme, { email: user.email, email_verified: false })
    const back = await completeAtProvider(app, (await start(app)).url)
    t.equal(`${back.location.origin}${back.location.pathname}`, FRONT_PAGE, 'back on the front end')
    t.equal(back.location.searchParams.get('error'), 'account_not_linked', 'with a clear code')
    t.equal(back.location.searchParams.get('code'), null, 'and nothing to exchange')
    t.same(await identitiesOf(app, user.id), ['credential'], 'not linked')
    t.equal(await sessionsOf(app, user.id), sessions, 'no session')
  })

  await t.test('a verified provider address meeting an unconfirmed account: no link (an unconfirmed address owns nothing)', async (t) => {
    const user = await localUser(app, { verified: false })
    const sessions = await sessionsOf(app, user.id)
    providerAccount(acme, { email: user.email, email_verified: true })
    const back = await completeAtProvider(app, (await start(app)).url)
    t.equal(back.location.searchParams.get('error'), 'account_not_linked')
    t.same(await identitiesOf(app, user.id), ['credential'])
    t.equal(await sessionsOf(app, user.id), sessions, 'no session')
    const row = await app.db.selectFrom('user').select('email_verified').where('id', '=', user.id).executeTakeFirstOrThrow()
    t.equal(row.email_verified, false, 'and the address is not confirmed by the provider\'s say-so')
  })

  await t.test('an attacker\'s provider account claiming the victim\'s address takes nothing over, on any surface', async (t) => {
    const victim = await localUser(app, { verified: true })
    const sessions = await sessionsOf(app, victim.id)
    providerAccount(globex, { email: victim.email.toUpperCase(), email_verified: false, name: 'Mallory' })
    for (const path of [`${V1}/oauth/globex/start`, '/auth/oauth/globex/start']) {
      const started = await app.inject({ method: 'POST', url: path, payload: { redirectTo: FRONT_PAGE } })
      const back = await completeAtProvider(app, (started.json() as { url: string }).url)
      t.equal(back.location.searchParams.get('error'), 'account_not_linked', path)
    }
    const native = await app.inject({ method: 'POST', url: '/api/auth/sign-in/social', payload: { provider: 'globex', callbackURL: FRONT_PAGE } })
    const stateCookie = [native.headers['set-cookie'] ?? []].flat().map((cookie) => cookie.split(';')[0]).join('; ')
    const back = await completeAtProvider(app, (native.json() as { url: string }).url, { cookie: stateCookie })
    t.equal(back.location.searchParams.get('error'), 'account_not_linked', 'native')
    t.same(back.setCookie.filter((cookie) => cookie.startsWith('better-auth.session_token=') && !cookie.startsWith('better-auth.session_token=;')), [], 'no session cookie')
    t.same(await identitiesOf(app, victim.id), ['credential'], 'the victim\'s account has no identity of the attacker')
    t.equal(await sessionsOf(app, victim.id), sessions, 'and no new session')
    const user = await app.db.selectFrom('user').select(['name', 'email']).where('id', '=', victim.id).executeTakeFirstOrThrow()
    t.equal(user.name, 'Local Person', 'nor a changed profile')
  })

  await t.test('after a refusal, the owner signs in and links the provider explicitly', async (t) => {
    const user = await localUser(app, { verified: true })
    providerAccount(acme, { email: user.email, email_verified: false })
    const started = await app.inject({ method: 'POST', url: `${V1}/identities/acme/link`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { redirectTo: FRONT_PAGE } })
    const { url, codeVerifier } = started.json() as { url: string; codeVerifier: string }
    const back = await completeAtProvider(app, url)
    t.same(await identitiesOf(app, user.id), ['credential'], 'the callback links nothing by itself')
    const completed = await app.inject({ method: 'POST', url: `${V1}/identities/acme/link/complete`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { code: back.location.searchParams.get('code'), codeVerifier } })
    t.equal(completed.statusCode, 200)
    t.same(await identitiesOf(app, user.id), ['acme', 'credential'])
  })

  await t.test('an identity linked to one account cannot be linked to another', async (t) => {
    const owner = await localUser(app, { verified: true })
    const other = await localUser(app, { verified: true })
    providerAccount(globex, { email: owner.email })
    await completeAtProvider(app, (await start(app, 'globex')).url)
    t.same(await identitiesOf(app, owner.id), ['credential', 'globex'])
    const started = await app.inject({ method: 'POST', url: `${V1}/identities/globex/link`, headers: { authorization: `Bearer ${other.accessToken}` }, payload: { redirectTo: FRONT_PAGE } })
    const { url, codeVerifier } = started.json() as { url: string; codeVerifier: string }
    const back = await completeAtProvider(app, url)
    const completed = await app.inject({ method: 'POST', url: `${V1}/identities/globex/link/complete`, headers: { authorization: `Bearer ${other.accessToken}` }, payload: { code: back.location.searchParams.get('code'), codeVerifier } })
    t.equal(completed.statusCode, 400)
    t.equal(completed.json().error.code, 'FEDERATED_SIGN_IN_FAILED')
    t.match(completed.json().message, /account_already_linked_to_different_user/)
    t.same(await identitiesOf(app, other.id), ['credential'])
  })
})

t.test('the callback refuses what it was not asked for', async (t) => {
  const { app, acme } = await buildWithProviders(t)
  const callbackPrefix = `${app.config.baseUrl}/api/auth/callback/`

  await t.test('a wrong state: 400, nothing signed in', async (t) => {
    providerAccount(acme, { email: uniqueEmail('state') })
    const callback = await followToCallback((await start(app)).url, callbackPrefix)
    callback.searchParams.set('state', 'not-the-state-of-any-flow')
    const answered = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` })
    t.equal(answered.statusCode, 400)
    t.equal(answered.json().error.code, 'FEDERATED_SIGN_IN_FAILED')
    t.match(answered.json().message, /state/)
  })

  await t.test('a reused state (the same callback twice): the second is refused', async (t) => {
    providerAccount(acme, { email: uniqueEmail('replay') })
    const callback = await followToCallback((await start(app)).url, callbackPrefix)
    const first = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` })
    t.ok(new URL(first.headers.location as string).searchParams.get('code'), 'the first one signs in')
    const second = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` })
    t.equal(second.statusCode, 400)
    t.equal(second.json().error.code, 'FEDERATED_SIGN_IN_FAILED')
  })

  await t.test('a provider code replayed into another flow (another state and verifier) is refused', async (t) => {
    providerAccount(acme, { email: uniqueEmail('code') })
    const stolen = await followToCallback((await start(app)).url, callbackPrefix)
    const mine = await followToCallback((await start(app)).url, callbackPrefix)
    mine.searchParams.set('code', stolen.searchParams.get('code')!)
    const answered = await app.inject({ method: 'GET', url: `${mine.pathname}${mine.search}` })
    const location = new URL(answered.headers.location as string)
    t.equal(location.searchParams.get('code'), null, 'no sign-in')
    t.equal(location.searchParams.get('error'), 'invalid_code')
  })

  for (const [name, tamper] of [
    ['nonce', (claims: Record<string, unknown>) => ({ ...claims, nonce: 'another-flow-s-nonce' })],
    ['aud', (claims: Record<string, unknown>) => ({ ...claims, aud: 'another-client' })],
    ['iss', (claims: Record<string, unknown>) => ({ ...claims, iss: 'http://127.0.0.1:9/' })],
  ] as const) {
    await t.test(`an id_token with the wrong ${name} is refused`, async (t) => {
      const email = uniqueEmail(name)
      providerAccount(acme, { email })
      acme.tamperNextIdToken = tamper
      const back = await completeAtProvider(app, (await start(app)).url)
      t.equal(acme.tamperNextIdToken, undefined, 'the forged id_token was served')
      t.equal(back.location.searchParams.get('code'), null, 'no sign-in')
      t.equal(back.location.searchParams.get('error'), 'unable_to_get_user_info')
      t.equal(await app.db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst(), undefined, 'no account created')
    })
  }
})
