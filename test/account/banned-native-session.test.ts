import t from 'tap'
import { contractProblems } from '../contract.js'
import { build, FRONTEND_ORIGIN, PASSWORD } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { signedInEverywhere } from './account-helper.js'

/**
 * The native operations that hand the caller's session to Better Auth (list-sessions,
 * change-password, revoke-session) resolve it the service's way first: a session whose user is
 * banned (the ban on the row alone, as when a session outlives the ban in a race) proves nothing
 * there, as on every other operation; Better Auth's own session check knows nothing of bans.
 */
t.test('a session whose user is banned is refused by every native operation that calls Better Auth with it', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const passwordHash = async (userId: string): Promise<string | null | undefined> =>
    (await app.db.selectFrom('account').select('password').where('user_id', '=', userId).where('provider_id', '=', 'credential').executeTakeFirst())?.password

  for (const via of ['cookie', 'bearer'] as const) {
    const user = await signedInEverywhere(app, mail)
    const headers = via === 'cookie' ? { cookie: user.native.cookie, origin: FRONTEND_ORIGIN } : { authorization: `Bearer ${user.native.bearer}`, origin: FRONTEND_ORIGIN }
    const calls = [
      ['nativeListSessions', () => app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers })],
      ['nativeChangePassword', () => app.inject({ method: 'POST', url: '/api/auth/change-password', headers, payload: { currentPassword: PASSWORD, newPassword: 'changed-while-banned-1', revokeOtherSessions: true } })],
      ['nativeRevokeSession', () => app.inject({ method: 'POST', url: '/api/auth/revoke-session', headers, payload: { token: user.native.token } })],
    ] as const
    const before = await passwordHash(user.userId)
    const sessionsBefore = (await app.db.selectFrom('session').select('id').where('user_id', '=', user.userId).execute()).length

    await app.db.updateTable('user').set({ banned_at: new Date() }).where('id', '=', user.userId).execute()
    for (const [operationId, call] of calls) {
      const response = await call()
      t.equal(response.statusCode, 401, `${via}: ${operationId} → 401`)
      t.equal(response.json().code, 'SESSION_EXPIRED')
      t.same(contractProblems(operationId, response), [], `${via}: ${operationId}: the documented answer`)
    }
    t.equal(await passwordHash(user.userId), before, `${via}: the password did not change`)
    t.equal((await app.db.selectFrom('session').select('id').where('user_id', '=', user.userId).execute()).length, sessionsBefore, `${via}: no session was revoked or replaced`)

    // The same session, the ban lifted: it was the ban.
    await app.db.updateTable('user').set({ banned_at: null }).where('id', '=', user.userId).execute()
    const listed = await calls[0][1]()
    t.equal(listed.statusCode, 200, `${via}: list-sessions works again`)
    t.ok((listed.json() as Array<{ current: boolean }>).some((session) => session.current), `${via}: and marks the caller's session current`)
  }
})

t.test('a revoked session is refused the same way', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const user = await signedInEverywhere(app, mail)
  const headers = { cookie: user.native.cookie, origin: FRONTEND_ORIGIN }
  await app.db.deleteFrom('session').where('token', '=', user.native.token).execute()
  t.equal((await app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers })).statusCode, 401)
  t.equal((await app.inject({ method: 'POST', url: '/api/auth/change-password', headers, payload: { currentPassword: PASSWORD, newPassword: 'changed-when-revoked-1' } })).statusCode, 401)
  t.equal((await app.inject({ method: 'POST', url: '/api/auth/revoke-session', headers, payload: { token: user.native.token } })).statusCode, 401)
})
