import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { listAuditEvents } from '../../../src/sessions/audit-event-repository.js'
import { contractProblems } from '../../contract.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, signUp } from '../../helper.js'

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36'

interface NativeDeviceSession { id: string; token: string; current: boolean; lastUsedAt: string; updatedAt: string; device: Record<string, unknown> }
interface V1Session { accessToken: string; refreshToken: string; sid: string }

/** A session of the REST surface for the same account: access token, refresh family. */
async function v1Login(app: FastifyInstance, email: string): Promise<V1Session> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/better-auth/login', payload: { email, password: PASSWORD } })
  if (response.statusCode !== 200) throw new Error(`v1 login ${response.statusCode} ${response.body}`)
  const { accessToken, refreshToken } = response.json() as V1Session
  return { accessToken, refreshToken, sid: (JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid }
}

t.test('/api/auth sessions as devices, and revocation that reaches every credential', async (t) => {
  const app = await build(t)
  const user = await signUp(app)
  // The REST surface signs in verified users only.
  await app.db.updateTable('user').set({ email_verified: true }).where('id', '=', user.userId).execute()
  const browser = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { 'user-agent': CHROME }, payload: { email: user.email, password: PASSWORD } })
  const browserCookie = cookieHeader(browser.headers['set-cookie'])
  const rest = await v1Login(app, user.email)
  const headers = { cookie: user.cookie, origin: FRONTEND_ORIGIN }
  const restAlive = async (): Promise<boolean> => (await app.inject({ method: 'GET', url: '/api/v1/better-auth/me', headers: { authorization: `Bearer ${rest.accessToken}` } })).statusCode === 200
  const liveRefreshTokens = async (sessionId: string): Promise<number> => (await app.db.selectFrom('refresh_token').select('id')
    .where('session_id', '=', sessionId).where('revoked_at', 'is', null).execute()).length

  await t.test('GET /api/auth/list-sessions → Better Auth\'s fields, and the device, last use and current', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeListSessions', response), [])
    const sessions = response.json() as NativeDeviceSession[]
    t.equal(sessions.length, 3)
    const current = sessions.filter((session) => session.current)
    t.same(current.map((session) => session.token), [user.token], 'the caller\'s, by cookie')
    t.same(sessions.find((session) => session.token === browser.json().token)?.device, { browser: 'Chrome', browserVersion: '140.0', os: 'Linux', osVersion: null, platform: 'desktop' })
    for (const session of sessions) t.equal(session.lastUsedAt, session.updatedAt)
    const bearer = await app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers: { authorization: `Bearer ${decodeURIComponent(browserCookie.split('=')[1]!)}` } })
    t.same((bearer.json() as NativeDeviceSession[]).filter((session) => session.current).map((session) => session.token), [browser.json().token], 'by bearer too')
  })

  await t.test('POST /api/auth/revoke-session with the token of a REST session ends its access tokens and refresh family', async (t) => {
    const token = (await app.db.selectFrom('session').select('token').where('id', '=', rest.sid).executeTakeFirstOrThrow()).token
    t.ok(await restAlive())
    t.ok(await liveRefreshTokens(rest.sid) > 0)
    const response = await app.inject({ method: 'POST', url: '/api/auth/revoke-session', headers, payload: { token } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeRevokeSession', response), [])
    t.notOk(await restAlive(), 'its access token fails at once')
    t.equal(await liveRefreshTokens(rest.sid), 0, 'its refresh family is revoked')
    const events = await listAuditEvents(app.db, { userId: user.userId, type: 'session.revoked' })
    t.same(events.map((event) => event.session_id), [rest.sid])
  })

  await t.test('POST /api/auth/revoke-session of the caller\'s own token clears its cookie, as documented', async (t) => {
    const spare = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    const response = await app.inject({ method: 'POST', url: '/api/auth/revoke-session', headers: { cookie: cookieHeader(spare.headers['set-cookie']), origin: FRONTEND_ORIGIN }, payload: { token: spare.json().token } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeRevokeSession', response), [])
    t.match(String(response.headers['set-cookie']), /better-auth\.session_token=;/)
  })

  await t.test('POST /api/auth/revoke-other-sessions ends the REST sessions\' refresh families too, and records each', async (t) => {
    const second = await v1Login(app, user.email)
    const response = await app.inject({ method: 'POST', url: '/api/auth/revoke-other-sessions', headers })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeRevokeOtherSessions', response), [])
    t.equal(await liveRefreshTokens(second.sid), 0)
    t.equal((await app.inject({ method: 'GET', url: '/api/v1/better-auth/me', headers: { authorization: `Bearer ${second.accessToken}` } })).statusCode, 401)
    const gone = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: browserCookie } })
    t.same(gone.json(), { session: null, user: null })
    const listed = await app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers })
    t.same((listed.json() as NativeDeviceSession[]).map((session) => session.token), [user.token])
    const others = (await listAuditEvents(app.db, { userId: user.userId, type: 'session.revoked' })).filter((event) => event.detail.scope === 'others')
    t.equal(others.length, 2, 'the browser\'s and the second REST session')
    t.ok(others.some((event) => event.session_id === second.sid))
  })
})
