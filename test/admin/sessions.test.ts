import t from 'tap'
import { listAuditEvents } from '../../src/sessions/audit-event-repository.js'
import { build, PASSWORD } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { login, registerUser, V1 } from '../surfaces/v1/v1-helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

const ADMIN = '/api/v1/admin/users'

t.test('admin sessions: list a user\'s, end one, end all; every surface\'s credentials stop at once', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const reader = await seedApiKey(app, ['users:read'])
  const writer = await seedApiKey(app, ['sessions:write'])
  const user = await registerUser(app, mail)
  const userId = user.user.id
  const second = await login(app, user.email)
  const jwt = (await app.inject({ method: 'POST', url: '/auth/login', payload: { email: user.email, password: PASSWORD } })).json().token as string
  const native = (await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })).headers['set-auth-token'] as string

  const listed = await app.inject({ method: 'GET', url: `${ADMIN}/${userId}/sessions`, headers: bearer(reader.key) })
  t.equal(listed.statusCode, 200)
  const sessions = listed.json().sessions as Array<{ id: string; current: boolean }>
  t.equal(sessions.length, 4, 'two v1 sign-ins, one /auth, one native')
  t.ok(sessions.every((session) => !session.current), 'no session is the caller\'s')
  t.equal((await app.inject({ method: 'GET', url: `${ADMIN}/${userId}/sessions`, headers: bearer(writer.key) })).statusCode, 403, 'listing needs users:read')
  t.equal((await app.inject({ method: 'DELETE', url: `${ADMIN}/${userId}/sessions`, headers: bearer(reader.key) })).statusCode, 403, 'ending needs sessions:write')
  t.equal((await app.inject({ method: 'GET', url: `${ADMIN}/no-such-user/sessions`, headers: bearer(reader.key) })).statusCode, 404)

  // One: the second v1 sign-in, by the sid of its access token.
  const sid = (JSON.parse(Buffer.from(second.accessToken.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid
  const one = await app.inject({ method: 'DELETE', url: `${ADMIN}/${userId}/sessions/${sid}`, headers: bearer(writer.key) })
  t.same(one.json(), { revoked: 1 })
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${second.accessToken}` } })).statusCode, 401, 'its access token stops')
  t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: second.refreshToken } })).statusCode, 401, 'its refresh token stops')
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.accessToken}` } })).statusCode, 200, 'the others live on')
  t.equal((await app.inject({ method: 'DELETE', url: `${ADMIN}/${userId}/sessions/${sid}`, headers: bearer(writer.key) })).statusCode, 404, 'an ended session is not found')
  const stranger = await registerUser(app, mail)
  t.equal((await app.inject({ method: 'DELETE', url: `${ADMIN}/${stranger.user.id}/sessions/${(JSON.parse(Buffer.from(user.accessToken.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid}`, headers: bearer(writer.key) })).statusCode, 404, 'a session of another user is not found')

  const all = await app.inject({ method: 'DELETE', url: `${ADMIN}/${userId}/sessions`, headers: bearer(writer.key) })
  t.same(all.json(), { revoked: 3 })
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.accessToken}` } })).statusCode, 401, 'v1 access token')
  t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.refreshToken } })).statusCode, 401, 'v1 refresh token')
  t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${jwt}` } })).statusCode, 401, '/auth token')
  const nativeSession = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { authorization: `Bearer ${native}` } })
  t.equal(nativeSession.json(), null, 'native bearer session')
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${stranger.accessToken}` } })).statusCode, 200, 'another user is untouched')

  const events = await listAuditEvents(app.db, { userId, type: 'session.revoked' })
  t.equal(events.length, 4)
  t.ok(events.every((event) => event.detail.apiKeyId === writer.id), 'each revocation names the key')
  t.same(events.map((event) => event.detail.scope).sort(), ['all', 'all', 'all', 'one'])
})
