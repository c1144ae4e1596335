import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { parseDateTimeInput } from '../../src/contract/date-input.js'
import { contractProblems } from '../contract.js'
import { build, signUp } from '../helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

/**
 * Every date-time the admin API reads, through the one parser (src/contract/date-input.ts): odd
 * values the schema's `format: date-time` admits answer 400 VALIDATION_ERROR naming the field, or
 * are read as the instant they name; never a 500.
 */

interface DateInput {
  readonly field: string
  readonly operationId: string
  /** Whether a time must be to come (an expiry). */
  readonly future: boolean
  send(app: FastifyInstance, key: string, value: string): Promise<{ statusCode: number; body: string; json: () => unknown; headers: Record<string, unknown> }>
}

function inputs(userId: string): DateInput[] {
  const query = (path: string, field: string, operationId: string): DateInput => ({
    field, operationId, future: false,
    send: (app, key, value) => app.inject({ method: 'GET', url: `${path}?${field}=${encodeURIComponent(value)}`, headers: bearer(key) }),
  })
  return [
    query('/api/v1/admin/users', 'createdAfter', 'serviceAdminListUsers'),
    query('/api/v1/admin/users', 'createdBefore', 'serviceAdminListUsers'),
    query('/api/v1/admin/audit-events', 'since', 'serviceAdminListAuditEvents'),
    query('/api/v1/admin/audit-events', 'until', 'serviceAdminListAuditEvents'),
    {
      field: 'banExpiresAt', operationId: 'serviceAdminBanUser', future: true,
      send: (app, key, value) => app.inject({ method: 'POST', url: `/api/v1/admin/users/${userId}/ban`, headers: bearer(key), payload: { banExpiresAt: value } }),
    },
    {
      field: 'expiresAt', operationId: 'serviceAdminCreateKey', future: true,
      send: (app, key, value) => app.inject({ method: 'POST', url: '/api/v1/admin/keys', headers: bearer(key), payload: { name: 'dated', scopes: ['users:read'], expiresAt: value } }),
    },
  ]
}

/** Odd date-times: leap seconds, the ends of the year range, offsets that carry a time across them, and spellings RFC 3339 allows. */
function oddDateTimes(): string[] {
  const values = new Set<string>()
  const years = ['0000', '0001', '0099', '1900', '1969', '1970', '2026', '2038', '9998', '9999']
  const offsets = ['Z', 'z', '+00:00', '-00:00', '+23:59', '-23:59', '+14:00', '-12:00', '+05:30']
  const times = ['00:00:00', '23:59:59', '23:59:60', '12:00:00.5', '23:59:59.999999999', '00:00:00.000']
  const days = ['01-01', '12-31', '02-29', '06-30']
  let seed = 7
  const pick = <T>(list: readonly T[]): T => { seed = (seed * 1103515245 + 12345) % 2147483648; return list[seed % list.length]! }
  // Every year with its first and last moment at the widest offsets; then a bounded pseudo-random mix.
  for (const year of years) {
    for (const offset of ['Z', '+23:59', '-23:59']) {
      values.add(`${year}-01-01T00:00:00${offset}`)
      values.add(`${year}-12-31T23:59:59${offset}`)
      values.add(`${year}-12-31T23:59:60${offset}`)
    }
  }
  for (let index = 0; index < 60; index += 1) values.add(`${pick(years)}-${pick(days)}${pick(['T', 't', ' '])}${pick(times)}${pick(offsets)}`)
  return [...values]
}

/** What the value should be read as: the instant, or why it is refused; undefined where the schema refuses it first. */
function expected(value: string): { instant: number } | { refused: RegExp } | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/.exec(value)
  if (match === null) return undefined
  const [, year, month, day, hour, minute, second, fraction, offset] = match
  if (second === '60') return { refused: /leap second/ }
  if (Number(year) === 0) return { refused: /year must be from 1 to 9999/ }
  const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  if (month === '02' && day === '29' && !leap(Number(year))) return undefined
  const padded = `+00${year}`
  const iso = `${padded}-${month}-${day}T${hour}:${minute}:${second}${(fraction ?? '').slice(0, 4)}${/^[Zz]$/.test(offset!) ? 'Z' : offset}`
  const instant = Date.parse(iso)
  const utcYear = new Date(instant).getUTCFullYear()
  if (utcYear < 1 || utcYear > 9999) return { refused: /years 1 to 9999 in UTC/ }
  return { instant }
}

t.test('parseDateTimeInput: the instant named, or a VALIDATION_ERROR naming the field', async (t) => {
  const values = oddDateTimes()
  t.ok(values.length > 80, `${values.length} odd date-times`)
  for (const value of values) {
    const want = expected(value)
    if (want === undefined) {
      t.throws(() => parseDateTimeInput(value, 'at'), { code: 'VALIDATION_ERROR' }, `${value}: refused`)
    } else if ('refused' in want) {
      t.throws(() => parseDateTimeInput(value, 'at'), { code: 'VALIDATION_ERROR', message: want.refused }, `${value}: refused`)
    } else {
      t.equal(parseDateTimeInput(value, 'at').getTime(), want.instant, `${value}: read`)
    }
  }
  t.equal(parseDateTimeInput('0001-01-01T00:00:00Z', 'at').toISOString(), '0001-01-01T00:00:00.000Z', 'the first moment (not 1901, as Date.UTC would read year 1)')
  t.equal(parseDateTimeInput('9999-12-31T23:59:59.999Z', 'at').toISOString(), '9999-12-31T23:59:59.999Z', 'the last')
  t.throws(() => parseDateTimeInput('2026-02-30T00:00:00Z', 'at'), { message: 'at: must match format "date-time"' }, 'a day the month lacks is not moved to the next month')
  t.throws(() => parseDateTimeInput('2026-06-30T23:59:60Z', 'createdAfter'), { message: 'createdAfter: a leap second (:60) cannot be stored; send :59' })
})

t.test('every date-time input of the admin API: odd values answer 400 VALIDATION_ERROR in the documented shape, or are read; never 500', async (t) => {
  const app = await build(t)
  const { key } = await seedApiKey(app, ['users:read', 'users:write', 'audit:read', 'keys:write'])
  const user = await signUp(app)
  const now = Date.now()
  let read = 0
  let refused = 0
  for (const input of inputs(user.userId)) {
    for (const value of oddDateTimes()) {
      const response = await input.send(app, key, value)
      const want = expected(value)
      const label = `${input.field}=${value}`
      if (response.statusCode >= 500) t.fail(`${label}: ${response.statusCode} ${response.body}`)
      if (want !== undefined && 'instant' in want && (!input.future || want.instant > now)) {
        if (response.statusCode !== 200 && response.statusCode !== 201) t.fail(`${label}: read, but answered ${response.statusCode} ${response.body}`)
        read += 1
        continue
      }
      if (response.statusCode !== 400) {
        t.fail(`${label}: refused, but answered ${response.statusCode} ${response.body}`)
        continue
      }
      refused += 1
      const { error } = response.json() as { error: { code: string; message: string } }
      t.equal(error.code, 'VALIDATION_ERROR', label)
      // The schema's own check may refuse it first (a leap second not at 23:59 UTC): either way the field is named.
      t.match(error.message, new RegExp(`^${input.field}: `), `${label}: names the field`)
      const problems = contractProblems(input.operationId, response)
      if (problems.length > 0) t.same(problems, [], `${label}: the documented error`)
    }
  }
  t.ok(read > 0 && refused > 0, `${read} read, ${refused} refused`)

  // The audit's cases, by name.
  const probes: Array<[string, string]> = [
    ['/api/v1/admin/users?createdAfter=2026-06-30T23:59:60Z', 'createdAfter'],
    ['/api/v1/admin/users?createdAfter=0000-01-01T00:00:00Z', 'createdAfter'],
    [`/api/v1/admin/users?createdBefore=${encodeURIComponent('9999-12-31T23:59:59-23:59')}`, 'createdBefore'],
    ['/api/v1/admin/audit-events?since=2026-06-30T23:59:60Z', 'since'],
    ['/api/v1/admin/audit-events?until=0000-01-01T00:00:00Z', 'until'],
  ]
  for (const [url, field] of probes) {
    const response = await app.inject({ method: 'GET', url, headers: bearer(key) })
    t.equal(response.statusCode, 400, url)
    t.match(response.json(), { error: { code: 'VALIDATION_ERROR', message: new RegExp(`^${field}: `) }, code: 'VALIDATION_ERROR' })
  }
  // The range's ends are read, and find what they should.
  const all = await app.inject({ method: 'GET', url: `/api/v1/admin/users?createdAfter=0001-01-01T00:00:00Z&createdBefore=${encodeURIComponent('9999-12-31T23:59:59.999Z')}`, headers: bearer(key) })
  t.equal(all.statusCode, 200)
  t.ok((all.json().users as Array<{ id: string }>).some((one) => one.id === user.userId), 'the whole range holds the user')
  const far = await app.inject({ method: 'POST', url: '/api/v1/admin/keys', headers: bearer(key), payload: { name: 'far', scopes: ['users:read'], expiresAt: '9999-12-31T23:59:59.999Z' } })
  t.equal(far.statusCode, 201)
  t.equal(far.json().apiKey.expiresAt, '9999-12-31T23:59:59.999Z', 'stored and read back as sent')
})
