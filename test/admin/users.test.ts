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
