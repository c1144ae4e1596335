import t from 'tap'
import { buildApp } from '../../src/app.js'
import { cheapPasswordHasher, cookieHeader, createPostgresDatabase, FRONTEND_ORIGIN, PASSWORD, postgresServer, testConfig, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'

const server = await postgresServer()

/**
 * Two instances of the service on one PostgreSQL database, as behind a load balancer: a session
 * revoked through one is refused by the other on the very next request, whichever credential
 * names it. Nothing about a session is cached in a process, so there is nothing to invalidate.
 */
t.test('a session revoked on instance A is refused by instance B on its next request', {
  skip: server === undefined ? 'needs PostgreSQL (127.0.0.1:5432 or DATABASE_URL): two instances share one server database, and embedded PGlite belongs to one process' : false,
}, async (t) => {
  const mail = await startMailCatcher(t)
  const config = await testConfig(t, { DATABASE_URL: await createPostgresDatabase(t, server!), SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const [a, b] = await Promise.all([0, 1].map(() => buildApp(config, { logger: false, purgeIntervalMs: 0, passwordHasher: cheapPasswordHasher })))
  t.teardown(async () => { await a!.close(); await b!.close() })
  const [onA, onB] = await Promise.all([a!.listen({ port: 0, host: '127.0.0.1' }), b!.listen({ port: 0, host: '127.0.0.1' })])
  const call = async (base: string, method: string, path: string, headers: Record<string, string> = {}, body?: object): Promise<Response> =>
    fetch(`${base}${path}`, { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  const json = async <T>(response: Response): Promise<T> => response.json() as Promise<T>

  // One verified account, signed in on B in every way the service knows.
  const email = uniqueEmail('two-instances')
  await call(onA, 'POST', '/api/v1/better-auth/register', {}, { email, password: PASSWORD, name: 'Two' })
  const code = /\b(\d{6})\b/.exec((await mail.waitFor(email, /verification code/i)).text)![1]!
  const { registrationToken } = await json<{ registrationToken: string }>(await call(onA, 'POST', '/api/v1/better-auth/verify-email', {}, { email, code }))
  const owner = await json<{ accessToken: string }>(await call(onA, 'POST', '/api/v1/better-auth/complete-registration', {}, { registrationToken }))
  const ownerAuth = { authorization: `Bearer ${owner.accessToken}` }
  const sidOf = (jwt: string): string => (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid

  const signInEverywhere = async (): Promise<{ access: { accessToken: string; refreshToken: string }; jwt: string; cookie: string; token: string }> => {
    const access = await json<{ accessToken: string; refreshToken: string }>(await call(onB, 'POST', '/api/v1/better-auth/login', {}, { email, password: PASSWORD }))
    const { token: jwt } = await json<{ token: string }>(await call(onB, 'POST', '/auth/login', {}, { email, password: PASSWORD }))
    const native = await call(onB, 'POST', '/api/auth/sign-in/email', {}, { email, password: PASSWORD })
    const { token } = await json<{ token: string }>(native)
    return { access, jwt, cookie: cookieHeader(native.headers.getSetCookie()), token }
  }
  type Credentials = Awaited<ReturnType<typeof signInEverywhere>>
  const statusesOnB = async (credentials: Credentials): Promise<Record<string, unknown>> => ({
    accessToken: (await call(onB, 'GET', '/api/v1/better-auth/me', { authorization: `Bearer ${credentials.access.accessToken}` })).status,
    jwt: (await call(onB, 'GET', '/auth/me', { authorization: `Bearer ${credentials.jwt}` })).status,
    cookie: (await json<unknown>(await call(onB, 'GET', '/api/auth/get-session', { cookie: credentials.cookie }))) === null ? 'signed out' : 'signed in',
  })

  await t.test('one by one, each through another surface on A', async (t) => {
    const on = await signInEverywhere()
    t.same(await statusesOnB(on), { accessToken: 200, jwt: 200, cookie: 'signed in' }, 'B knows every credential')
    t.equal((await call(onA, 'DELETE', `/api/v1/better-auth/sessions/${sidOf(on.access.accessToken)}`, ownerAuth)).status, 200)
    t.equal((await call(onA, 'DELETE', `/auth/sessions/${sidOf(on.jwt)}`, ownerAuth)).status, 401, 'the /auth surface takes only its own token…')
    const { token: ownerJwt } = await json<{ token: string }>(await call(onA, 'POST', '/auth/login', {}, { email, password: PASSWORD }))
    t.equal((await call(onA, 'DELETE', `/auth/sessions/${sidOf(on.jwt)}`, { authorization: `Bearer ${ownerJwt}` })).status, 200, '…and ends any session of the account')
    const ownerNative = await call(onA, 'POST', '/api/auth/sign-in/email', {}, { email, password: PASSWORD })
    t.equal((await call(onA, 'POST', '/api/auth/revoke-session', { cookie: cookieHeader(ownerNative.headers.getSetCookie()), origin: FRONTEND_ORIGIN }, { token: on.token })).status, 200)
    t.same(await statusesOnB(on), { accessToken: 401, jwt: 401, cookie: 'signed out' }, 'B refuses each on its very next request')
    t.equal((await call(onB, 'POST', '/api/v1/better-auth/refresh-token', {}, { refreshToken: on.access.refreshToken })).status, 401, 'and the refresh token')
  })

  await t.test('all at once, with revoke-others on A', async (t) => {
    const on = await signInEverywhere()
    t.same(await statusesOnB(on), { accessToken: 200, jwt: 200, cookie: 'signed in' })
    const revoked = await json<{ revoked: number }>(await call(onA, 'POST', '/api/v1/better-auth/sessions/revoke-others', ownerAuth))
    t.ok(revoked.revoked >= 3, `${revoked.revoked} sessions ended`)
    t.same(await statusesOnB(on), { accessToken: 401, jwt: 401, cookie: 'signed out' })
    t.equal((await call(onB, 'POST', '/api/v1/better-auth/refresh-token', {}, { refreshToken: on.access.refreshToken })).status, 401)
    t.equal((await call(onB, 'GET', '/api/v1/better-auth/me', ownerAuth)).status, 200, 'the owner\'s own session lives on, on B too')
  })
})
