import t from 'tap'
import { sql } from 'kysely'
import type { FastifyInstance } from 'fastify'
import { listAuditEvents } from '../../src/sessions/audit-event-repository.js'
import { testClock } from '../clock.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, signUp, uniqueEmail } from '../helper.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'
import { totpFromUri, unusedTotp } from '../totp.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'

const USER_AGENT = 'audit-test/1.0'

/** The account's trail, oldest first, as `type method reason` lines. */
async function trail(app: FastifyInstance, userId: string): Promise<string[]> {
  const events = await listAuditEvents(app.db, { userId })
  return events.reverse().map((event) => [event.type, event.detail.method, event.detail.reason, event.detail.scope].filter(Boolean).join(' '))
}

function wrongCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0')
}

t.test('the REST surface: one row per security event of a full flow, in order', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = testClock()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), REFRESH_REUSE_INTERVAL: '0' }, { clock })
  const post = (path: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `${V1}${path}`, payload, headers: { 'user-agent': USER_AGENT, ...headers } })
  const registered = await registerUser(app, mail)
  const { email } = registered
  const userId = registered.user.id

  t.equal((await post('/login', { email, password: 'not-the-password' })).statusCode, 401)
  const signedIn = (await post('/login', { email: email.toUpperCase(), password: PASSWORD })).json()
  const bearer = { authorization: `Bearer ${signedIn.accessToken}` }
  const { totpURI, backupCodes } = (await post('/mfa/setup', { password: PASSWORD }, bearer)).json()
  const spent = new Set<string>()
  t.equal((await post('/mfa/enable', { code: unusedTotp(totpURI, spent) }, bearer)).statusCode, 200)

  const challenge = (await post('/login', { email, password: PASSWORD })).json()
  t.equal((await post('/verify-mfa', { mfaToken: challenge.mfaToken, code: wrongCode(totpFromUri(totpURI)) })).statusCode, 401)
  const withMfa = (await post('/verify-mfa', { mfaToken: challenge.mfaToken, code: unusedTotp(totpURI, spent) })).json()
  const refreshed = await post('/refresh-token', { refreshToken: withMfa.refreshToken })
  t.equal(refreshed.statusCode, 200)
  clock.advance(1)
  t.equal((await post('/refresh-token', { refreshToken: withMfa.refreshToken })).json().code, 'TOKEN_REUSED')

  await post('/request-password-reset', { email })
  const resetToken = new URL(firstLink((await mail.waitFor(email, /reset/i)).text)).pathname.split('/').pop()!
  t.equal((await post('/reset-password', { token: resetToken, password: 'audit-new-password' })).statusCode, 200)

  const again = (await post('/login', { email, password: 'audit-new-password' })).json()
  const withBackup = (await post('/verify-mfa', { mfaToken: again.mfaToken, code: backupCodes[0] })).json()
  const disabled = await post('/mfa/disable', { password: 'audit-new-password' }, { authorization: `Bearer ${withBackup.accessToken}` })
  t.equal(disabled.statusCode, 200)
  t.equal((await post('/logout', {}, { authorization: `Bearer ${disabled.json().accessToken}` })).statusCode, 200)

  t.same(await trail(app, userId), [
    'user.created',
    'email.verified',
    'sign_in.succeeded registration_token',
    'sign_in.failed password INVALID_CREDENTIALS',
    'sign_in.succeeded password',
    'mfa.setup',
    'mfa.enabled',
    'sign_in.second_factor_required password',
    'sign_in.failed totp INVALID_MFA_CODE',
    'sign_in.succeeded totp',
    'refresh_token.reused',
    'password.reset',
    'sign_in.second_factor_required password',
    'sign_in.succeeded backup_code',
    'mfa.disabled',
    'sign_out',
  ])

  const [signOut] = await listAuditEvents(app.db, { userId, type: 'sign_out' })
  t.equal(signOut?.ip_address, '127.0.0.1', 'from which address')
  t.equal(signOut?.user_agent, USER_AGENT, 'with which user agent')
  t.equal(signOut?.operation, 'v1Logout')
  t.ok(signOut!.occurred_at instanceof Date && Date.now() - signOut!.occurred_at.getTime() < 60_000, 'when')
  const [failed] = await listAuditEvents(app.db, { userId, type: 'sign_in.failed' })
  t.equal(typeof failed?.session_id === 'string', false, 'a failure names no session')

  const nobody = uniqueEmail('nobody')
  t.equal((await post('/login', { email: nobody, password: PASSWORD })).statusCode, 401)
  const unknown = await listAuditEvents(app.db, { email: nobody })
  t.same(unknown.map((event) => [event.type, event.user_id, event.detail.reason]), [['sign_in.failed', null, 'INVALID_CREDENTIALS']],
    'an unknown email is recorded with the address tried and no account')
  const everything = JSON.stringify(await listAuditEvents(app.db, { limit: 1_000 }))
  for (const secret of [PASSWORD, 'audit-new-password', withMfa.refreshToken, resetToken, backupCodes[0]]) {
    t.notOk(everything.includes(secret), 'no password, token or code in the trail')
  }
})

t.test('the Better Auth and JWT surfaces record the same events', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const user = await signUp(app)
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload, headers: { origin: FRONTEND_ORIGIN, ...headers } })

  t.equal((await post('/api/auth/sign-in/email', { email: user.email, password: 'wrong-password' })).json().code, 'INVALID_CREDENTIALS')
  const signedIn = await post('/api/auth/sign-in/email', { email: user.email, password: PASSWORD })
  const cookie = cookieHeader(signedIn.headers['set-cookie'])
  const other = (await post('/api/auth/sign-in/email', { email: user.email, password: PASSWORD })).json()
  t.equal((await post('/api/auth/revoke-session', { token: other.token }, { cookie })).statusCode, 200)
  const [revoked] = await listAuditEvents(app.db, { userId: user.userId, type: 'session.revoked' })
  t.equal(revoked?.session_id, other.session.id, 'the event names the session revoked')
  t.equal((await post('/api/auth/change-password', { currentPassword: PASSWORD, newPassword: 'changed-password', revokeOtherSessions: false }, { cookie })).statusCode, 200)
  t.equal((await post('/api/auth/revoke-other-sessions', {}, { cookie })).statusCode, 200)
  t.equal((await post('/api/auth/sign-out', {}, { cookie })).statusCode, 200)
  t.equal((await post('/api/auth/sign-out', {}, {})).statusCode, 200, 'signing out without a session records nothing')

  const jwt = (await post('/auth/login', { email: user.email, password: 'changed-password' })).json()
  t.equal((await post('/auth/logout', {}, { authorization: `Bearer ${jwt.token}` })).statusCode, 200)

  await post('/api/auth/request-password-reset', { email: user.email })
  const token = new URL(firstLink((await mail.waitFor(user.email, /reset/i)).text)).pathname.split('/').pop()!
  t.equal((await post('/api/auth/reset-password', { token, newPassword: 'reset-password-1' })).statusCode, 200)

  t.same(await trail(app, user.userId), [
    'user.created',
    'sign_in.failed password INVALID_CREDENTIALS',
    'sign_in.succeeded password',
    'sign_in.succeeded password',
    'session.revoked one',
    'password.changed',
    'session.revoked others',
    'sign_out',
    'sign_in.succeeded password',
    'sign_out',
    'password.reset',
    // The reset link proved the mailbox of an address not yet confirmed.
    'email.verified',
  ])
  const operations = (await listAuditEvents(app.db, { userId: user.userId })).reverse().map((event) => event.operation)
  t.same(operations, ['nativeSignUpEmail', 'nativeSignInEmail', 'nativeSignInEmail', 'nativeSignInEmail', 'nativeRevokeSession', 'nativeChangePassword', 'nativeRevokeOtherSessions', 'nativeSignOut', 'jwtLogin', 'jwtLogout', 'nativeResetPassword', 'nativeResetPassword'])
})

/**
 * A trigger makes the audit insert fail for one event type; the change the event records must
 * then not happen either, whether our code or Better Auth made it.
 */
async function failAuditOf(app: FastifyInstance, type: string): Promise<void> {
  await sql`create or replace function refuse_audit() returns trigger language plpgsql as $$
    begin raise exception 'audit refused'; end $$`.execute(app.db)
  await sql.raw(`create trigger refuse_audit before insert on audit_event for each row when (new.type = '${type}') execute function refuse_audit()`).execute(app.db)
}

t.test('an event and its change commit together: a failed audit write undoes the change', async (t) => {
  const app = await build(t)
  const user = await signUp(app)
  await failAuditOf(app, 'sign_out')

  const native = await app.inject({ method: 'POST', url: '/api/auth/sign-out', payload: {}, headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN } })
  t.equal(native.statusCode, 500)
  t.equal(native.json().code, 'INTERNAL_ERROR')
  const session = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.cookie } })
  t.equal(session.json()?.user?.id, user.userId, 'Better Auth’s delete of the session was rolled back with it')

  const jwt = (await app.inject({ method: 'POST', url: '/auth/login', payload: { email: user.email, password: PASSWORD } })).json()
  t.equal((await app.inject({ method: 'POST', url: '/auth/logout', payload: {}, headers: { authorization: `Bearer ${jwt.token}` } })).statusCode, 500)
  t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${jwt.token}` } })).statusCode, 200, 'and so was ours')
  t.same(await listAuditEvents(app.db, { userId: user.userId, type: 'sign_out' }), [])
})

t.test('an event of a refused request commits with what the refusal changed', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = testClock()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), REFRESH_REUSE_INTERVAL: '0' }, { clock })
  const user = await registerUser(app, mail)
  const signedIn = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json()
  t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: signedIn.refreshToken } })).statusCode, 200)
  clock.advance(1)
  await failAuditOf(app, 'refresh_token.reused')
  const reused = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: signedIn.refreshToken } })
  t.equal(reused.statusCode, 500, 'the reuse could not be recorded')
  const me = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${signedIn.accessToken}` } })
  t.equal(me.statusCode, 200, 'so the family was not revoked either: no change without its record')

  await sql`drop trigger refuse_audit on audit_event`.execute(app.db)
  const detected = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: signedIn.refreshToken } })
  t.equal(detected.json().code, 'TOKEN_REUSED')
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${signedIn.accessToken}` } })).statusCode, 401,
    'the 401 keeps the revocation')
  t.equal((await listAuditEvents(app.db, { userId: user.user.id, type: 'refresh_token.reused' })).length, 1, 'and its record')
})
