import t from 'tap'
import { API_KEY_SCOPES, type ApiKeyScope } from '../../src/admin/api-keys.js'
import { listAuditEvents } from '../../src/sessions/audit-event-repository.js'
import { contractProblems } from '../contract.js'
import { build } from '../helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

const KEYS = '/api/v1/admin/keys'
const HOUR = 3_600_000

/** Every subset of the scopes, the empty one aside: 63 of them. */
function scopeSets(): ApiKeyScope[][] {
  const sets: ApiKeyScope[][] = []
  for (let mask = 1; mask < 1 << API_KEY_SCOPES.length; mask += 1) sets.push(API_KEY_SCOPES.filter((_, index) => (mask & (1 << index)) !== 0))
  return sets
}

t.test('POST /api/v1/admin/keys: a key creates only keys whose scopes it holds, for every pair of scope sets', async (t) => {
  const app = await build(t)
  const sets = scopeSets()
  // A bounded sample of minters (every single scope beside keys:write, a few wider ones), against every requested set.
  const minterSets: ApiKeyScope[][] = [
    ['keys:write'],
    ...API_KEY_SCOPES.filter((scope) => scope !== 'keys:write').map((scope): ApiKeyScope[] => ['keys:write', scope]),
    ['keys:write', 'users:read', 'users:write'],
    ['keys:write', 'audit:read', 'sessions:write', 'webhooks:write'],
    [...API_KEY_SCOPES],
  ]
  let created = 0
  for (const held of minterSets) {
    const minter = await seedApiKey(app, held)
    for (const scopes of sets) {
      const response = await app.inject({ method: 'POST', url: KEYS, headers: bearer(minter.key), payload: { name: 'child', scopes } })
      const lacking = scopes.filter((scope) => !held.includes(scope))
      if (lacking.length === 0) {
        t.equal(response.statusCode, 201, `[${held.join(' ')}] creates [${scopes.join(' ')}]`)
        created += 1
      } else {
        if (response.statusCode !== 403) t.fail(`[${held.join(' ')}] must not create [${scopes.join(' ')}]: ${response.statusCode} ${response.body}`)
        t.equal(response.json().error.message, `This API key can create only keys with scopes it holds; it lacks ${lacking.join(', ')}`)
      }
    }
  }
  t.equal((await app.db.selectFrom('api_key').select('id').execute()).length, minterSets.length + created, 'a refused request made no key')
  const refused = await app.inject({ method: 'POST', url: KEYS, headers: bearer((await seedApiKey(app, ['keys:write'])).key), payload: { name: 'escalated', scopes: [...API_KEY_SCOPES] } })
  t.equal(refused.statusCode, 403, 'keys:write alone cannot mint every scope (the audit\'s escalation)')
  t.same(contractProblems('serviceAdminCreateKey', refused), [], 'the documented 403')
})

t.test('POST /api/v1/admin/keys: a key that expires creates only keys that expire no later; one that does not, any', async (t) => {
  const app = await build(t)
  const now = Date.now()
  const ends = new Date(now + HOUR)
  const minter = await seedApiKey(app, ['keys:write', 'users:read'], { expiresAt: ends })
  const create = (expiresAt?: Date | string) => app.inject({
    method: 'POST', url: KEYS, headers: bearer(minter.key),
    payload: { name: 'child', scopes: ['users:read'], ...(expiresAt === undefined ? {} : { expiresAt: typeof expiresAt === 'string' ? expiresAt : expiresAt.toISOString() }) },
  })
  const cases: Array<[string, Date | string | undefined, number]> = [
    ['no expiry (it would outlive its creator)', undefined, 403],
    ['a millisecond after the creator', new Date(ends.getTime() + 1), 403],
    ['a year after', new Date(now + 365 * 24 * HOUR), 403],
    ['the creator\'s own end, written with another offset', `${new Date(ends.getTime() + 2 * HOUR).toISOString().slice(0, 19)}+02:00`, 201],
    ['a millisecond before', new Date(ends.getTime() - 1), 201],
    ['at the creator\'s end', ends, 201],
    ['in a minute', new Date(now + 60_000), 201],
  ]
  for (const [name, expiresAt, status] of cases) {
    const response = await create(expiresAt)
    t.equal(response.statusCode, status, name)
    if (status === 403) {
      t.equal(response.json().error.message, `This API key expires at ${ends.toISOString()}; a key it creates must have an expiresAt no later than that`)
      t.same(contractProblems('serviceAdminCreateKey', response), [])
    } else {
      t.ok(new Date(response.json().apiKey.expiresAt as string).getTime() <= ends.getTime(), `${name}: expires by the creator's end`)
    }
  }
  const forever = await seedApiKey(app, ['keys:write', 'users:read'])
  const unbounded = await app.inject({ method: 'POST', url: KEYS, headers: bearer(forever.key), payload: { name: 'child', scopes: ['users:read'] } })
  t.equal(unbounded.statusCode, 201, 'a key that does not expire may create one that does not')
  t.equal(unbounded.json().apiKey.expiresAt, null)
  const later = await app.inject({ method: 'POST', url: KEYS, headers: bearer(forever.key), payload: { name: 'child', scopes: ['users:read'], expiresAt: '9999-12-31T23:59:59.999Z' } })
  t.equal(later.statusCode, 201, 'or any expiry')
})

t.test('DELETE /api/v1/admin/keys/{id}: a key revokes only keys whose scopes it holds', async (t) => {
  const app = await build(t)
  const keysOnly = await seedApiKey(app, ['keys:write'])
  const root = await seedApiKey(app, [...API_KEY_SCOPES], { name: 'operator' })
  const reader = await seedApiKey(app, ['users:read'])
  const sibling = await seedApiKey(app, ['keys:write'])

  for (const target of [root, reader]) {
    const refused = await app.inject({ method: 'DELETE', url: `${KEYS}/${target.id}`, headers: bearer(keysOnly.key) })
    t.equal(refused.statusCode, 403, 'a key with a scope the caller lacks')
    t.match(refused.json().error.message, /^This API key can revoke only keys with scopes it holds; it lacks /)
    t.same(contractProblems('serviceAdminRevokeKey', refused), [])
  }
  t.equal((await app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: bearer(root.key) })).statusCode, 200, 'the operator\'s key still works')
  t.equal((await app.inject({ method: 'DELETE', url: `${KEYS}/no-such-key`, headers: bearer(keysOnly.key) })).statusCode, 404, 'an unknown id is still 404')
  t.equal((await app.inject({ method: 'DELETE', url: `${KEYS}/${sibling.id}`, headers: bearer(keysOnly.key) })).statusCode, 200, 'a key with no more scopes than the caller')
  t.equal((await app.inject({ method: 'DELETE', url: `${KEYS}/${reader.id}`, headers: bearer(root.key) })).statusCode, 200, 'the full key revokes any')
  t.equal((await app.inject({ method: 'DELETE', url: `${KEYS}/${keysOnly.id}`, headers: bearer(keysOnly.key) })).statusCode, 200, 'a key may still revoke itself')
  const revoked = await listAuditEvents(app.db, { type: 'admin.key_revoked' })
  t.same(revoked.map((event) => event.detail.targetApiKeyId).sort(), [keysOnly.id, reader.id, sibling.id].sort(), 'only the revocations that happened are recorded')
  const rows = await app.db.selectFrom('api_key').select(['id', 'revoked_at']).execute()
  t.equal(rows.find((row) => row.id === root.id)?.revoked_at, null, 'the refused revocation changed nothing')
})
