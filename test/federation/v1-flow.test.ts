import createClient from 'openapi-fetch'
import t from 'tap'
import { purgeExpired } from '../../src/sessions/purge-repository.js'
import { listen, uniqueEmail } from '../helper.js'
import type { paths } from '../sdk/generated/api.js'
import { unusedTotp } from '../totp.js'
import { completeAtProvider, enableTotp, eventsOf, FRONT_PAGE, localUser, providerAccount, startProviders } from './federation-helper.js'

/**
 * The REST surface's sign-in with a provider, driven by the client generated from openapi.yaml as
 * a front end would: start, the browser's round trip through the provider (followed over HTTP),
 * the one-time code on the front end's page, its exchange for tokens.
 */
t.test('v1 sign-in with a provider, through the generated client', async (t) => {
  const providers = await startProviders(t)
  const { app, url } = await listen(t, { ...providers.env, LOG_LEVEL: 'error' })
  const client = createClient<paths>({ baseUrl: url })
  const { acme } = providers

  const start = async (provider = 'acme', redirectTo = FRONT_PAGE): Promise<{ url: string; codeVerifier: string }> => {
    const started = await client.POST('/api/v1/better-auth/oauth/{provider}/start', { params: { path: { provider } }, body: { redirectTo } })
    if (started.data === undefined) throw new Error(`start: ${started.response.status}`)
    return started.data
  }
  const codeFrom = (location: URL): string => {
    const code = location.searchParams.get('code')
    if (code === null) throw new Error(`no code in ${location.href}`)
    return code
  }

  await t.test('GET /api/v1/providers lists what a front end may show', async (t) => {
    const listed = await client.GET('/api/v1/providers')
    t.same(listed.data, { providers: [{ id: 'acme', name: 'Acme SSO', type: 'oidc' }, { id: 'globex', name: 'globex', type: 'oidc' }] })
  })

  await t.test('a new person: start → provider → code on the front end → exchange → tokens; the code works once', async (t) => {
    const email = uniqueEmail('oidc')
    providerAccount(acme, { email })
    const { url: authorizationUrl, codeVerifier } = await start()
    const authorization = new URL(authorizationUrl)
    t.equal(authorization.origin, acme.issuer)
    t.equal(authorization.searchParams.get('code_challenge_method'), 'S256', 'PKCE')
    t.ok(authorization.searchParams.get('state'), 'state')
    t.ok(authorization.searchParams.get('nonce'), 'nonce')
    t.notOk(authorizationUrl.includes(codeVerifier), 'the exchange secret is not in the URL')
    const back = await completeAtProvider(app, authorizationUrl)
    t.equal(`${back.location.origin}${back.location.pathname}`, FRONT_PAGE, 'on the front end\'s page')
    t.same([...back.location.searchParams.keys()], ['code'], 'with the code alone: no token in a URL')
    t.same(back.setCookie, [], 'and no cookie')
    const code = codeFrom(back.location)
    const exchanged = await client.POST('/api/v1/better-auth/oauth/exchange', { body: { code, codeVerifier } })
    t.equal(exchanged.response.status, 200)
    if (exchanged.data?.kind !== 'tokens') throw new Error('expected tokens')
    t.equal(exchanged.data.user.email, email)
    t.equal(exchanged.data.user.emailVerified, true, 'the provider asserted the address')
    const me = await client.GET('/api/v1/better-auth/me', { headers: { authorization: `Bearer ${exchanged.data.accessToken}` } })
    t.equal(me.data?.user.email, email, 'the access token works')
    const identities = await client.GET('/api/v1/better-auth/identities', { headers: { authorization: `Bearer ${exchanged.data.accessToken}` } })
    t.same(identities.data?.identities.map((identity) => identity.providerId), ['acme'])
    const events = await eventsOf(app, exchanged.data.user.id)
    t.ok(events.some((event) => event.type === 'identity.linked' && event.detail.provider === 'acme'), 'identity.linked')
    t.ok(events.some((event) => event.type === 'sign_in.succeeded' && event.detail.method === 'oidc' && event.detail.provider === 'acme'), 'sign_in.succeeded, method oidc')
    t.equal(events.filter((event) => event.type === 'user.created').length, 1, 'user.created: the provider\'s sign-in made the account')

    const replayed = await client.POST('/api/v1/better-auth/oauth/exchange', { body: { code, codeVerifier } })
    t.equal(replayed.response.status, 400)
    t.equal(replayed.error?.error.code, 'INVALID_CODE', 'a replayed code is refused')
    const last = await client.DELETE('/api/v1/better-auth/identities/{provider}', { headers: { authorization: `Bearer ${exchanged.data.accessToken}` }, params: { path: { provider: 'acme' } } })
    t.equal(last.response.status, 409)
    t.equal(last.error?.error.code, 'LAST_SIGN_IN_METHOD', 'its only identity is never unlinked')
  })

  await t.test('a code shown with another page\'s codeVerifier is refused and spent, and its session ended', async (t) => {
    providerAccount(acme, { email: uniqueEmail('oidc') })
    const victim = await start()
    const attacker = await start()
    const back = await completeAtProvider(app, victim.url)
    const code = codeFrom(back.location)
    const stolen = await client.POST('/api/v1/better-auth/oauth/exchange', { body: { code, codeVerifier: attacker.codeVerifier } })
    t.equal(stolen.error?.error.code, 'INVALID_CODE')
    const late = await client.POST('/api/v1/better-auth/oauth/exchange', { body: { code, codeVerifier: victim.codeVerifier } })
    t.equal(late.error?.error.code, 'INVALID_CODE', 'spent')
  })

  await t.test('a code older than sixty seconds is refused', async (t) => {
    providerAccount(acme, { email: uniqueEmail('oidc') })
    const flow = await start()
    const back = await completeAtProvider(app, flow.url)
    await app.db.updateTable('federated_sign_in').set({ expires_at: new Date(Date.now() - 1) }).where('exchanged_at', 'is', null).execute()
    const expired = await client.POST('/api/v1/better-auth/oauth/exchange', { body: { code: codeFrom(back.location), codeVerifier: flow.codeVerifier } })
    t.equal(expired.error?.error.code, 'INVALID_CODE')
    const purged = await purgeExpired(app.db, new Date(), { auditRetentionDays: 365 })
    t.ok(purged.federatedSignIns >= 1, 'and the purge deletes what has expired')
  })

  await t.test('redirectTo off the allow-list is refused before anything is started', async (t) => {
    for (const redirectTo of ['https://evil.example/callback', '//evil.example/x', 'http://localhost:3000@evil.example/', 'javascript:alert(1)', 'http://localhost:3000\\@evil.example']) {
      const refused = await client.POST('/api/v1/better-auth/oauth/{provider}/start', { params: { path: { provider: 'acme' } }, body: { redirectTo } })
      t.equal(refused.error?.error.code, 'INVALID_REDIRECT', redirectTo)
    }
    const unknown = await client.POST('/api/v1/better-auth/oauth/{provider}/start', { params: { path: { provider: 'nobody' } }, body: { redirectTo: FRONT_PAGE } })
    t.equal(unknown.response.status, 404)
    t.equal(await app.db.selectFrom('federated_sign_in').select('id').where('redirect_to', 'like', '%evil%').executeTakeFirst(), undefined)
  })

  await t.test('an account with a second factor still gives it: the exchange answers an MFA challenge', async (t) => {
    const user = await localUser(app, { verified: true })
    const { totpURI, spent } = await enableTotp(app, user)
    providerAccount(acme, { email: user.email })
    const flow = await start()
    const back = await completeAtProvider(app, flow.url)
    const liveBefore = await app.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute()
    const exchanged = await client.POST('/api/v1/better-auth/oauth/exchange', { body: { code: codeFrom(back.location), codeVerifier: flow.codeVerifier } })
    if (exchanged.data?.kind !== 'mfa_challenge') throw new Error(`expected an MFA challenge: ${JSON.stringify(exchanged.data ?? exchanged.error)}`)
    const verified = await client.POST('/api/v1/better-auth/verify-mfa', { body: { mfaToken: exchanged.data.mfaToken, code: unusedTotp(totpURI, spent) } })
    t.equal(verified.response.status, 200)
    t.equal(verified.data?.user.id, user.id, 'signed in after the second factor')
    const sessions = await app.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute()
    t.equal(sessions.length, liveBefore.length + 1, 'no session was left by the provider step itself')
  })

  await t.test('a banned account signs in through no provider: back on the front end with an error, no code, no session', async (t) => {
    const user = await localUser(app, { verified: true })
    providerAccount(acme, { email: user.email })
    await app.db.updateTable('user').set({ banned_at: new Date(), ban_reason: 'abuse' }).where('id', '=', user.id).execute()
    await app.db.deleteFrom('session').where('user_id', '=', user.id).execute()
    const flow = await start()
    const back = await completeAtProvider(app, flow.url)
    t.equal(`${back.location.origin}${back.location.pathname}`, FRONT_PAGE, 'on the front end\'s page')
    t.equal(back.location.searchParams.get('code'), null, 'with no code to exchange')
    t.equal(back.location.searchParams.get('error'), 'USER_BANNED', back.location.href)
    t.same(back.setCookie, [], 'and no cookie')
    const sessions = await app.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute()
    t.same(sessions, [], 'no session was made')
  })

  await t.test('the signed-in owner links a provider identity explicitly, whatever address it claims, and unlinks it', async (t) => {
    const user = await localUser(app, { verified: true })
    const authorization = `Bearer ${user.accessToken}`
    providerAccount(providers.globex, { email: uniqueEmail('elsewhere'), email_verified: false })
    const started = await client.POST('/api/v1/better-auth/identities/{provider}/link', { headers: { authorization }, params: { path: { provider: 'globex' } }, body: { redirectTo: FRONT_PAGE } })
    t.equal(started.response.status, 200)
    const back = await completeAtProvider(app, started.data!.url)
    const completed = await client.POST('/api/v1/better-auth/identities/{provider}/link/complete', { headers: { authorization }, params: { path: { provider: 'globex' } }, body: { code: codeFrom(back.location), codeVerifier: started.data!.codeVerifier } })
    t.equal(completed.response.status, 200, back.location.href)
    const listed = await client.GET('/api/v1/better-auth/identities', { headers: { authorization } })
    t.same(listed.data?.identities.map((identity) => identity.providerId), ['globex'])
    // The linked identity signs in to the account.
    const flow = await start('globex')
    const signedIn = await completeAtProvider(app, flow.url)
    const tokens = await client.POST('/api/v1/better-auth/oauth/exchange', { body: { code: codeFrom(signedIn.location), codeVerifier: flow.codeVerifier } })
    t.equal(tokens.data?.kind === 'tokens' ? tokens.data.user.id : undefined, user.id)
    const unlinked = await client.DELETE('/api/v1/better-auth/identities/{provider}', { headers: { authorization }, params: { path: { provider: 'globex' } } })
    t.equal(unlinked.response.status, 204, 'the password remains, so the identity may go')
    const events = (await eventsOf(app, user.id)).map((event) => event.type)
    t.ok(events.includes('identity.linked') && events.includes('identity.unlinked'))
    const gone = await client.DELETE('/api/v1/better-auth/identities/{provider}', { headers: { authorization }, params: { path: { provider: 'globex' } } })
    t.equal(gone.response.status, 404)
  })
})
