import t from 'tap'
import { buildApp } from '../../src/app.js'
import { cheapPasswordHasher, cookieHeader, createPostgresDatabase, PASSWORD, postgresServer, signUp, testConfig } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { registerUser } from '../surfaces/v1/v1-helper.js'
import { seedApiKey } from './admin-helper.js'

const server = await postgresServer()

/**
 * Two instances on one PostgreSQL database: a ban made through A is obeyed by B on the very next
 * request, for every credential and every sign-in; nothing about a user is cached in a process.
 */
t.test('a user banned on instance A is refused by instance B at once', {
  skip: server === undefined ? 'needs PostgreSQL (127.0.0.1:5432 or DATABASE_URL): two instances share one server database' : false,
}, async (t) => {
  const mail = await startMailCatcher(t)
  const config = await testConfig(t, { DATABASE_URL: await createPostgresDatabase(t, server!), SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const [a, b] = await Promise.all([0, 1].map(() => buildApp(config, { logger: false, purgeIntervalMs: 0, passwordHasher: cheapPasswordHasher })))
  t.teardown(async () => { await a!.close(); await b!.close() })
  await Promise.all([a!.ready(), b!.ready()])
  const { key } = await seedApiKey(a!, ['users:write'])
  const user = await registerUser(a!, mail)
  const payload = { email: user.email, password: PASSWORD }
  const native = await b!.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload })
  const jwt = (await b!.inject({ method: 'POST', url: '/auth/login', payload })).json() as { token: string }
  const onB = async (): Promise<Record<string, unknown>> => ({
    accessToken: (await b!.inject({ method: 'GET', url: '/api/v1/better-auth/me', headers: { authorization: `Bearer ${user.accessToken}` } })).statusCode,
    jwt: (await b!.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${jwt.token}` } })).statusCode,
    cookie: (await b!.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: cookieHeader(native.headers['set-cookie']) } })).json() === null ? 'signed out' : 'signed in',
    refresh: (await b!.inject({ method: 'POST', url: '/api/v1/better-auth/refresh-token', payload: { refreshToken: user.refreshToken } })).statusCode,
  })
  t.same(await onB(), { accessToken: 200, jwt: 200, cookie: 'signed in', refresh: 200 }, 'B knows every credential')
  const banned = await a!.inject({ method: 'POST', url: `/api/v1/admin/users/${user.user.id}/ban`, headers: { authorization: `Bearer ${key}` }, payload: { reason: 'two instances' } })
  t.equal(banned.statusCode, 200)
  t.same(await onB(), { accessToken: 401, jwt: 401, cookie: 'signed out', refresh: 403 }, 'B refuses each on its next request')
  t.equal((await b!.inject({ method: 'POST', url: '/api/v1/better-auth/login', payload })).json().error.code, 'USER_BANNED', 'and a new sign-in on B')
  t.equal((await a!.inject({ method: 'POST', url: `/api/v1/admin/users/${user.user.id}/unban`, headers: { authorization: `Bearer ${key}` } })).statusCode, 200)
  t.equal((await b!.inject({ method: 'POST', url: '/api/v1/better-auth/login', payload })).statusCode, 200, 'an unban on A lets B sign in at once')
})

t.test('a sign-in on B racing a ban on A never leaves a session behind', {
  skip: server === undefined ? 'needs PostgreSQL (127.0.0.1:5432 or DATABASE_URL)' : false,
}, async (t) => {
  const config = await testConfig(t, { DATABASE_URL: await createPostgresDatabase(t, server!) })
  const [a, b] = await Promise.all([0, 1].map(() => buildApp(config, { logger: false, purgeIntervalMs: 0, passwordHasher: cheapPasswordHasher })))
  t.teardown(async () => { await a!.close(); await b!.close() })
  await Promise.all([a!.ready(), b!.ready()])
  const { key } = await seedApiKey(a!, ['users:write'])
  for (let round = 0; round < 6; round += 1) {
    const user = await signUp(a!)
    const [signIn, ban] = await Promise.all([
      b!.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } }),
      a!.inject({ method: 'POST', url: `/api/v1/admin/users/${user.userId}/ban`, headers: { authorization: `Bearer ${key}` } }),
    ])
    t.equal(ban.statusCode, 200)
    t.ok([200, 403].includes(signIn.statusCode), `round ${round}: the sign-in either came first or was refused (${signIn.statusCode})`)
    const left = await a!.db.selectFrom('session').select('id').where('user_id', '=', user.userId).execute()
    t.same(left, [], `round ${round}: no session outlives the ban`)
  }
})
