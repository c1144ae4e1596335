import t from 'tap'
import { bearerCredential } from '../../src/auth/bearer-credential.js'
import { build, PASSWORD, signUp, uniqueEmail } from '../helper.js'
import { seedApiKey } from '../admin/admin-helper.js'

const INTROSPECTION_SECRET = 'introspection-secret-0123456789abcdef0123'
const METRICS_TOKEN = 'metrics-token-0123456789abcdef'

t.test('the Bearer scheme is read in any case and with any spaces after it (RFC 9110 §11.1)', async (t) => {
  for (const header of ['Bearer abc', 'bearer abc', 'BEARER abc', 'BeArEr   abc', 'Bearer abc  ']) t.equal(bearerCredential(header), 'abc', header)
  for (const header of [undefined, '', 'Bearer', 'Bearer ', 'Basic abc', 'Bearerabc', 'Bearer a b', ' Bearer abc', 'Bearer\tabc']) t.equal(bearerCredential(header), undefined, String(header))
})

t.test('every credential the service reads from Authorization takes every spelling of the scheme', async (t) => {
  const app = await build(t, { INTROSPECTION_SECRET, METRICS_TOKEN })
  const spellings = (credential: string): string[] => [`Bearer ${credential}`, `bearer ${credential}`, `BEARER  ${credential}`]
  const status = async (method: 'GET' | 'POST', url: string, authorization: string, payload?: object): Promise<number> =>
    (await app.inject({ method, url, headers: { authorization }, ...(payload === undefined ? {} : { payload }) })).statusCode

  const { token } = (await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: uniqueEmail(), password: PASSWORD, name: 'Bearer' } })).json<{ token: string }>()
  for (const header of spellings(token)) t.equal(await status('GET', '/auth/me', header), 200, `an access JWT as "${header.split(' ')[0]}"`)

  const session = await signUp(app)
  const signed = decodeURIComponent(session.cookie.split('=').slice(1).join('='))
  for (const header of spellings(signed)) {
    const answer = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { authorization: header } })
    t.equal(answer.json<{ user?: { id: string } } | null>()?.user?.id, session.userId, `a session token on /api/auth as "${header.split(' ')[0]}"`)
  }

  const { key } = await seedApiKey(app, ['users:read'])
  for (const header of spellings(key)) t.equal(await status('GET', '/api/v1/admin/users', header), 200, `an API key as "${header.split(' ')[0]}"`)

  for (const header of spellings(INTROSPECTION_SECRET)) t.equal(await status('POST', '/api/v1/sessions/introspect', header, { token: session.token }), 200, 'the introspection secret')
  for (const header of spellings(METRICS_TOKEN)) t.equal(await status('GET', '/metrics', header), 200, 'the metrics token')

  t.equal(await status('GET', '/auth/me', `Basic ${token}`), 401, 'another scheme is no credential')
  t.equal(await status('GET', '/api/v1/admin/users', `Bearer ${key} extra`), 401, 'nor is a credential with a space inside')
})
