import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { listAuditEvents } from '../../../src/sessions/audit-event-repository.js'
import { contractProblems } from '../../contract.js'
import { build, FRONTEND_ORIGIN, PASSWORD } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { testClock } from '../../clock.js'
import { registerUser, V1, type Tokens } from './v1-helper.js'

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36'
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'

interface DeviceSession { id: string; current: boolean; createdAt: string; lastUsedAt: string; expiresAt: string; ipAddress: string | null; userAgent: string | null; device: Record<string, unknown> }

const sidOf = (tokens: Tokens): string => (JSON.parse(Buffer.from(tokens.accessToken.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid
const bearer = (tokens: Tokens): Record<string, string> => ({ authorization: `Bearer ${tokens.accessToken}` })

async function loginAs(app: FastifyInstance, email: string, userAgent: string): Promise<Tokens> {
  const response = await app.inject({ method: 'POST', url: `${V1}/login`, headers: { 'user-agent': userAgent }, payload: { email, password: PASSWORD } })
  if (response.statusCode !== 200) throw new Error(`login ${response.statusCode} ${response.body}`)
  return { ...response.json(), cookie: '' }
}

t.test('/api/v1/better-auth/sessions: list, revoke one, revoke the others', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = testClock()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), REFRESH_REUSE_INTERVAL: '0' }, { clock })
  const user = await registerUser(app, mail)
  const laptop = await loginAs(app, user.email, CHROME)
  const phone = await loginAs(app, user.email, IPHONE)
  const list = async (as: Tokens): Promise<DeviceSession[]> => {
    const response = await app.inject({ method: 'GET', url: `${V1}/sessions`, headers: bearer(as) })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('v1ListSessions', response), [])
    return (response.json() as { sessions: DeviceSession[] }).sessions
  }
  const alive = async (tokens: Tokens): Promise<boolean> => (await app.inject({ method: 'GET', url: `${V1}/me`, headers: bearer(tokens) })).statusCode === 200
  // Refreshing a token of a deleted session fails anyway; the family must also be revoked in the same unit of work.
  const liveRefreshTokens = async (tokens: Tokens): Promise<number> => (await app.db.selectFrom('refresh_token').select('id')
    .where('session_id', '=', sidOf(tokens)).where('revoked_at', 'is', null).execute()).length
  const refreshes = async (tokens: Tokens): Promise<boolean> => (await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: tokens.refreshToken } })).statusCode === 200

  await t.test('GET → every session as a device, the caller\'s marked current, no token', async (t) => {
    const sessions = await list(laptop)
    t.equal(sessions.length, 3)
    t.same(sessions.filter((session) => session.current).map((session) => session.id), [sidOf(laptop)])
    const onPhone = sessions.find((session) => session.id === sidOf(phone))!
    t.same(onPhone.device, { browser: 'Safari', browserVersion: '18.1', os: 'iOS', osVersion: '18.1', platform: 'mobile' })
    t.equal(onPhone.userAgent, IPHONE)
    t.equal(onPhone.ipAddress, '127.0.0.1')
    t.ok(Date.parse(onPhone.expiresAt) > Date.parse(onPhone.createdAt))
    const rows = await app.db.selectFrom('session').select('token').where('user_id', '=', user.user.id).execute()
    t.notMatch(JSON.stringify(sessions), new RegExp(rows.map((row) => row.token).join('|')), 'no session token')
    t.same((await list(phone)).filter((session) => session.current).map((session) => session.id), [sidOf(phone)], 'current is whoever asks')
    const byCookie = await app.inject({ method: 'GET', url: `${V1}/sessions`, headers: { cookie: user.cookie } })
    t.same(byCookie.json().sessions.filter((session: DeviceSession) => session.current).map((session: DeviceSession) => session.id), [sidOf(user)], 'by session cookie too')
  })

  await t.test('lastUsedAt follows use, to within five minutes, most recently used first', async (t) => {
    const before = (await list(laptop)).find((session) => session.id === sidOf(phone))!.lastUsedAt
    clock.advance(4 * 60_000)
    t.ok(await alive(phone))
    t.equal((await list(laptop)).find((session) => session.id === sidOf(phone))!.lastUsedAt, before, 'not written again within five minutes')
    clock.advance(2 * 60_000)
    t.ok(await alive(phone))
    const sessions = await list(laptop)
    t.equal(sessions.find((session) => session.id === sidOf(phone))!.lastUsedAt, clock.now().toISOString(), 'used six minutes later: now')
    t.same(sessions.slice(0, 2).map((session) => session.id).sort(), [sidOf(laptop), sidOf(phone)].sort(), 'the two just used come first')
  })

  await t.test('DELETE /sessions/{id} → the session, its tokens and refresh family end at once', async (t) => {
    const response = await app.inject({ method: 'DELETE', url: `${V1}/sessions/${sidOf(phone)}`, headers: bearer(laptop) })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('v1RevokeSession', response), [])
    t.same(response.json(), { success: true, message: 'Session revoked' })
    t.equal(response.headers['set-cookie'], undefined, 'another session: the caller\'s cookies stay')
    t.equal(await liveRefreshTokens(phone), 0, 'its refresh family revoked')
    t.ok(await liveRefreshTokens(laptop) > 0, 'not the caller\'s')
    t.notOk(await alive(phone), 'its access token')
    t.notOk(await refreshes(phone), 'its refresh token')
    t.ok(await alive(laptop), 'the caller lives on')
    t.notOk((await list(laptop)).some((session) => session.id === sidOf(phone)))
    const events = await listAuditEvents(app.db, { userId: user.user.id, type: 'session.revoked' })
    t.same(events.map((event) => [event.session_id, event.detail.scope]), [[sidOf(phone), 'one']])
  })

  await t.test('DELETE of another account\'s session and of an unknown id: the same 404', async (t) => {
    const other = await registerUser(app, mail)
    const foreign = await app.inject({ method: 'DELETE', url: `${V1}/sessions/${sidOf(other)}`, headers: bearer(laptop) })
    const unknown = await app.inject({ method: 'DELETE', url: `${V1}/sessions/NoSuchSession0000000000000000000`, headers: bearer(laptop) })
    const gone = await app.inject({ method: 'DELETE', url: `${V1}/sessions/${sidOf(phone)}`, headers: bearer(laptop) })
    for (const response of [foreign, unknown, gone]) {
      t.equal(response.statusCode, 404)
      t.same(contractProblems('v1RevokeSession', response), [])
    }
    t.equal(foreign.body, unknown.body, 'the same body')
    t.equal(gone.body, unknown.body, 'a revoked one too')
    t.ok(await alive(other), 'the other account\'s session lives on')
    t.same(await listAuditEvents(app.db, { userId: other.user.id, type: 'session.revoked' }), [])
  })

  await t.test('DELETE → 400 for an id that is not one, 401 without credentials, 403 with a cookie and no Origin', async (t) => {
    const bad = await app.inject({ method: 'DELETE', url: `${V1}/sessions/${encodeURIComponent('a b')}`, headers: bearer(laptop) })
    t.equal(bad.statusCode, 400)
    t.same(contractProblems('v1RevokeSession', bad), [])
    const anonymous = await app.inject({ method: 'DELETE', url: `${V1}/sessions/${sidOf(laptop)}` })
    t.equal(anonymous.statusCode, 401)
    t.same(contractProblems('v1RevokeSession', anonymous), [])
    const forged = await app.inject({ method: 'DELETE', url: `${V1}/sessions/${sidOf(laptop)}`, headers: { cookie: user.cookie } })
    t.equal(forged.statusCode, 403)
    t.equal(forged.json().code, 'FORBIDDEN_ORIGIN')
    t.ok(await alive(laptop))
  })

  await t.test('POST /sessions/revoke-others → every other session ends, the caller\'s stays', async (t) => {
    const tablet = await loginAs(app, user.email, IPHONE)
    const response = await app.inject({ method: 'POST', url: `${V1}/sessions/revoke-others`, headers: bearer(laptop) })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('v1RevokeOtherSessions', response), [])
    t.same(response.json(), { success: true, message: 'Other sessions revoked', revoked: 2 })
    for (const [what, tokens] of [['tablet', tablet], ['registration', user]] as const) {
      t.equal(await liveRefreshTokens(tokens), 0, `${what}: its refresh family revoked`)
      t.notOk(await alive(tokens), `${what}: its access token`)
      t.notOk(await refreshes(tokens), `${what}: its refresh token`)
    }
    t.ok(await alive(laptop))
    t.ok(await liveRefreshTokens(laptop) > 0, 'the caller\'s refresh family stays')
    t.same((await list(laptop)).map((session) => session.id), [sidOf(laptop)])
    const events = await listAuditEvents(app.db, { userId: user.user.id, type: 'session.revoked' })
    t.same(events.filter((event) => event.detail.scope === 'others').map((event) => event.session_id).sort(), [sidOf(tablet), sidOf(user)].sort())
    const none = await app.inject({ method: 'POST', url: `${V1}/sessions/revoke-others`, headers: { ...bearer(laptop), 'content-type': 'application/json' }, payload: '{}' })
    t.equal(none.json().revoked, 0)
    const anonymous = await app.inject({ method: 'POST', url: `${V1}/sessions/revoke-others` })
    t.equal(anonymous.statusCode, 401)
    t.same(contractProblems('v1RevokeOtherSessions', anonymous), [])
  })

  await t.test('DELETE of the caller\'s own session signs it out and clears its cookies', async (t) => {
    const response = await app.inject({ method: 'DELETE', url: `${V1}/sessions/${sidOf(laptop)}`, headers: bearer(laptop) })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('v1RevokeSession', response), [])
    t.match(String(response.headers['set-cookie']), /better-auth\.session_token=;.*Max-Age=0/)
    t.notOk(await alive(laptop))
    const after = await app.inject({ method: 'GET', url: `${V1}/sessions`, headers: bearer(laptop) })
    t.equal(after.statusCode, 401)
    t.same(contractProblems('v1ListSessions', after), [])
  })
})

t.test('DELETE /api/v1/better-auth/sessions/{id} with the session cookie and an allowed Origin', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const user = await registerUser(app, mail)
  const other = await loginAs(app, user.email, CHROME)
  const response = await app.inject({ method: 'DELETE', url: `${V1}/sessions/${sidOf(other)}`, headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN } })
  t.equal(response.statusCode, 200)
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: bearer(other) })).statusCode, 401)
})
