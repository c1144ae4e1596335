import t from 'tap'
import { listOperations, type Operation } from '../../src/contract/spec.js'
import { checkGroups, readRateLimitRule } from '../../src/rate-limit/rules.js'
import { lockDuration } from '../../src/rate-limit/sign-in-throttle.js'
import { clientNetwork } from '../../src/rate-limit/client-key.js'

t.test('every operation declares its x-rate-limit, and the documented table holds', async (t) => {
  const rules = new Map(listOperations().map((operation) => [operation.operationId, readRateLimitRule(operation)]))
  t.match(rules.get('nativeSignUpEmail'), { max: 5, window: 3600, key: 'ip' }, 'sign-up: 5 per hour per IP')
  t.match(rules.get('nativeSignInEmail'), { max: 10, window: 900, key: 'ip' }, 'sign-in: 10 per 15 minutes per IP')
  t.match(rules.get('nativeForgotPassword'), { max: 3, window: 3600, key: 'email' }, 'forgot-password: 3 per hour per email')
  t.match(rules.get('nativeResetPassword'), { max: 5, key: 'token' }, 'reset-password: 5 per token')
  t.equal(rules.get('serviceGetHealth'), undefined, 'health is exempt: never starved')
  t.match(rules.get('serviceAdminListUsers'), { max: 600, window: 60, key: 'apiKey' }, 'admin API: 600 a minute per API key')
  t.equal(rules.get('nativeSignInEmail')!.group, rules.get('jwtLogin')!.group, 'sign-ins on every surface share one counter')
})

t.test('a malformed x-rate-limit fails start-up with the operation named', async (t) => {
  const operation = listOperations()[0]!
  const withRule = (rule: unknown): Operation => ({ ...operation, definition: { ...operation.definition, 'x-rate-limit': rule } })
  const cases: Array<[unknown, RegExp]> = [
    [undefined, /is missing/],
    [{ max: 0, window: 60, key: 'ip' }, /max must be a positive integer/],
    [{ max: 5, window: '1h', key: 'ip' }, /window must be/],
    [{ max: 5, window: 60, key: 'cookie' }, /key must be ip, email, token or apiKey/],
    [{ max: 5, window: 60, key: 'apiKey', field: 'key' }, /field is for key email or token/],
    [{ max: 5, window: 60, key: 'ip', burst: 3 }, /unknown fields: burst/],
    ['sometimes', /must be an object/],
  ]
  for (const [rule, message] of cases) t.throws(() => readRateLimitRule(withRule(rule)), message)
  const bodiless = listOperations().find((candidate) => candidate.operationId === 'nativeGetSession')!
  t.throws(() => readRateLimitRule({ ...bodiless, definition: { ...bodiless.definition, 'x-rate-limit': { max: 1, window: 1, key: 'email' } } }), /needs a JSON body/)
})

t.test('operations of one group must agree on their limit', async (t) => {
  const rule = { max: 10, window: 900, key: 'ip' as const, group: 'sign-in' }
  t.doesNotThrow(() => checkGroups([['a', rule], ['b', rule], ['c', undefined]]))
  t.throws(() => checkGroups([['a', rule], ['b', { ...rule, max: 20 }]]), /b: x-rate-limit group sign-in differs from a's/)
})

t.test('failed sign-ins earn a growing delay, never a permanent lock', async (t) => {
  t.same([1, 4, 5, 6, 7, 8, 20].map(lockDuration), [0, 0, 30_000, 60_000, 120_000, 240_000, 900_000])
})

t.test('IPv6 clients are counted by their /64', async (t) => {
  t.equal(clientNetwork('2001:db8:1:2:aaaa::1'), clientNetwork('2001:db8:1:2:bbbb::2'))
  t.not(clientNetwork('2001:db8:1:2::1'), clientNetwork('2001:db8:1:3::1'))
  t.equal(clientNetwork('::ffff:10.0.0.1'), '10.0.0.1')
  t.equal(clientNetwork('203.0.113.7'), '203.0.113.7')
})
