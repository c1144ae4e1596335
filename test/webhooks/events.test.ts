import { sql } from 'kysely'
import t from 'tap'
import { bearer, seedApiKey } from '../admin/admin-helper.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, signUp, uniqueEmail } from '../helper.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'
import { unusedTotp } from '../totp.js'
import { codeIn, lastMail } from '../surfaces/email-sign-in-helper.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'
import { ALL_TYPES, registerReceiver, webhooksSettled } from './webhook-helper.js'
import { startReceiver, type Received } from './webhook-receiver.js'

const NEW_PASSWORD = 'another-password-42'

t.test('every account change reaches the endpoints that subscribe to its type, once, signed', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), WEBHOOK_ALLOW_PRIVATE: 'true' })
  const all = await startReceiver(t)
  const quiet = await startReceiver(t)
  const { key } = await registerReceiver(app, all, ALL_TYPES)
  await registerReceiver(app, quiet, ALL_TYPES.filter((type) => type !== 'sign_in.failed'), key)
  const expected: Array<[string, string]> = []
  const expect = (type: string, userId: string): void => { expected.push([type, userId]) }

  // v1: register (user.created), code (user.verified), complete (session.created).
  const v1 = await registerUser(app, mail)
  expect('user.created', v1.user.id)
  expect('user.verified', v1.user.id)
  expect('session.created', v1.user.id)
  // A wrong password: sign_in.failed, to the endpoint that names it only.
  t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: v1.email, password: 'wrong-password-1' } })).statusCode, 401)
  expect('sign_in.failed', v1.user.id)
  // The native and /auth sign-ups.
  const native = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: uniqueEmail('native'), password: PASSWORD, name: 'Native' } })
  t.equal(native.statusCode, 200)
  const nativeId = native.json().user.id as string
  expect('user.created', nativeId)
  const jwt = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: uniqueEmail('jwt'), password: PASSWORD, name: 'Jwt' } })
  t.equal(jwt.statusCode, 200)
  expect('user.created', jwt.json().user.id as string)

  // Password changed, MFA on and off, all on v1.
  const headers = { authorization: `Bearer ${v1.accessToken}` }
  t.equal((await app.inject({ method: 'POST', url: `${V1}/change-password`, headers, payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })).statusCode, 200)
  expect('password.changed', v1.user.id)
  const signedIn = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: v1.email, password: NEW_PASSWORD } })
  t.equal(signedIn.statusCode, 200)
  expect('session.created', v1.user.id)
  const fresh = { authorization: `Bearer ${signedIn.json().accessToken as string}` }
  const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: fresh, payload: { password: NEW_PASSWORD } })
  t.equal(setup.statusCode, 200)
  const enabled = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers: fresh, payload: { code: unusedTotp(setup.json().totpURI as string, new Set()) } })
  t.equal(enabled.statusCode, 200)
  expect('mfa.enabled', v1.user.id)
  const afterMfa = { authorization: `Bearer ${enabled.json().accessToken as string}` }
  t.equal((await app.inject({ method: 'POST', url: `${V1}/mfa/disable`, headers: afterMfa, payload: { password: NEW_PASSWORD } })).statusCode, 200)
  expect('mfa.disabled', v1.user.id)

  // An admin change of the name: user.updated.
  const admin = await seedApiKey(app, ['users:write'])
  t.equal((await app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${nativeId}`, headers: bearer(admin.key), payload: { name: 'Renamed' } })).statusCode, 200)
  expect('user.updated', nativeId)

  // Sign-out: session.revoked.
  const nativeCookie = cookieHeader(native.headers['set-cookie'])
  t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: nativeCookie, origin: FRONTEND_ORIGIN } })).statusCode, 200)
  expect('session.revoked', nativeId)

  // A password reset through the emailed link.
  const nativeEmail = native.json().user.email as string
  t.equal((await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: nativeEmail, redirectTo: `${FRONTEND_ORIGIN}/reset` } })).statusCode, 200)
  const token = new URL(firstLink((await mail.waitFor(nativeEmail, /reset/i)).text)).pathname.split('/').pop()!
  t.equal((await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, password: NEW_PASSWORD } })).statusCode, 200)
  expect('password.reset', nativeId)
  // The link proved the mailbox: the address is confirmed by it.
  expect('user.verified', nativeId)

  // A ban (no session is left after the reset) and its lifting: user.banned, then user.updated.
  t.equal((await app.inject({ method: 'POST', url: `/api/v1/admin/users/${nativeId}/ban`, headers: bearer(admin.key), payload: { reason: 'abuse' } })).statusCode, 200)
  expect('user.banned', nativeId)
  t.equal((await app.inject({ method: 'POST', url: `/api/v1/admin/users/${nativeId}/unban`, headers: bearer(admin.key) })).statusCode, 200)
  expect('user.updated', nativeId)

  // The v1 account deleted: user.deleted (its sessions go with it, unannounced: the deletion says it).
  const last = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: v1.email, password: NEW_PASSWORD } })
  t.equal((await app.inject({ method: 'POST', url: `${V1}/account/delete`, headers: { authorization: `Bearer ${last.json().accessToken as string}` }, payload: { password: NEW_PASSWORD } })).statusCode, 200)
  expect('session.created', v1.user.id)
  expect('user.deleted', v1.user.id)

  await webhooksSettled(app)
  const summary = (received: readonly Received[]): string[] => received.map((one) => `${one.payload.type} ${String(one.payload.data.userId)}`).sort()
  const wanted = expected.map(([type, userId]) => `${type} ${userId}`).sort()
  // The deleted account's earlier events were erased with it before delivery, or delivered before:
  // either way each change arrived at most once, and the deletion itself arrived.
  t.same(summary(all.accepted()), wanted, 'the endpoint that lists every type got each change once')
  t.same(summary(quiet.accepted()), wanted.filter((entry) => !entry.startsWith('sign_in.failed')), 'the other got each but sign_in.failed')
  for (const receiver of [all, quiet]) {
    t.ok(receiver.accepted().every((one) => one.verifiedBy.length === 1), 'each one verified by standardwebhooks with the endpoint\'s secret')
    t.equal(new Set(receiver.accepted().map((one) => one.id)).size, receiver.accepted().length, 'each with its own webhook-id')
  }
  const idsOf = (received: readonly Received[]): string[] => received.map((one) => one.id).sort()
  t.same(idsOf(all.accepted().filter((one) => one.payload.type !== 'sign_in.failed')), idsOf(quiet.accepted()), 'an event has one webhook-id at every endpoint')

  const created = all.accepted().find((one) => one.payload.type === 'user.created' && one.payload.data.userId === nativeId)!
  t.match(created.payload, { type: 'user.created', timestamp: /^\d{4}-\d\d-\d\dT/, data: { userId: nativeId, email: nativeEmail, emailVerified: false } })
  const unbanned = all.accepted().filter((one) => one.payload.type === 'user.updated' && one.payload.data.userId === nativeId)
  t.same(unbanned.map((one) => JSON.stringify(one.payload.data.fields)).sort(), ['["banned"]', '["name"]'], 'the admin\'s change names its field; the lifted ban names `banned`')
  const failed = all.accepted().find((one) => one.payload.type === 'sign_in.failed')!
  t.same(Object.keys(failed.payload.data).sort(), ['email', 'method', 'reason', 'userId'])
  const bodies = all.accepted().map((one) => one.body).join('\n')
  for (const secret of [PASSWORD, NEW_PASSWORD, token, v1.accessToken, v1.refreshToken, '127.0.0.1']) t.notOk(bodies.includes(secret), 'no password, token or IP address in any payload')
})

t.test('a request that is rolled back emits nothing; the same change committed emits once', async (t) => {
  const app = await build(t, { REQUIRE_EMAIL_VERIFICATION: 'true', WEBHOOK_ALLOW_PRIVATE: 'true' })
  const receiver = await startReceiver(t)
  await registerReceiver(app, receiver, ['user.created'])
  const signUp = (email: string) => app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { origin: FRONTEND_ORIGIN }, payload: { email, password: PASSWORD, name: 'Rolled' } })
  // With verified emails required, sign-up deletes the session Better Auth created after the
  // user.created event was written: a fault there fails the request after the webhook's rows.
  await sql`create or replace function refuse_delete() returns trigger language plpgsql as $$
    begin raise exception 'delete refused'; end $$`.execute(app.db)
  await sql`create trigger refuse_delete before delete on session for each row execute function refuse_delete()`.execute(app.db)
  const email = uniqueEmail('rolled-back')
  t.equal((await signUp(email)).statusCode, 500)
  await sql`drop trigger refuse_delete on session`.execute(app.db)
  await webhooksSettled(app)
  t.same(await app.db.selectFrom('webhook_event').select('id').execute(), [], 'no event row')
  t.same(await app.db.selectFrom('webhook_delivery').select('id').execute(), [], 'no delivery row')
  t.equal(receiver.requests.length, 0, 'nothing sent')

  t.equal((await signUp(email)).statusCode, 200)
  await webhooksSettled(app)
  t.equal(receiver.accepted().length, 1, 'the committed sign-up: one delivery')
  t.equal(receiver.accepted()[0]!.payload.data.email, email)
})

t.test('erasing an account leaves no webhook row with its address; the deletion event names the id alone', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), WEBHOOK_ALLOW_PRIVATE: 'true' })
  const receiver = await startReceiver(t)
  receiver.answer = () => 503
  await registerReceiver(app, receiver, ['user.created', 'user.verified', 'session.created', 'user.deleted'])
  const user = await registerUser(app, mail)
  await webhooksSettled(app)
  t.ok(await app.db.selectFrom('webhook_event').select('id').where('payload', 'like', `%${user.email}%`).executeTakeFirst(), 'pending events name the address before')
  t.equal((await app.inject({ method: 'POST', url: `${V1}/account/delete`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { password: PASSWORD } })).statusCode, 200)
  const events = await app.db.selectFrom('webhook_event').select(['type', 'payload', 'user_id']).execute()
  t.same(events.map((event) => event.type), ['user.deleted'], 'only the deletion is left')
  t.same(JSON.parse(events[0]!.payload).data, { userId: user.user.id })
  t.notOk(events.some((event) => event.payload.includes(user.email)), 'no payload names the address')
  receiver.answer = () => 204
  app.webhookDelivery.wake()
  await receiver.waitUntil(() => receiver.accepted().length === 1)
  t.equal(receiver.accepted()[0]!.payload.type, 'user.deleted')
})

t.test('user.banned, recorded by the ban, reaches its endpoints with the id alone', async (t) => {
  const app = await build(t, { WEBHOOK_ALLOW_PRIVATE: 'true' })
  const receiver = await startReceiver(t)
  await registerReceiver(app, receiver, ['user.banned'])
  const user = await signUp(app)
  await app.database.units.run(() => app.webhookEvents.emit({ type: 'user.banned', userId: user.userId, email: user.email }))
  await webhooksSettled(app)
  t.same(receiver.accepted().map((one) => one.payload.data), [{ userId: user.userId }])
})

t.test('an account made by signing in by email (EMAIL_SIGN_UP) is user.created, once, and its sign-in session.created', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), EMAIL_SIGN_UP: 'true', WEBHOOK_ALLOW_PRIVATE: 'true' })
  const receiver = await startReceiver(t)
  await registerReceiver(app, receiver, ['user.created', 'session.created'])
  const email = uniqueEmail('by-email')
  t.equal((await app.inject({ method: 'POST', url: '/auth/email-sign-in/start', payload: { email } })).statusCode, 200)
  const sent = await lastMail(app, mail, email, 'email_sign_in')
  const signedIn = await app.inject({ method: 'POST', url: '/auth/email-sign-in/verify', payload: { email, code: codeIn(sent) } })
  t.equal(signedIn.statusCode, 200, signedIn.body)
  const userId = signedIn.json().user.id as string
  t.equal((await app.inject({ method: 'POST', url: '/auth/email-sign-in/start', payload: { email } })).statusCode, 200)
  const again = await app.inject({ method: 'POST', url: '/auth/email-sign-in/verify', payload: { email, code: codeIn(await lastMail(app, mail, email, 'email_sign_in')) } })
  t.equal(again.statusCode, 200, 'a second sign-in of the account')
  await webhooksSettled(app)
  t.same(receiver.accepted().map((one) => `${one.payload.type} ${String(one.payload.data.userId)}`).sort(), [`session.created ${userId}`, `session.created ${userId}`, `user.created ${userId}`])
  t.match(receiver.accepted().find((one) => one.payload.type === 'user.created')?.payload.data, { email, emailVerified: true })
})
