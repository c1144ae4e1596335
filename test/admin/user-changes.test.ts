import t from 'tap'
import { createClient, createConfig } from '../sdk/generated/hey-api/client/index.js'
import * as hey from '../sdk/generated/hey-api/sdk.gen.js'
import { listen, PASSWORD } from '../helper.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'
import { V1 } from '../surfaces/v1/v1-helper.js'
import { signedInEverywhere, tablesMentioning } from '../account/account-helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

t.test('admin changes of a user through the generated client', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const client = createClient(createConfig({ baseUrl: url }))
  const writer = await seedApiKey(app, ['users:write'])
  const reader = await seedApiKey(app, ['users:read'])
  const as = { client, auth: () => writer.key }
  const me = (accessToken: string): Promise<number> => app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${accessToken}` } }).then((response) => response.statusCode)

  await t.test('PATCH email: a taken address → 409; a new one ends every session, tells the old address, and is unverified unless said', async (t) => {
    const user = await signedInEverywhere(app, mail)
    const other = await signedInEverywhere(app, mail)
    t.equal((await hey.serviceAdminUpdateUser({ client, auth: () => reader.key, path: { id: user.userId }, body: { email: 'x@example.com' } })).response.status, 403)
    const taken = await hey.serviceAdminUpdateUser({ ...as, path: { id: user.userId }, body: { email: other.email.toUpperCase() } })
    t.equal(taken.response.status, 409)
    t.equal(taken.error?.code, 'EMAIL_ALREADY_EXISTS')
    t.equal(await me(user.v1.accessToken), 200, 'a refused change ends nothing')
    t.equal((await app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${user.userId}`, headers: bearer(writer.key), payload: { email: 'not-an-address' } })).statusCode, 400)
    const same = await hey.serviceAdminUpdateUser({ ...as, path: { id: user.userId }, body: { email: user.email.toUpperCase() } })
    t.equal(same.data?.email, user.email, 'its own address, in other case: no change')
    t.equal(await me(user.v1.accessToken), 200, 'and nothing ends')

    const moved = `moved.${user.email}`
    const changed = await hey.serviceAdminUpdateUser({ ...as, path: { id: user.userId }, body: { email: moved } })
    t.equal(changed.response.status, 200)
    t.match(changed.data, { email: moved, emailVerified: false })
    t.equal(await me(user.v1.accessToken), 401, 'the access token ends')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.v1.refreshToken } })).statusCode, 401, 'and the refresh token')
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${user.jwt.token}` } })).statusCode, 401, 'and the /auth token')
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.native.cookie } })).json(), null, 'and the cookie')
    t.equal(await me(other.v1.accessToken), 200, 'another user is untouched')
    const notice = await mail.waitFor(user.email, /email address was changed/i)
    t.match(notice.text, moved)
    t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })).statusCode, 400, 'the old address signs in no more')
    t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: moved, password: PASSWORD } })).statusCode, 200, 'the new one does')

    const confirmed = await hey.serviceAdminUpdateUser({ ...as, path: { id: user.userId }, body: { email: `again.${user.email}`, emailVerified: true } })
    t.match(confirmed.data, { email: `again.${user.email}`, emailVerified: true }, 'verified when said')
    const events = await app.db.selectFrom('audit_event').selectAll().where('type', '=', 'admin.user_updated').where('user_id', '=', user.userId).orderBy('occurred_at').execute()
    t.same(events.map((event) => event.detail), [
      { fields: ['email'], apiKeyId: writer.id },
      { fields: ['email'], apiKeyId: writer.id },
      { fields: ['email', 'emailVerified'], apiKeyId: writer.id },
    ])
  })

  await t.test('DELETE /api/v1/admin/users/{id}: erased as self-deletion erases; the address gets the deletion notice; audited with the key', async (t) => {
    const user = await signedInEverywhere(app, mail)
    t.equal((await hey.serviceAdminDeleteUser({ client, auth: () => reader.key, path: { id: user.userId } })).response.status, 403)
    t.equal((await hey.serviceAdminDeleteUser({ ...as, path: { id: 'no-such-user' } })).response.status, 404)
    const deleted = await hey.serviceAdminDeleteUser({ ...as, path: { id: user.userId } })
    t.equal(deleted.response.status, 204)
    t.equal(await me(user.v1.accessToken), 401, 'every credential fails')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.v1.refreshToken } })).statusCode, 401)
    await mail.waitFor(user.email, /deleted/i)
    const left = await tablesMentioning(app, [user.userId, user.email])
    t.same([...left.keys()].sort(), ['audit_event', 'email_outbox'], 'only the audit trail (by id) and the notice remain')
    t.same(left.get('audit_event'), [user.userId], 'the audit trail keeps the id, not the address')
    const tombstone = await app.db.selectFrom('audit_event').selectAll().where('type', '=', 'user.deleted').where('user_id', '=', user.userId).execute()
    t.same(tombstone.map((event) => [event.email, event.detail]), [[null, { apiKeyId: writer.id }]])
    t.equal((await hey.serviceAdminDeleteUser({ ...as, path: { id: user.userId } })).response.status, 404, 'gone')
  })

  await t.test('POST /api/v1/admin/users/{id}/password-reset → 202; the email of "forgot password", whose link works', async (t) => {
    const user = await signedInEverywhere(app, mail)
    t.equal((await hey.serviceAdminSendPasswordReset({ client, auth: () => reader.key, path: { id: user.userId } })).response.status, 403)
    t.equal((await hey.serviceAdminSendPasswordReset({ ...as, path: { id: 'no-such-user' } })).response.status, 404)
    const sent = await hey.serviceAdminSendPasswordReset({ ...as, path: { id: user.userId } })
    t.equal(sent.response.status, 202)
    t.equal(await me(user.v1.accessToken), 200, 'nothing ends until the link is used')
    const message = await mail.waitFor(user.email, /reset your password/i)
    const token = new URL(firstLink(message.text)).pathname.split('/').at(-1)!
    t.equal((await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, newPassword: 'reset-by-admin-1' } })).statusCode, 200)
    t.equal(await me(user.v1.accessToken), 401, 'the reset ends every session')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: 'reset-by-admin-1' } })).statusCode, 200)
    const events = await app.db.selectFrom('audit_event').selectAll().where('type', '=', 'admin.password_reset_sent').where('user_id', '=', user.userId).execute()
    t.same(events.map((event) => event.detail), [{ apiKeyId: writer.id }])
  })
})
