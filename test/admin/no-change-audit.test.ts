import t from 'tap'
import { contractProblems } from '../contract.js'
import { build, signUp } from '../helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

/**
 * Every admin call that may change something is an audit event naming its key, also when it finds
 * nothing to change: recorded as `admin.no_change` (the operation says which call), and nothing
 * else: not the action's own type, which would tell the user's security history, the webhooks and
 * the mailbox that something happened.
 */
t.test('admin calls that change nothing are recorded as admin.no_change, naming the key', async (t) => {
  const app = await build(t)
  const writer = await seedApiKey(app, ['users:write'])
  const sessions = await seedApiKey(app, ['sessions:write'])
  const auditor = await seedApiKey(app, ['audit:read'])
  const user = await signUp(app)
  await app.db.deleteFrom('session').where('user_id', '=', user.userId).execute()
  const outboxBefore = (await app.db.selectFrom('email_outbox').select('id').execute()).length

  const calls: Array<[string, string, string, string]> = [
    ['serviceAdminUnbanUser', 'POST', `/api/v1/admin/users/${user.userId}/unban`, writer.key],
    ['serviceAdminResetMfa', 'POST', `/api/v1/admin/users/${user.userId}/mfa/reset`, writer.key],
    ['serviceAdminRevokeUserSessions', 'DELETE', `/api/v1/admin/users/${user.userId}/sessions`, sessions.key],
  ]
  for (const [operationId, method, url, key] of calls) {
    const before = (await app.db.selectFrom('audit_event').select('id').execute()).length
    const response = await app.inject({ method: method as 'POST', url, headers: bearer(key) })
    t.equal(response.statusCode, 200, operationId)
    t.same(contractProblems(operationId, response), [])
    const events = await app.db.selectFrom('audit_event').selectAll().orderBy('occurred_at').execute()
    t.equal(events.length, before + 1, `${operationId}: one event`)
    t.match(events.at(-1), { type: 'admin.no_change', user_id: user.userId, operation: operationId, session_id: null }, `${operationId}: admin.no_change`)
    t.same(events.at(-1)?.detail, { apiKeyId: key === writer.key ? writer.id : sessions.id }, `${operationId}: naming the key`)
    // Again: each call is recorded.
    await app.inject({ method: method as 'POST', url, headers: bearer(key) })
    t.equal((await app.db.selectFrom('audit_event').select('id').where('operation', '=', operationId).execute()).length, 2, `${operationId}: each call`)
  }
  t.same(await app.db.selectFrom('audit_event').select('type').where('type', 'in', ['user.unbanned', 'mfa.disabled', 'session.revoked']).execute(), [], 'no event of an action that did not happen')
  t.equal((await app.db.selectFrom('email_outbox').select('id').execute()).length, outboxBefore, 'no email: nothing happened to tell the user of')
  t.equal((await app.db.selectFrom('webhook_event').select('id').execute()).length, 0, 'no webhook event')

  const listed = await app.inject({ method: 'GET', url: '/api/v1/admin/audit-events?type=admin.no_change', headers: bearer(auditor.key) })
  t.equal(listed.statusCode, 200)
  t.same(contractProblems('serviceAdminListAuditEvents', listed), [], 'the documented event')
  t.same((listed.json().events as Array<{ operation: string }>).map((event) => event.operation).sort(), [
    'serviceAdminResetMfa', 'serviceAdminResetMfa', 'serviceAdminRevokeUserSessions', 'serviceAdminRevokeUserSessions', 'serviceAdminUnbanUser', 'serviceAdminUnbanUser',
  ])

  // A call that does change something is recorded as before, and not as a no-change.
  const live = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: 'correct-horse-battery' } })
  t.equal(live.statusCode, 200)
  const ended = await app.inject({ method: 'DELETE', url: `/api/v1/admin/users/${user.userId}/sessions`, headers: bearer(sessions.key) })
  t.same(ended.json(), { revoked: 1 })
  t.equal((await app.db.selectFrom('audit_event').select('id').where('type', '=', 'session.revoked').execute()).length, 1)
  t.equal((await app.db.selectFrom('audit_event').select('id').where('type', '=', 'admin.no_change').execute()).length, 6, 'no no-change for a call that changed something')
})

t.test('users:write reads what it writes: each write answers the user as written, without users:read', async (t) => {
  const app = await build(t)
  const writer = await seedApiKey(app, ['users:write'])
  const user = await signUp(app)
  t.equal((await app.inject({ method: 'GET', url: `/api/v1/admin/users/${user.userId}`, headers: bearer(writer.key) })).statusCode, 403, 'reading needs users:read')
  for (const [operationId, method, url, payload] of [
    ['serviceAdminUpdateUser', 'PATCH', `/api/v1/admin/users/${user.userId}`, { name: 'Written' }],
    ['serviceAdminBanUser', 'POST', `/api/v1/admin/users/${user.userId}/ban`, {}],
    ['serviceAdminUnbanUser', 'POST', `/api/v1/admin/users/${user.userId}/unban`, undefined],
    ['serviceAdminResetMfa', 'POST', `/api/v1/admin/users/${user.userId}/mfa/reset`, undefined],
  ] as const) {
    const response = await app.inject({ method, url, headers: bearer(writer.key), ...(payload === undefined ? {} : { payload }) })
    t.equal(response.statusCode, 200, operationId)
    t.match(response.json(), { id: user.userId, email: user.email, name: 'Written' }, `${operationId}: the user as written`)
    t.same(contractProblems(operationId, response), [])
  }
})
