import t from 'tap'
import { build, PASSWORD } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { unusedTotp } from '../totp.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

t.test('POST /api/v1/admin/users/{id}/mfa/reset: the password alone signs in again; the user is told; audited with the key', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const writer = await seedApiKey(app, ['users:write'])
  const reader = await seedApiKey(app, ['users:read'])
  const user = await registerUser(app, mail)
  const auth = { authorization: `Bearer ${user.accessToken}` }
  const { totpURI } = (await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: auth, payload: { password: PASSWORD } })).json() as { totpURI: string }
  t.equal((await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers: auth, payload: { code: unusedTotp(totpURI, new Set()) } })).statusCode, 200)
  t.ok((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json().mfaToken, 'MFA is asked for')

  const url = `/api/v1/admin/users/${user.user.id}/mfa/reset`
  t.equal((await app.inject({ method: 'POST', url, headers: bearer(reader.key) })).statusCode, 403, 'users:write is needed')
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/admin/users/nobody/mfa/reset', headers: bearer(writer.key) })).statusCode, 404)
  const reset = await app.inject({ method: 'POST', url, headers: bearer(writer.key) })
  t.equal(reset.statusCode, 200)
  t.equal(reset.json().twoFactorEnabled, false)
  const signedIn = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
  t.type(signedIn.json().accessToken, 'string', 'the password alone signs in')
  t.equal(await app.db.selectFrom('two_factor').select('id').where('user_id', '=', user.user.id).executeTakeFirst(), undefined, 'the secret is gone')
  await mail.waitFor(user.email, /two-step|two-factor|authenticat|MFA/i)
  const events = await app.db.selectFrom('audit_event').selectAll().where('type', '=', 'mfa.disabled').where('user_id', '=', user.user.id).execute()
  t.equal(events.length, 1)
  t.equal(events[0]?.detail.apiKeyId, writer.id)
  t.equal((await app.inject({ method: 'POST', url, headers: bearer(writer.key) })).statusCode, 200, 'again: nothing to remove')
  t.equal((await app.db.selectFrom('audit_event').select('id').where('type', '=', 'mfa.disabled').execute()).length, 1, 'no second mfa.disabled')
  const noChange = await app.db.selectFrom('audit_event').selectAll().where('type', '=', 'admin.no_change').where('user_id', '=', user.user.id).execute()
  t.same(noChange.map((event) => [event.operation, event.detail]), [['serviceAdminResetMfa', { apiKeyId: writer.id }]], 'the call is recorded as admin.no_change, naming the key')
})
