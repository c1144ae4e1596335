import t from 'tap'
import { listAuditEvents } from '../../src/sessions/audit-event-repository.js'
import { build } from '../helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

const KEYS = '/api/v1/admin/keys'
const USERS = '/api/v1/admin/users'

t.test('GET /api/v1/admin/users → 401 UNAUTHORIZED for no, malformed, unknown, revoked and expired keys', async (t) => {
  const app = await build(t)
  const revoked = await seedApiKey(app, ['users:read', 'keys:write'])
  const revocation = await app.inject({ method: 'DELETE', url: `${KEYS}/${revoked.id}`, headers: bearer(revoked.key) })
  t.equal(revocation.statusCode, 200, 'a key may revoke itself')
  t.type(revocation.json().revokedAt, 'string')
  const expired = await seedApiKey(app, ['users:read'], { expiresAt: new Date(Date.now() - 1000) })
  const live = await seedApiKey(app, ['users:read'])
  const cases: Array<[string, Record<string, string>]> = [
    ['no Authorization', {}],
    ['not a bearer', { authorization: `Basic ${live.key}` }],
    ['not an API key', { authorization: 'Bearer some-session-token' }],
    ['an unknown key of the right shape', bearer(`ask_${'A'.repeat(43)}`)],
    ['a live key with one character changed', bearer(`${live.key.slice(0, -1)}${live.key.endsWith('A') ? 'B' : 'A'}`)],
    ['a revoked key', bearer(revoked.key)],
    ['an expired key', bearer(expired.key)],
  ]
  for (const [name, headers] of cases) {
    const response = await app.inject({ method: 'GET', url: USERS, headers })
    t.equal(response.statusCode, 401, `${name}: 401`)
    t.same(response.json().error, { code: 'UNAUTHORIZED', message: 'Missing or invalid credentials' }, `${name}: the v1 error shape, one answer for every cause`)
    t.equal(response.headers['www-authenticate'], 'Bearer')
  }
  t.equal((await app.inject({ method: 'GET', url: USERS, headers: bearer(live.key) })).statusCode, 200, 'the live key works')
})

t.test('admin operations → 403 FORBIDDEN for a live key without the scope they name', async (t) => {
  const app = await build(t)
  const reader = await seedApiKey(app, ['users:read'])
  const keyWriter = await seedApiKey(app, ['keys:write'])
  const forbidden: Array<[string, string, string, Record<string, unknown>?]> = [
    [reader.key, 'GET', KEYS],
    [reader.key, 'POST', KEYS, { name: 'x', scopes: ['users:read'] }],
    [reader.key, 'DELETE', `${KEYS}/${keyWriter.id}`],
    [keyWriter.key, 'GET', USERS],
    [keyWriter.key, 'GET', `${USERS}/someone`],
  ]
  for (const [key, method, url, payload] of forbidden) {
    const response = await app.inject({ method: method as 'GET', url, headers: bearer(key), ...(payload === undefined ? {} : { payload }) })
    t.equal(response.statusCode, 403, `${method} ${url}: 403`)
    t.equal(response.json().error.code, 'FORBIDDEN')
    t.match(response.json().error.message, /lacks the scope (users:read|keys:write)/)
  }
  const stillThere = await app.inject({ method: 'GET', url: KEYS, headers: bearer(keyWriter.key) })
  t.equal(stillThere.json().keys.filter((key: { revokedAt: string | null }) => key.revokedAt !== null).length, 0, 'the refused revocation revoked nothing')
})

t.test('POST /api/v1/admin/keys → 201 with a key shown once, stored only as a hash; it works, is listed by prefix, and is audited', async (t) => {
  const app = await build(t)
  // A key creates only keys with scopes it holds (test/admin/key-grants.test.ts).
  const admin = await seedApiKey(app, ['keys:write', 'users:read'])
  const created = await app.inject({ method: 'POST', url: KEYS, headers: bearer(admin.key), payload: { name: 'billing', scopes: ['users:read'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() } })
  t.equal(created.statusCode, 201)
  const { key, apiKey } = created.json() as { key: string; apiKey: { id: string; prefix: string; scopes: string[] } }
  t.match(key, /^ask_[A-Za-z0-9_-]{43}$/)
  t.equal(apiKey.prefix, key.slice(0, 12), 'the prefix is the key\'s first characters')
  t.same(apiKey.scopes, ['users:read'])
  const stored = await app.db.selectFrom('api_key').selectAll().where('id', '=', apiKey.id).executeTakeFirstOrThrow()
  t.not(stored.key_hash, key)
  t.notOk(JSON.stringify(stored).includes(key.slice(12)), 'the key itself is nowhere in its row')
  t.equal((await app.inject({ method: 'GET', url: USERS, headers: bearer(key) })).statusCode, 200, 'the new key works with its scope')
  t.equal((await app.inject({ method: 'GET', url: KEYS, headers: bearer(key) })).statusCode, 403, 'and only with its scope')
  const listed = await app.inject({ method: 'GET', url: KEYS, headers: bearer(admin.key) })
  t.notOk(listed.body.includes(key), 'the list never shows a key')
  const entry = (listed.json().keys as Array<{ id: string; lastUsedAt: string | null }>).find((one) => one.id === apiKey.id)
  t.type(entry?.lastUsedAt, 'string', 'its last use is kept')
  const events = await listAuditEvents(app.db, { type: 'admin.key_created' })
  t.equal(events.length, 1)
  t.same(events[0]?.detail, { apiKeyId: admin.id, targetApiKeyId: apiKey.id }, 'the event names the key that acted and the key made')

  const revoked = await app.inject({ method: 'DELETE', url: `${KEYS}/${apiKey.id}`, headers: bearer(admin.key) })
  t.equal(revoked.statusCode, 200)
  t.equal((await app.inject({ method: 'GET', url: USERS, headers: bearer(key) })).statusCode, 401, 'a revoked key is refused at once')
  t.same((await listAuditEvents(app.db, { type: 'admin.key_revoked' }))[0]?.detail, { apiKeyId: admin.id, targetApiKeyId: apiKey.id })
  t.equal((await app.inject({ method: 'DELETE', url: `${KEYS}/no-such-key`, headers: bearer(admin.key) })).statusCode, 404)
})

t.test('POST /api/v1/admin/keys → 400 on unknown scopes, no scopes, a past expiry', async (t) => {
  const app = await build(t)
  const admin = await seedApiKey(app, ['keys:write'])
  const bodies = [
    { name: 'x', scopes: ['users:admin'] },
    { name: 'x', scopes: [] },
    { name: 'x', scopes: ['users:read', 'users:read'] },
    { name: '', scopes: ['users:read'] },
    { name: 'x', scopes: ['users:read'], expiresAt: '2020-01-01T00:00:00.000Z' },
    { name: 'x', scopes: ['users:read'], expiresAt: 'tomorrow' },
  ]
  for (const payload of bodies) {
    const response = await app.inject({ method: 'POST', url: KEYS, headers: bearer(admin.key), payload })
    t.equal(response.statusCode, 400, `${JSON.stringify(payload)}: 400`)
    t.equal(response.json().error.code, 'VALIDATION_ERROR')
  }
  t.equal(await app.db.selectFrom('api_key').select('id').execute().then((rows) => rows.length), 1, 'no key was made')
})

t.test('each key has its own rate limit', async (t) => {
  const app = await build(t, { RATE_LIMITS: 'on' })
  const first = await seedApiKey(app, ['users:read'])
  const second = await seedApiKey(app, ['users:read'])
  let last = 0
  for (let index = 0; index < 601; index += 1) last = (await app.inject({ method: 'GET', url: `${USERS}?limit=1`, headers: bearer(first.key) })).statusCode
  t.equal(last, 429, 'the 601st request of one key in a minute is refused')
  t.equal((await app.inject({ method: 'GET', url: `${USERS}?limit=1`, headers: bearer(second.key) })).statusCode, 200, 'another key from the same address is not')
})
