// A one-time code from a provider's callback is worth nothing once its account is banned, and says
// so as every other way in does: 403 USER_BANNED, on each surface that exchanges codes.
import t from 'tap'
import { seedApiKey, bearer } from '../admin/admin-helper.js'
import { buildWithProviders, completeAtProvider, FRONT_PAGE, providerAccount } from './federation-helper.js'
import { uniqueEmail } from '../helper.js'

t.test('a code taken before a ban and exchanged after it is refused as the ban', async (t) => {
  const { app, acme } = await buildWithProviders(t)
  const { key } = await seedApiKey(app, ['users:write'])
  providerAccount(acme, { email: uniqueEmail('banned') })
  const surfaces = [
    { name: 'v1', start: '/api/v1/better-auth/oauth/acme/start', exchange: '/api/v1/better-auth/oauth/exchange' },
    { name: '/auth', start: '/auth/oauth/acme/start', exchange: '/auth/oauth/exchange' },
  ]
  const taken = []
  let userId: string | undefined
  for (const surface of surfaces) {
    const started = (await app.inject({ method: 'POST', url: surface.start, payload: { redirectTo: FRONT_PAGE } })).json<{ url: string; codeVerifier: string }>()
    const back = await completeAtProvider(app, started.url)
    taken.push({ surface, code: back.location.searchParams.get('code')!, codeVerifier: started.codeVerifier })
    userId ??= (await app.db.selectFrom('user').select('id').orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id
  }
  const ban = await app.inject({ method: 'POST', url: `/api/v1/admin/users/${userId!}/ban`, headers: bearer(key), payload: {} })
  t.equal(ban.statusCode, 200)
  for (const { surface, code, codeVerifier } of taken) {
    const answer = await app.inject({ method: 'POST', url: surface.exchange, payload: { code, codeVerifier } })
    t.equal(answer.statusCode, 403, `${surface.name}: 403`)
    t.match(answer.body, /USER_BANNED|suspended/, `${surface.name}: said as the ban`)
  }
})

t.test('a provider\'s access and refresh tokens are stored sealed', async (t) => {
  const { app, acme } = await buildWithProviders(t)
  providerAccount(acme, { email: uniqueEmail('sealed') })
  const started = (await app.inject({ method: 'POST', url: '/api/v1/better-auth/oauth/acme/start', payload: { redirectTo: FRONT_PAGE } })).json<{ url: string; codeVerifier: string }>()
  await completeAtProvider(app, started.url)
  const row = await app.db.selectFrom('account').select(['access_token', 'refresh_token']).where('provider_id', '=', 'acme').executeTakeFirstOrThrow()
  t.ok(row.access_token, 'the provider gave an access token')
  for (const token of [row.access_token, row.refresh_token]) {
    if (token !== null) t.match(token, /^(\$ba\$|[0-9a-f]+$)/, 'sealed, not the provider\'s token')
  }
})
