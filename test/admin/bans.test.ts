import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { createClient, createConfig } from '../sdk/generated/hey-api/client/index.js'
import * as hey from '../sdk/generated/hey-api/sdk.gen.js'
import { build, cookieHeader, FRONTEND_ORIGIN, listen, PASSWORD, uniqueEmail } from '../helper.js'
import { followingClock } from '../clock.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'
import { softwareAuthenticator } from '../passkeys/software-authenticator.js'
import { codeFor, registerUser, V1 } from '../surfaces/v1/v1-helper.js'
import { signedInEverywhere, userWithMfa } from '../account/account-helper.js'
import { codeIn, confirmedUser, lastMail, tokenIn } from '../surfaces/email-sign-in-helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

const banned = (response: { statusCode: number; json: () => unknown }, surface: 'error' | 'detail' = 'error'): boolean =>
  response.statusCode === 403 && (surface === 'detail'
    ? (response.json() as { detail: string }).detail === 'This account is suspended'
    : (response.json() as { error: { code: string } }).error.code === 'USER_BANNED')

/** A ban; without a body when `payload` is not given (the body is optional). */
async function ban(app: FastifyInstance, key: string, userId: string, payload?: object): Promise<void> {
  const response = await app.inject({ method: 'POST', url: `/api/v1/admin/users/${userId}/ban`, headers: bearer(key), ...(payload === undefined ? {} : { payload }) })
  if (response.statusCode !== 200) throw new Error(`ban: ${response.statusCode} ${response.body}`)
}

/** The password sign-ins of every surface, by outcome. */
async function passwordSignIns(app: FastifyInstance, email: string, password = PASSWORD): Promise<Record<string, number>> {
  const payload = { email, password }
  return {
    native: (await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload })).statusCode,
    v1: (await app.inject({ method: 'POST', url: `${V1}/login`, payload })).statusCode,
    jwt: (await app.inject({ method: 'POST', url: '/auth/login', payload })).statusCode,
  }
}

t.test('POST /api/v1/admin/users/{id}/ban through the generated client: every credential ends at once; every password sign-in is 403 USER_BANNED; unban lifts it', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const client = createClient(createConfig({ baseUrl: url }))
  const writer = await seedApiKey(app, ['users:write', 'users:read'])
  const reader = await seedApiKey(app, ['users:read'])
  const as = { client, auth: () => writer.key }
  const user = await signedInEverywhere(app, mail)
  const bystander = await signedInEverywhere(app, mail)

  t.equal((await hey.serviceAdminBanUser({ client, auth: () => reader.key, path: { id: user.userId } })).response.status, 403, 'users:write is needed')
  t.equal((await hey.serviceAdminBanUser({ ...as, path: { id: 'no-such-user' } })).response.status, 404)
  const past = await hey.serviceAdminBanUser({ ...as, path: { id: user.userId }, body: { banExpiresAt: new Date(Date.now() - 1000).toISOString() } })
  t.equal(past.response.status, 400, 'an end that has passed is refused')
  for (const body of [{ reason: '' }, { reason: 'x'.repeat(501) }, { banExpiresAt: 'tomorrow' }, { reason: 7 }]) {
    const response = await app.inject({ method: 'POST', url: `/api/v1/admin/users/${user.userId}/ban`, headers: bearer(writer.key), payload: body })
    t.equal(response.statusCode, 400, `${JSON.stringify(body)}: 400`)
  }
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.v1.accessToken}` } })).statusCode, 200, 'nothing ended so far')

  const until = new Date(Date.now() + 3_600_000).toISOString()
  const result = await hey.serviceAdminBanUser({ ...as, path: { id: user.userId }, body: { reason: 'fraud, ticket 4711', banExpiresAt: until } })
  t.equal(result.response.status, 200)
  t.match(result.data, { id: user.userId, banned: true, banReason: 'fraud, ticket 4711', banExpiresAt: until })

  // Every credential the user held fails on its next request.
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.v1.accessToken}` } })).statusCode, 401, 'v1 access token')
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { cookie: user.v1.cookie } })).statusCode, 401, 'v1 session cookie')
  t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.native.cookie } })).json(), null, 'native cookie')
  t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { authorization: `Bearer ${user.native.bearer}` } })).json(), null, 'native bearer')
  t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${user.jwt.token}` } })).statusCode, 401, '/auth token')
  t.ok(banned(await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.v1.refreshToken } })), 'refresh: 403 USER_BANNED')
  t.equal((await app.db.selectFrom('session').select('id').where('user_id', '=', user.userId).execute()).length, 0, 'no session row left')
  t.equal((await app.db.selectFrom('refresh_token').select('id').where('user_id', '=', user.userId).where('revoked_at', 'is', null).execute()).length, 0, 'no live refresh token left')
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${bystander.v1.accessToken}` } })).statusCode, 200, 'another user is untouched')

  // Every password sign-in: 403 once the password is right, and only then.
  const payload = { email: user.email, password: PASSWORD }
  t.ok(banned(await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload })), 'native sign-in')
  t.ok(banned(await app.inject({ method: 'POST', url: `${V1}/login`, payload })), 'v1 login')
  t.ok(banned(await app.inject({ method: 'POST', url: '/auth/login', payload }), 'detail'), '/auth login, FastAPI-style')
  t.same(await passwordSignIns(app, user.email, 'not-the-password'), { native: 400, v1: 401, jwt: 401 }, 'a wrong password is told nothing of the ban')
  t.equal((await app.db.selectFrom('session').select('id').where('user_id', '=', user.userId).execute()).length, 0, 'and no session was made')

  const found = await hey.serviceAdminGetUser({ ...as, path: { id: user.userId } })
  t.equal(found.data?.banned, true)
  const listed = await hey.serviceAdminListUsers({ ...as, query: { banned: true } })
  t.same(listed.data?.users.map((one) => one.id), [user.userId], 'banned=true')
  const notBanned = await hey.serviceAdminListUsers({ ...as, query: { banned: false } })
  t.same(notBanned.data?.users.map((one) => one.id), [bystander.userId], 'banned=false')

  const events = await app.db.selectFrom('audit_event').selectAll().where('user_id', '=', user.userId).where('type', 'in', ['user.banned', 'session.revoked']).orderBy('occurred_at').execute()
  t.same(events.map((event) => event.type), ['session.revoked', 'session.revoked', 'session.revoked', 'user.banned'], 'each session ended is recorded, then the ban')
  t.same(events.at(-1)?.detail, { banReason: 'fraud, ticket 4711', banExpiresAt: until, revokedSessions: 3, apiKeyId: writer.id })
  t.ok(events.every((event) => event.detail.apiKeyId === writer.id), 'each names the key')
  const failed = await app.db.selectFrom('audit_event').selectAll().where('user_id', '=', user.userId).where('type', '=', 'sign_in.failed').execute()
  t.ok(failed.some((event) => event.detail.reason === 'USER_BANNED'), 'refused sign-ins are recorded with their reason')

  const again = await hey.serviceAdminBanUser({ ...as, path: { id: user.userId }, body: {} })
  t.match(again.data, { banned: true, banReason: null, banExpiresAt: null }, 'a second ban replaces reason and end')

  t.equal((await hey.serviceAdminUnbanUser({ client, auth: () => reader.key, path: { id: user.userId } })).response.status, 403)
  t.equal((await hey.serviceAdminUnbanUser({ ...as, path: { id: 'no-such-user' } })).response.status, 404)
  const lifted = await hey.serviceAdminUnbanUser({ ...as, path: { id: user.userId } })
  t.match(lifted.data, { banned: false, banReason: null, banExpiresAt: null })
  t.same(await passwordSignIns(app, user.email), { native: 200, v1: 200, jwt: 200 }, 'every sign-in works again')
  t.equal((await hey.serviceAdminUnbanUser({ ...as, path: { id: user.userId } })).response.status, 200, 'unbanning again: answered')
  const unbans = await app.db.selectFrom('audit_event').selectAll().where('user_id', '=', user.userId).where('type', '=', 'user.unbanned').execute()
  t.same(unbans.map((event) => event.detail), [{ apiKeyId: writer.id }], 'one user.unbanned: none when nothing was lifted')
  const noChange = await app.db.selectFrom('audit_event').selectAll().where('user_id', '=', user.userId).where('type', '=', 'admin.no_change').execute()
  t.same(noChange.map((event) => [event.operation, event.detail]), [['serviceAdminUnbanUser', { apiKeyId: writer.id }]], 'the second unban is recorded as admin.no_change')
})

t.test('a banned user is refused on the second step of a sign-in that began before the ban, and on a second factor after it', async (t) => {
  // The ban ends the sign-ins under way (test/admin/stale-credentials.test.ts); here the ban is set
  // on the row alone, as when a ban races a sign-in, so that the check at the second step is what refuses.
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const user = await userWithMfa(app, mail)
  const v1Pending = async (): Promise<string> => ((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json() as { mfaToken: string }).mfaToken
  const nativePending = async (): Promise<string> => {
    const native = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    if (native.json().twoFactorRedirect !== true) throw new Error('no second factor asked for')
    return cookieHeader(native.headers['set-cookie'])
  }
  // Each begun before the ban: the password was right, the second factor is pending.
  const [forTotp, forBackup] = [await v1Pending(), await v1Pending()]
  const [nativeTotp, nativeBackup] = [await nativePending(), await nativePending()]
  await app.db.updateTable('user').set({ banned_at: new Date() }).where('id', '=', user.userId).execute()
  const sessionIds = async (): Promise<string[]> => (await app.db.selectFrom('session').select('id').where('user_id', '=', user.userId).orderBy('id').execute()).map((row) => row.id)
  const sessionsBefore = await sessionIds()

  t.ok(banned(await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: forTotp, code: user.code() } })), 'v1 verify-mfa, TOTP')
  t.ok(banned(await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: forBackup, code: user.backupCodes[0] } })), 'v1 verify-mfa, backup code')
  t.ok(banned(await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie: nativeTotp, origin: FRONTEND_ORIGIN }, payload: { code: user.code() } })), 'native verify-totp')
  t.ok(banned(await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-backup-code', headers: { cookie: nativeBackup, origin: FRONTEND_ORIGIN }, payload: { code: user.backupCodes[1] } })), 'native verify-backup-code')
  const again = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
  t.ok(banned(again), 'a new v1 login is refused before its second factor is asked for')
  const second = (await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } }))
  t.ok(banned(second), 'and so is a native one')
  t.same(await sessionIds(), sessionsBefore, 'no session was made')
})

t.test('passkey sign-ins of a banned user are 403 USER_BANNED, natively and on v1', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), WEBAUTHN_ORIGINS: FRONTEND_ORIGIN })
  const { key } = await seedApiKey(app, ['users:write'])
  const user = await registerUser(app, mail)
  const authenticator = softwareAuthenticator(FRONTEND_ORIGIN)
  const auth = { authorization: `Bearer ${user.accessToken}`, origin: FRONTEND_ORIGIN }
  const options = (await app.inject({ method: 'POST', url: `${V1}/passkeys/register/options`, headers: auth, payload: {} })).json() as { challengeToken: string; options: never }
  const registered = await app.inject({ method: 'POST', url: `${V1}/passkeys/register/verify`, headers: auth, payload: { challengeToken: options.challengeToken, response: authenticator.register(options.options) } })
  t.equal(registered.statusCode, 201)

  const nativeSignIn = async (): Promise<{ statusCode: number; json: () => unknown }> => {
    const challenge = await app.inject({ method: 'GET', url: '/api/auth/passkey/generate-authenticate-options' })
    return app.inject({ method: 'POST', url: '/api/auth/passkey/verify-authentication', headers: { cookie: cookieHeader(challenge.headers['set-cookie']), origin: FRONTEND_ORIGIN }, payload: { response: authenticator.assert(challenge.json()) } })
  }
  const v1SignIn = async (): Promise<{ statusCode: number; json: () => unknown }> => {
    const challenge = (await app.inject({ method: 'POST', url: `${V1}/passkeys/login/options`, payload: {} })).json() as { challengeToken: string; options: never }
    return app.inject({ method: 'POST', url: `${V1}/passkeys/login/verify`, headers: { origin: FRONTEND_ORIGIN }, payload: { challengeToken: challenge.challengeToken, response: authenticator.assert(challenge.options) } })
  }
  t.equal((await nativeSignIn()).statusCode, 200, 'the passkey signs in natively before the ban')
  t.equal((await v1SignIn()).statusCode, 200, 'and on v1')
  await ban(app, key, user.user.id)
  t.ok(banned(await nativeSignIn()), 'native passkey sign-in')
  t.ok(banned(await v1SignIn()), 'v1 passkey sign-in')
})

t.test('a registration completed after a ban, and a password reset: neither gives a session', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const { key } = await seedApiKey(app, ['users:write'])
  const email = uniqueEmail('ban-registration')
  await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'Late' } })
  const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: await codeFor(mail, email) } })
  const { registrationToken, user } = verified.json() as { registrationToken: string; user: { id: string } }
  // The ban on the row alone, as when it races the registration (a ban through the API also ends
  // the registration token: test/admin/stale-credentials.test.ts).
  await app.db.updateTable('user').set({ banned_at: new Date() }).where('id', '=', user.id).execute()
  t.ok(banned(await app.inject({ method: 'POST', url: `${V1}/complete-registration`, payload: { registrationToken } })), 'complete-registration')
  await ban(app, key, user.id)

  await app.inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email } })
  const token = new URL(firstLink((await mail.waitFor(email, /reset/i)).text)).pathname.split('/').at(-1)!
  const reset = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, newPassword: 'a-new-password-42' } })
  t.equal(reset.statusCode, 200, 'the password may change')
  t.notOk(reset.headers['set-auth-token'], 'but no session comes with it')
  t.equal((await app.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute()).length, 0)
  t.same(await passwordSignIns(app, email, 'a-new-password-42'), { native: 403, v1: 403, jwt: 403 }, 'and the new password signs nothing in')
})

t.test('a ban ends at banExpiresAt by the app clock; an ended ban neither refuses nor lists as banned', async (t) => {
  const clock = followingClock()
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })
  const { key } = await seedApiKey(app, ['users:write', 'users:read'])
  const user = await registerUser(app, mail)
  await ban(app, key, user.user.id, { banExpiresAt: new Date(clock.nowMs() + 3_600_000).toISOString() })
  t.same(await passwordSignIns(app, user.email), { native: 403, v1: 403, jwt: 403 })
  clock.advance(3_600_000 + 1000)
  // The /auth cookie's Max-Age is its session's seconds left by the app's clock: not tried here, once the clock has moved.
  const payload = { email: user.email, password: PASSWORD }
  t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload })).statusCode, 200, 'the ban has ended: native')
  t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload })).statusCode, 200, 'v1')
  const shown = (await app.inject({ method: 'GET', url: `/api/v1/admin/users/${user.user.id}`, headers: bearer(key) })).json()
  t.match(shown, { banned: false, banReason: null, banExpiresAt: null })
  t.same((await app.inject({ method: 'GET', url: '/api/v1/admin/users?banned=true', headers: bearer(key) })).json().users, [])
})

t.test('a session that outlived its ban (a race, or a way in that skipped the hook) proves nothing on any surface', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), INTROSPECTION_SECRET: 'introspection-secret-introspection' })
  const user = await signedInEverywhere(app, mail)
  // The ban as a row alone: the sessions it would have deleted are still there.
  await app.db.updateTable('user').set({ banned_at: new Date() }).where('id', '=', user.userId).execute()
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.v1.accessToken}` } })).statusCode, 401, 'v1 access token')
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { cookie: user.v1.cookie } })).statusCode, 401, 'v1 cookie')
  t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.native.cookie } })).json(), null, 'native cookie')
  t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { authorization: `Bearer ${user.native.bearer}` } })).json(), null, 'native bearer')
  t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${user.jwt.token}` } })).statusCode, 401, '/auth token')
  t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { cookie: user.jwt.cookie } })).statusCode, 401, '/auth cookie')
  t.ok(banned(await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.v1.refreshToken } })), 'refresh')
  const introspect = (token: string) => app.inject({ method: 'POST', url: '/api/v1/sessions/introspect', headers: { authorization: 'Bearer introspection-secret-introspection' }, payload: { token } })
  t.same((await introspect(user.native.token)).json(), { active: false }, 'introspection of the session token')
  t.same((await introspect(user.v1.accessToken)).json(), { active: false }, 'introspection of the access token')
  await app.db.updateTable('user').set({ banned_at: null }).where('id', '=', user.userId).execute()
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.v1.accessToken}` } })).statusCode, 200, 'the same token, the ban lifted: it was the ban')
})

t.test('sign-in by emailed link or code, a way in written apart from bans, refuses a banned user on every surface', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const { key } = await seedApiKey(app, ['users:write'])
  const { email, userId } = await confirmedUser(app)
  const unban = async (): Promise<void> => {
    const response = await app.inject({ method: 'POST', url: `/api/v1/admin/users/${userId}/unban`, headers: bearer(key) })
    if (response.statusCode !== 200) throw new Error(`unban: ${response.statusCode} ${response.body}`)
  }
  // Each email is sent before the ban (a banned account is sent none), and spent after it.
  const emailThenBan = async <T>(send: () => Promise<unknown>, read: () => Promise<T>): Promise<T> => {
    await unban()
    await send()
    const secret = await read()
    await ban(app, key, userId)
    return secret
  }

  const nativeCode = await emailThenBan(
    async () => app.inject({ method: 'POST', url: '/api/auth/email-otp/send-verification-otp', payload: { email, type: 'sign-in' } }),
    async () => codeIn(await lastMail(app, mail, email, 'email_code')))
  t.ok(banned(await app.inject({ method: 'POST', url: '/api/auth/sign-in/email-otp', payload: { email, otp: nativeCode } })), 'native code')
  const nativeLink = await emailThenBan(
    async () => app.inject({ method: 'POST', url: '/api/auth/sign-in/magic-link', payload: { email } }),
    async () => tokenIn(await lastMail(app, mail, email, 'magic_link')))
  t.ok(banned(await app.inject({ method: 'GET', url: `/api/auth/magic-link/verify?token=${nativeLink}` })), 'native link')
  const v1Code = await emailThenBan(
    async () => app.inject({ method: 'POST', url: `${V1}/email-sign-in/start`, payload: { email } }),
    async () => codeIn(await lastMail(app, mail, email, 'email_sign_in')))
  t.ok(banned(await app.inject({ method: 'POST', url: `${V1}/email-sign-in/verify`, payload: { email, code: v1Code } })), 'v1 code')
  const jwtToken = await emailThenBan(
    async () => app.inject({ method: 'POST', url: '/auth/email-sign-in/start', payload: { email } }),
    async () => tokenIn(await lastMail(app, mail, email, 'email_sign_in')))
  t.ok(banned(await app.inject({ method: 'POST', url: '/auth/email-sign-in/verify', payload: { token: jwtToken } }), 'detail'), '/auth link')
  t.equal((await app.db.selectFrom('session').select('id').where('user_id', '=', userId).execute()).length, 0, 'no session was made')
})
