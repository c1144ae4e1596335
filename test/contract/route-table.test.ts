import t from 'tap'
import { describeCallers, describeGroup, describeRateLimit, formatRouteTable, type RouteTableRow } from '../../src/contract/route-table.js'
import type { RateLimitRule } from '../../src/rate-limit/rules.js'

const signUpLimit: RateLimitRule = { max: 5, window: 3600, key: 'ip', group: 'sign-up' }

t.test('npm run routes: a rate limit reads as requests per window per key', async (t) => {
  const cases: Array<[RateLimitRule | undefined, string]> = [
    [undefined, 'exempt'],
    [signUpLimit, '5/1h per IP'],
    [{ max: 10, window: 900, key: 'email', field: 'email', group: 'x' }, '10/15min per email'],
    [{ max: 10, window: 900, key: 'token', field: 'registrationToken', group: 'x' }, '10/15min per token'],
    [{ max: 600, window: 60, key: 'ip', group: 'x' }, '600/1min per IP'],
    [{ max: 3, window: 90, key: 'ip', group: 'x' }, '3/90s per IP'],
  ]
  for (const [rule, expected] of cases) t.equal(describeRateLimit(rule), expected, expected)
})

t.test('npm run routes: the group shows only when an operation shares its counter', async (t) => {
  t.equal(describeGroup(signUpLimit, 'nativeSignUpEmail'), 'sign-up')
  t.equal(describeGroup({ ...signUpLimit, group: 'nativeSignOut' }, 'nativeSignOut'), '', 'its own counter')
  t.equal(describeGroup(undefined, 'serviceGetHealth'), '', 'exempt')
})

t.test('npm run routes: who may call reads the security alternatives', async (t) => {
  const cases: Array<[RouteTableRow['security'], string]> = [
    [[], 'public'],
    [[{}], 'public'],
    [[{ sessionCookie: [] }], 'session cookie'],
    [[{}, { sessionCookie: [] }], 'public | session cookie'],
    [[{ bearerAccessToken: [] }, { sessionCookie: [] }], 'access token | session cookie'],
    [[{ bearerJwt: [] }, { authTokenCookie: [] }], 'bearer JWT | JWT cookie'],
    [[{ introspectionClient: [] }], 'introspection secret'],
    [[{ metricsToken: [] }], 'metrics token'],
    [[{ sessionCookie: [], someNewScheme: [] }], 'session cookie + someNewScheme'],
  ]
  for (const [security, expected] of cases) t.equal(describeCallers(security), expected, JSON.stringify(security))
})

t.test('npm run routes: one aligned line per operation, flags an unregistered one, lists what lies outside the contract', async (t) => {
  const rows: RouteTableRow[] = [
    { method: 'POST', path: '/api/auth/sign-up/email', operationId: 'nativeSignUpEmail', rateLimit: signUpLimit, security: [], registered: true },
    { method: 'GET', path: '/metrics', operationId: 'serviceGetMetrics', rateLimit: undefined, security: [{ metricsToken: [] }], registered: false },
  ]
  const lines = formatRouteTable(rows, ['GET /docs…', 'OPTIONS *']).split('\n')
  t.same(lines, [
    'METHOD  PATH                     OPERATION          RATE LIMIT   GROUP    WHO MAY CALL',
    'POST    /api/auth/sign-up/email  nativeSignUpEmail  5/1h per IP  sign-up  public',
    'GET     /metrics                 serviceGetMetrics  exempt                metrics token   NOT REGISTERED',
    '',
    'Outside the contract: GET /docs…, OPTIONS *',
  ])
  t.notMatch(formatRouteTable(rows), /Outside/, 'no footer when everything is in the contract')
})
