import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { listAuditEvents } from '../../../src/sessions/audit-event-repository.js'
import { contractProblems } from '../../contract.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../../helper.js'

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'

interface DeviceSession { id: string; current: boolean; device: Record<string, unknown> }
interface Login { token: string; sid: string; cookie: string }

async function login(app: FastifyInstance, email: string, userAgent = 'lightMyRequest'): Promise<Login> {
  const response = await app.inject({ method: 'POST', url: '/auth/login', headers: { 'user-agent': userAgent }, payload: { email, password: PASSWORD } })
  if (response.statusCode !== 200) throw new Error(`login ${response.statusCode} ${response.body}`)
  const token = response.json().token as string
  const { sid } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string }
  return { token, sid, cookie: cookieHeader(response.headers['set-cookie']) }
}

t.test('/auth/sessions: list and revoke, FastAPI-style', async (t) => {
  const app = await build(t)
  const email = uniqueEmail('jwt-devices')
  t.equal((await app.inject({ method: 'POST', url: '/auth/signup', payload: { email, password: PASSWORD, name: 'Jwt' } })).statusCode, 200)
  const desk = await login(app, email)
  const laptop = await login(app, email, FIREFOX)
  const as = (who: Login): Record<string, string> => ({ authorization: `Bearer ${who.token}` })
  const alive = async (who: Login): Promise<boolean> => (await app.inject({ method: 'GET', url: '/auth/me', headers: as(who) })).statusCode === 200

  await t.test('GET /auth/sessions → the sessions, the token\'s own current', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/auth/sessions', headers: as(desk) })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('jwtListSessions', response), [])
    const sessions = response.json().sessions as DeviceSession[]
    t.equal(sessions.length, 3, 'sign-up and two logins')
    t.same(sessions.filter((session) => session.current).map((session) => session.id), [desk.sid])
    t.same(sessions.find((session) => session.id === laptop.sid)?.device, { browser: 'Firefox', browserVersion: '133.0', os: 'Windows', osVersion: 'NT 10.0', platform: 'desktop' })
    const byCookie = await app.inject({ method: 'GET', url: '/auth/sessions', headers: { cookie: laptop.cookie } })
    t.same(byCookie.json().sessions.filter((session: DeviceSession) => session.current).map((session: DeviceSession) => session.id), [laptop.sid], 'by the auth_token cookie too')
  })

  await t.test('DELETE /auth/sessions/{id} → that token stops working at once', async (t) => {
    const response = await app.inject({ method: 'DELETE', url: `/auth/sessions/${laptop.sid}`, headers: as(desk) })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('jwtRevokeSession', response), [])
    t.same(response.json(), { success: true })
    t.notOk(await alive(laptop))
    t.ok(await alive(desk))
    const [event] = await listAuditEvents(app.db, { type: 'session.revoked', userId: (await app.inject({ method: 'GET', url: '/auth/me', headers: as(desk) })).json().id })
    t.equal(event?.session_id, laptop.sid)
  })

  await t.test('DELETE → 404 alike for another account\'s session, an unknown and a revoked one; 422 for a malformed id; 401 without a token', async (t) => {
    const otherEmail = uniqueEmail('jwt-other')
    await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: otherEmail, password: PASSWORD, name: 'Other' } })
    const other = await login(app, otherEmail)
    const answers = await Promise.all([other.sid, 'NoSuchSession0000000000000000000', laptop.sid].map((id) =>
      app.inject({ method: 'DELETE', url: `/auth/sessions/${id}`, headers: as(desk) })))
    for (const response of answers) {
      t.equal(response.statusCode, 404)
      t.same(contractProblems('jwtRevokeSession', response), [])
      t.same(response.json(), { detail: 'Session not found' })
    }
    t.ok(await alive(other), 'the other account\'s session lives on')
    const malformed = await app.inject({ method: 'DELETE', url: `/auth/sessions/${encodeURIComponent('../x')}`, headers: as(desk) })
    t.equal(malformed.statusCode, 422)
    t.same(contractProblems('jwtRevokeSession', malformed), [])
    t.same(malformed.json().detail[0].loc, ['params', 'id'])
    const anonymous = await app.inject({ method: 'DELETE', url: `/auth/sessions/${desk.sid}` })
    t.equal(anonymous.statusCode, 401)
    t.same(anonymous.json(), { detail: 'Not authenticated' })
    const list = await app.inject({ method: 'GET', url: '/auth/sessions' })
    t.equal(list.statusCode, 401)
    t.same(contractProblems('jwtListSessions', list), [])
  })

  await t.test('DELETE of the token\'s own session by its cookie (with Origin) clears the cookie', async (t) => {
    const withoutOrigin = await app.inject({ method: 'DELETE', url: `/auth/sessions/${desk.sid}`, headers: { cookie: desk.cookie } })
    t.equal(withoutOrigin.statusCode, 403)
    t.same(contractProblems('jwtRevokeSession', withoutOrigin), [])
    const response = await app.inject({ method: 'DELETE', url: `/auth/sessions/${desk.sid}`, headers: { cookie: desk.cookie, origin: FRONTEND_ORIGIN } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('jwtRevokeSession', response), [])
    t.match(String(response.headers['set-cookie']), /^auth_token=;.*Max-Age=0/)
    t.notOk(await alive(desk))
  })
})
