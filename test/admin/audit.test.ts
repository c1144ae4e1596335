import t from 'tap'
import { createClient, createConfig } from '../sdk/generated/hey-api/client/index.js'
import * as hey from '../sdk/generated/hey-api/sdk.gen.js'
import { listen, PASSWORD, uniqueEmail } from '../helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

t.test('GET /api/v1/admin/audit-events: by user, type and time, cursor pages, admin actions naming their key', async (t) => {
  const { app, url } = await listen(t)
  const client = createClient(createConfig({ baseUrl: url }))
  const auditor = await seedApiKey(app, ['audit:read'])
  const keys = await seedApiKey(app, ['keys:write', 'users:read'])
  const as = { client, auth: () => auditor.key }
  const email = uniqueEmail('audited')
  const signedUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'Audited' } })
  const userId = (signedUp.json() as { user: { id: string } }).user.id
  for (let attempt = 0; attempt < 3; attempt += 1) await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: 'wrong-password-here' } })
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })
  await app.inject({ method: 'POST', url: '/api/v1/admin/keys', headers: bearer(keys.key), payload: { name: 'made', scopes: ['users:read'] } })

  const failed: string[] = []
  let cursor: string | undefined
  let pages = 0
  do {
    const page = await hey.serviceAdminListAuditEvents({ ...as, query: { userId, type: 'sign_in.failed', limit: 2, ...(cursor === undefined ? {} : { cursor }) } })
    t.equal(page.response.status, 200)
    for (const event of page.data!.events) {
      t.equal(event.type, 'sign_in.failed')
      t.equal(event.userId, userId)
      failed.push(event.id)
    }
    cursor = page.data!.nextCursor ?? undefined
    pages += 1
  } while (cursor !== undefined && pages < 10)
  t.equal(failed.length, 3, 'each failure once, over two pages')
  t.equal(new Set(failed).size, 3)
  t.equal(pages, 2)

  const everything = await hey.serviceAdminListAuditEvents({ ...as, query: { userId } })
  t.ok(everything.data!.events.some((event) => event.type === 'sign_in.succeeded'), 'every type without a type filter')
  const times = everything.data!.events.map((event) => event.occurredAt)
  t.same(times, [...times].sort().reverse(), 'newest first')
  t.same((await hey.serviceAdminListAuditEvents({ ...as, query: { userId, since: new Date(Date.now() + 60_000).toISOString() } })).data!.events, [], 'since')
  t.same((await hey.serviceAdminListAuditEvents({ ...as, query: { userId, until: new Date(Date.now() - 3_600_000).toISOString() } })).data!.events, [], 'until')

  const created = await hey.serviceAdminListAuditEvents({ ...as, query: { type: 'admin.key_created' } })
  t.equal(created.data!.events.length, 1)
  t.equal(created.data!.events[0]!.detail.apiKeyId, keys.id, 'an admin action names its key')
  t.equal(created.data!.events[0]!.operation, 'serviceAdminCreateKey')

  const first = await hey.serviceAdminListAuditEvents({ ...as, query: { userId, limit: 1 } })
  const misused = await hey.serviceAdminListAuditEvents({ ...as, query: { type: 'sign_in.failed', limit: 1, cursor: first.data!.nextCursor! } })
  t.equal(misused.error?.code, 'INVALID_CURSOR', 'a cursor of other filters is refused')
  t.equal((await app.inject({ method: 'GET', url: '/api/v1/admin/audit-events', headers: bearer(keys.key) })).statusCode, 403, 'audit:read is needed')
  t.equal((await app.inject({ method: 'GET', url: '/api/v1/admin/audit-events?since=soon', headers: bearer(auditor.key) })).statusCode, 400)
})
