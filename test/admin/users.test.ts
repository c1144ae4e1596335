import t from 'tap'
import { createClient, createConfig } from '../sdk/generated/hey-api/client/index.js'
import * as hey from '../sdk/generated/hey-api/sdk.gen.js'
import { listen, PASSWORD } from '../helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

t.test('GET /api/v1/admin/users through the generated client: filters, cursor pages, a cursor bound to its filters', async (t) => {
  const { app, url } = await listen(t)
  const client = createClient(createConfig({ baseUrl: url }))
  const { key } = await seedApiKey(app, ['users:read'])
  // hey-api asks for a credential per security scheme: the admin API's is a bearer key.
  const as = { client, auth: () => key }
  const run = `${process.pid}x${Date.now().toString(36)}`
  const emails = Array.from({ length: 5 }, (_, index) => `page.${run}.${index}@example.com`)
  for (const email of emails) {
    const signedUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'Listed' } })
    t.equal(signedUp.statusCode, 200)
  }
  await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: `other.${run}@example.com`, password: PASSWORD, name: 'Other' } })
  await app.db.updateTable('user').set({ email_verified: true }).where('email', '=', emails[0]!).execute()

  const seen: string[] = []
  let cursor: string | undefined
  let pages = 0
  do {
    const page = await hey.serviceAdminListUsers({ ...as, query: { emailPrefix: `PAGE.${run}`, limit: 2, ...(cursor === undefined ? {} : { cursor }) } })
    t.equal(page.response.status, 200)
    seen.push(...page.data!.users.map((user) => user.email))
    cursor = page.data!.nextCursor ?? undefined
    pages += 1
  } while (cursor !== undefined && pages < 10)
  t.equal(pages, 3, 'five users, two a page: three pages, the last without a cursor')
  t.same(seen, [...emails].reverse(), 'every match once, newest first, the prefix matched case-insensitively and nothing else')

  const first = await hey.serviceAdminListUsers({ ...as, query: { emailPrefix: `page.${run}`, limit: 2 } })
  const reused = await hey.serviceAdminListUsers({ ...as, query: { emailPrefix: `other.${run}`, limit: 2, cursor: first.data!.nextCursor! } })
  t.equal(reused.response.status, 400)
  t.equal(reused.error?.code, 'INVALID_CURSOR', 'a cursor used with other filters is refused, typed')
  const altered = first.data!.nextCursor!.slice(0, -2) + (first.data!.nextCursor!.endsWith('AA') ? 'BB' : 'AA')
  t.equal((await hey.serviceAdminListUsers({ ...as, query: { emailPrefix: `page.${run}`, cursor: altered } })).error?.code, 'INVALID_CURSOR', 'an altered cursor is refused')

  const verified = await hey.serviceAdminListUsers({ ...as, query: { emailPrefix: `page.${run}`, verified: true } })
  t.same(verified.data!.users.map((user) => user.email), [emails[0]], 'verified=true')
  const unverified = await hey.serviceAdminListUsers({ ...as, query: { emailPrefix: `page.${run}`, verified: false } })
  t.equal(unverified.data!.users.length, 4, 'verified=false')
  const future = await hey.serviceAdminListUsers({ ...as, query: { emailPrefix: `page.${run}`, createdAfter: new Date(Date.now() + 60_000).toISOString() } })
  t.same(future.data!.users, [], 'createdAfter')
  const past = await hey.serviceAdminListUsers({ ...as, query: { emailPrefix: `page.${run}`, createdBefore: new Date(Date.now() - 3_600_000).toISOString() } })
  t.same(past.data!.users, [], 'createdBefore')
  const wildcard = await hey.serviceAdminListUsers({ ...as, query: { emailPrefix: '%' } })
  t.same(wildcard.data!.users, [], 'LIKE wildcards in the prefix match only themselves')

  const user = await hey.serviceAdminGetUser({ ...as, path: { id: verified.data!.users[0]!.id } })
  t.equal(user.data?.email, emails[0])
  t.equal(user.data?.emailVerified, true)
  t.notOk('password' in (user.data ?? {}), 'no credential in the answer')
  t.equal((await hey.serviceAdminGetUser({ ...as, path: { id: 'no-such-user' } })).response.status, 404)
  const anonymous = await hey.serviceAdminListUsers({ client })
  t.equal(anonymous.response.status, 401)
  t.equal(anonymous.error?.code, 'UNAUTHORIZED')
})

t.test('GET /api/v1/admin/users → 400 on bad parameters', async (t) => {
  const { app } = await listen(t)
  const { key } = await seedApiKey(app, ['users:read'])
  for (const query of ['limit=0', 'limit=101', 'limit=x', 'verified=maybe', 'createdAfter=yesterday', 'emailPrefix=']) {
    const response = await app.inject({ method: 'GET', url: `/api/v1/admin/users?${query}`, headers: bearer(key) })
    t.equal(response.statusCode, 400, `${query}: 400`)
    t.equal(response.json().error.code, 'VALIDATION_ERROR')
  }
})

t.test('PATCH /api/v1/admin/users/{id}: name and verified flag; verifying ends what was issued before; audited with the key', async (t) => {
  const { app } = await listen(t)
  const writer = await seedApiKey(app, ['users:write'])
  const reader = await seedApiKey(app, ['users:read'])
  const signedUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: `patch.${Date.now().toString(36)}@example.com`, password: PASSWORD, name: 'Before' } })
  const userId = (signedUp.json() as { user: { id: string } }).user.id
  const session = signedUp.headers['set-auth-token'] as string
  t.not((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { authorization: `Bearer ${session}` } })).json(), null, 'the sign-up\'s session works')
  const url = `/api/v1/admin/users/${userId}`

  t.equal((await app.inject({ method: 'PATCH', url, headers: bearer(reader.key), payload: { name: 'X' } })).statusCode, 403, 'users:write is needed')
  for (const payload of [{}, { name: '' }, { emailVerified: 'yes' }]) {
    t.equal((await app.inject({ method: 'PATCH', url, headers: bearer(writer.key), payload })).statusCode, 400, `${JSON.stringify(payload)}: 400`)
  }
  t.equal((await app.inject({ method: 'PATCH', url: '/api/v1/admin/users/nobody', headers: bearer(writer.key), payload: { name: 'X' } })).statusCode, 404)

  const renamed = await app.inject({ method: 'PATCH', url, headers: bearer(writer.key), payload: { name: 'After' } })
  t.equal(renamed.json().name, 'After')
  t.equal(renamed.json().emailVerified, false)
  t.not((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { authorization: `Bearer ${session}` } })).json(), null, 'a rename ends nothing')

  const verified = await app.inject({ method: 'PATCH', url, headers: bearer(writer.key), payload: { emailVerified: true } })
  t.equal(verified.json().emailVerified, true)
  t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { authorization: `Bearer ${session}` } })).json(), null, 'verifying ended the session issued before')
  t.equal((await app.inject({ method: 'GET', url, headers: bearer(reader.key) })).json().emailVerified, true, 'stored')
  t.equal((await app.inject({ method: 'PATCH', url, headers: bearer(writer.key), payload: { emailVerified: false } })).json().emailVerified, false, 'and can be taken back')

  const events = await app.db.selectFrom('audit_event').selectAll().where('type', '=', 'admin.user_updated').where('user_id', '=', userId).orderBy('occurred_at').execute()
  t.same(events.map((event) => event.detail), [
    { fields: ['name'], apiKeyId: writer.id },
    { fields: ['emailVerified'], apiKeyId: writer.id },
    { fields: ['emailVerified'], apiKeyId: writer.id },
  ])
})
