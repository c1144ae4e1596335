import t from 'tap'
import { createClient, createConfig } from '../sdk/generated/hey-api/client/index.js'
import * as hey from '../sdk/generated/hey-api/sdk.gen.js'
import { FRONTEND_ORIGIN, listen, PASSWORD, uniqueEmail } from '../helper.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'
import { V1 } from '../surfaces/v1/v1-helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

t.test('POST /api/v1/admin/users through the generated client: with a password, or with an invitation that sets it and verifies the address', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const client = createClient(createConfig({ baseUrl: url }))
  const writer = await seedApiKey(app, ['users:write'])
  const reader = await seedApiKey(app, ['users:read'])
  const as = { client, auth: () => writer.key }

  await t.test('→ 403 without users:write, 400 on a bad body, WEAK_PASSWORD on a short password', async (t) => {
    t.equal((await hey.serviceAdminCreateUser({ client, auth: () => reader.key, body: { email: uniqueEmail(), name: 'X', password: PASSWORD } })).response.status, 403)
    for (const body of [
      { email: uniqueEmail(), name: 'Neither' },
      { email: uniqueEmail(), name: 'Both', password: PASSWORD, invite: true },
      { email: uniqueEmail(), name: 'Invite false', invite: false },
      { email: uniqueEmail(), name: 'Verified invite', invite: true, emailVerified: true },
      { email: 'not-an-address', name: 'X', password: PASSWORD },
      { email: uniqueEmail(), name: '', password: PASSWORD },
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: bearer(writer.key), payload: body })
      t.equal(response.statusCode, 400, `${JSON.stringify(body)}: 400`)
      t.equal(response.json().error.code, 'VALIDATION_ERROR')
    }
    for (const password of ['short', 'x'.repeat(129)]) {
      const weak = await hey.serviceAdminCreateUser({ ...as, body: { email: uniqueEmail(), name: 'Weak', password } })
      t.equal(weak.response.status, 400)
      t.equal(weak.error?.code, 'WEAK_PASSWORD', `${password.length} characters: the sign-up rule`)
    }
    t.equal(await app.db.selectFrom('user').select('id').where('name', 'in', ['Weak', 'Neither', 'Both']).executeTakeFirst(), undefined, 'nothing was created')
  })

  await t.test('with a password: 201; signs in; verified as asked; a taken address → 409 EMAIL_ALREADY_EXISTS', async (t) => {
    const email = uniqueEmail('created')
    const created = await hey.serviceAdminCreateUser({ ...as, body: { email: email.toUpperCase(), name: 'Created', password: PASSWORD, emailVerified: true } })
    t.equal(created.response.status, 201)
    t.match(created.data, { email, name: 'Created', emailVerified: true, twoFactorEnabled: false, banned: false })
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email, password: PASSWORD } })).statusCode, 200, 'v1 login (verified users only)')
    const taken = await hey.serviceAdminCreateUser({ ...as, body: { email: email.toUpperCase(), name: 'Again', invite: true } })
    t.equal(taken.response.status, 409)
    t.equal(taken.error?.code, 'EMAIL_ALREADY_EXISTS')

    const unverified = uniqueEmail('unverified')
    const plain = await hey.serviceAdminCreateUser({ ...as, body: { email: unverified, name: 'Plain', password: PASSWORD } })
    t.equal(plain.data?.emailVerified, false, 'not verified unless asked')
    await app.mailer.idle()
    t.notOk(mail.messages.some((message) => message.to.includes(unverified)), 'no email is sent')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: unverified, password: PASSWORD } })).json().error.code, 'EMAIL_NOT_VERIFIED')
    t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: unverified, password: PASSWORD } })).statusCode, 200, 'natively, as any unverified account')

    const events = await app.db.selectFrom('audit_event').selectAll().where('type', '=', 'user.created').where('user_id', '=', created.data!.id).execute()
    t.same(events.map((event) => [event.email, event.detail]), [[email, { invited: false, apiKeyId: writer.id }]])
  })

  await t.test('with invite: true: no password until the emailed link sets one, which verifies the address', async (t) => {
    const email = uniqueEmail('invited')
    const created = await hey.serviceAdminCreateUser({ ...as, body: { email, name: 'Invited', invite: true } })
    t.equal(created.response.status, 201)
    t.equal(created.data?.emailVerified, false)
    t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })).json().error.code, 'INVALID_CREDENTIALS', 'no password signs in yet')
    const invitation = await mail.waitFor(email, /invited/i)
    const link = new URL(firstLink(invitation.text))
    t.match(link.pathname, /^\/api\/auth\/reset-password\/[\w-]+$/)
    const stored = await app.db.selectFrom('verification').selectAll().where('value', '=', created.data!.id).executeTakeFirstOrThrow()
    const days = (stored.expires_at.getTime() - Date.now()) / 86_400_000
    t.ok(days > 6.9 && days <= 7, `valid for seven days (${days.toFixed(3)})`)

    const opened = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` })
    t.equal(opened.statusCode, 302, 'the link leads to the reset form')
    const form = new URL(String(opened.headers.location))
    t.equal(form.origin, FRONTEND_ORIGIN)
    const token = form.searchParams.get('token')!
    const chosen = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, newPassword: 'my-own-password-1' } })
    t.equal(chosen.statusCode, 200)
    const user = await hey.serviceAdminGetUser({ client, auth: () => reader.key, path: { id: created.data!.id } })
    t.equal(user.data?.emailVerified, true, 'accepting verified the address')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email, password: 'my-own-password-1' } })).statusCode, 200, 'the chosen password signs in')
    t.equal((await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, newPassword: 'another-password-2' } })).statusCode, 400, 'the link works once')
    const events = await app.db.selectFrom('audit_event').selectAll().where('type', '=', 'user.created').where('user_id', '=', created.data!.id).execute()
    t.same(events.map((event) => event.detail), [{ invited: true, apiKeyId: writer.id }])
  })
})
