import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { listAuditEvents } from '../../../src/sessions/audit-event-repository.js'
import { countPasswordHashes, listen, PASSWORD, uniqueEmail } from '../../helper.js'
import { testClock } from '../../clock.js'
import { startMailCatcher, type MailCatcher } from '../../mail-catcher.js'
import { createClient, createConfig } from '../../sdk/generated/hey-api/client/index.js'
import * as hey from '../../sdk/generated/hey-api/sdk.gen.js'
import { unusedTotp } from '../../totp.js'
import { codeIn, CONFIRM, mailSettled, mailTo, NOTICE, RESET, TAKEN, takeMail, tokenIn } from '../email-change-mail.js'
import { login, registerUser, V1 } from './v1-helper.js'

const HOUR = 60 * 60_000

/**
 * The change of email address on the REST surface, driven the way a client team drives it: through
 * the client @hey-api/openapi-ts generates from openapi.yaml, with bearer access tokens, against a
 * listening service whose clock the test moves. The codes and links are read from real emails.
 */
t.test('change of email address on /api/v1/better-auth', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = testClock()
  const hashes = countPasswordHashes()
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock, passwordHasher: hashes.hasher })
  const client = createClient(createConfig({ baseUrl: url }))
  const as = (token: string) => ({ client, auth: (scheme: { scheme?: string }) => (scheme.scheme === 'bearer' ? token : undefined) })
  const me = async (accessToken: string) => (await hey.v1Me(as(accessToken))).data?.user
  const refreshes = async (refreshToken: string) => (await hey.v1RefreshToken({ client, body: { refreshToken } })).response.status === 200

  /** A change asked for and confirmed: the code from the new address, the undo token from the old one's notice. */
  async function changed(user: { accessToken: string; email: string }, newEmail: string): Promise<{ undoToken: string }> {
    const asked = await hey.v1ChangeEmail({ ...as(user.accessToken), body: { newEmail, currentPassword: PASSWORD } })
    if (asked.response.status !== 200) throw new Error(`change-email: ${JSON.stringify(asked.error)}`)
    const undoToken = tokenIn(await takeMail(mail, user.email, NOTICE))
    const confirmed = await hey.v1ConfirmEmailChange({ ...as(user.accessToken), body: { code: codeIn(await takeMail(mail, newEmail, CONFIRM)) } })
    if (confirmed.response.status !== 200) throw new Error(`confirm: ${JSON.stringify(confirmed.error)}`)
    return { undoToken }
  }

  await t.test('change-email → a code to the new address and an undo link to the old; confirm → the address is changed and confirmed, every other session ends', async (t) => {
    const user = await registerUser(app, mail)
    const other = await login(app, user.email)
    const native = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    const newEmail = uniqueEmail('v1-new')

    const asked = await hey.v1ChangeEmail({ ...as(user.accessToken), body: { newEmail, currentPassword: PASSWORD } })
    t.same(asked.data, { success: true, message: 'Check the new address for a six-digit code' })
    const code = codeIn(await takeMail(mail, newEmail, CONFIRM))
    const notice = await takeMail(mail, user.email, NOTICE)
    t.match(notice.text, newEmail, 'the notice names the new address')
    t.match(notice.text, `${app.config.baseUrl}/api/auth/change-email/undo?token=`, 'and links the undo')
    t.equal((await me(user.accessToken))?.email, user.email, 'nothing changes before the new address confirms')

    const confirmed = await hey.v1ConfirmEmailChange({ ...as(user.accessToken), body: { code } })
    t.match(confirmed.data, { success: true, user: { id: user.user.id, email: newEmail, emailVerified: true } })
    t.equal((await me(user.accessToken))?.email, newEmail, 'this session goes on')
    t.notOk(await me(other.accessToken), "another session's access token ends")
    t.notOk(await refreshes(other.refreshToken), 'and its refresh token')
    const nativeSession = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: String(native.headers['set-cookie']).split(';')[0]! } })
    t.same(nativeSession.json(), { session: null, user: null }, 'a cookie session ends')
    t.equal((await hey.v1Login({ client, body: { email: newEmail, password: PASSWORD } })).data?.kind, 'tokens', 'the new address signs in')
    t.equal((await hey.v1Login({ client, body: { email: user.email, password: PASSWORD } })).error?.code, 'INVALID_CREDENTIALS', 'the old one does not')

    const replayed = await hey.v1ConfirmEmailChange({ ...as(user.accessToken), body: { code } })
    t.equal(replayed.error?.code, 'INVALID_CODE', 'a code works once')
    const types = (await listAuditEvents(app.db, { userId: user.user.id })).map((event) => event.type)
    t.ok(types.includes('email.change_requested') && types.includes('email.changed'))
  })

  await t.test('an address another account has is answered exactly as a free one; it gets a note, and nothing can confirm the change', async (t) => {
    const owner = await registerUser(app, mail)
    const [asker, control] = [await registerUser(app, mail), await registerUser(app, mail)]
    const ask = async (accessToken: string, newEmail: string) => {
      const before = hashes.operations()
      const response = await app.inject({ method: 'POST', url: `${V1}/change-email`, headers: { authorization: `Bearer ${accessToken}` }, payload: { newEmail, currentPassword: PASSWORD } })
      return { response, hashes: hashes.operations() - before }
    }
    const taken = await ask(asker.accessToken, owner.email.toUpperCase())
    const free = await ask(control.accessToken, uniqueEmail('v1-free'))
    t.equal(taken.response.statusCode, free.response.statusCode)
    t.equal(taken.response.body, free.response.body, 'the same body')
    const headers = (response: typeof taken.response) => Object.keys(response.headers).filter((name) => name !== 'date').sort()
    t.same(headers(taken.response), headers(free.response), 'the same headers')
    t.equal(taken.hashes, free.hashes, 'the same password work')
    await mailSettled(app)
    t.equal(mailTo(mail, asker.email).length, 1, 'the asker\'s own address gets the notice, as for a free address')
    const note = await takeMail(mail, owner.email, TAKEN)
    t.notMatch(note.text, /\b\d{6}\b/, 'the taken address gets no code')
    t.equal(mailTo(mail, owner.email).length, 0, 'and nothing else')
    for (const code of ['000000', '123456']) {
      t.equal((await hey.v1ConfirmEmailChange({ ...as(asker.accessToken), body: { code } })).error?.code, 'INVALID_CODE')
    }
    t.equal((await me(asker.accessToken))?.email, asker.email, 'the asker keeps the address')
    t.equal((await me(owner.accessToken))?.email, owner.email, 'the owner keeps theirs')
    mail.messages.length = 0
  })

  await t.test('re-authentication: a wrong password, and for an account with a second factor a missing or wrong code, is refused and nothing is sent', async (t) => {
    const user = await registerUser(app, mail)
    const newEmail = uniqueEmail('v1-reauth')
    const wrong = await hey.v1ChangeEmail({ ...as(user.accessToken), body: { newEmail, currentPassword: 'not-my-password' } })
    t.equal(wrong.response.status, 401)
    t.equal(wrong.error?.code, 'INVALID_CREDENTIALS')
    t.equal(wrong.error?.message, 'Current password is incorrect')
    const same = await hey.v1ChangeEmail({ ...as(user.accessToken), body: { newEmail: user.email, currentPassword: PASSWORD } })
    t.equal(same.error?.code, 'VALIDATION_ERROR', 'the address it has already')
    const anonymous = await hey.v1ChangeEmail({ client, body: { newEmail, currentPassword: PASSWORD } })
    t.equal(anonymous.error?.code, 'SESSION_EXPIRED')

    const { totpURI, backupCodes } = (await hey.v1SetupMfa({ ...as(user.accessToken), body: { password: PASSWORD } })).data!
    const spent = new Set<string>()
    const enabled = await hey.v1EnableMfa({ ...as(user.accessToken), body: { code: unusedTotp(totpURI, spent) } })
    const accessToken = enabled.data!.accessToken
    const noCode = await hey.v1ChangeEmail({ ...as(accessToken), body: { newEmail, currentPassword: PASSWORD } })
    t.equal(noCode.response.status, 401)
    t.equal(noCode.error?.code, 'MFA_REQUIRED')
    const wrongCode = await hey.v1ChangeEmail({ ...as(accessToken), body: { newEmail, currentPassword: PASSWORD, code: unusedTotp(totpURI, new Set(spent)) === '000000' ? '111111' : '000000' } })
    t.equal(wrongCode.error?.code, 'INVALID_MFA_CODE')
    const wrongPasswordRightCode = await hey.v1ChangeEmail({ ...as(accessToken), body: { newEmail, currentPassword: 'not-my-password', code: backupCodes[0]! } })
    t.equal(wrongPasswordRightCode.error?.code, 'INVALID_CREDENTIALS', 'the password is checked first; the backup code is not spent')
    await mailSettled(app)
    t.equal(mailTo(mail, newEmail).length + mailTo(mail, user.email).length, 0, 'nothing was sent')

    const totp = unusedTotp(totpURI, spent)
    t.equal((await hey.v1ChangeEmail({ ...as(accessToken), body: { newEmail, currentPassword: PASSWORD, code: totp } })).response.status, 200, 'a TOTP code')
    t.equal((await hey.v1ChangeEmail({ ...as(accessToken), body: { newEmail, currentPassword: PASSWORD, code: totp } })).error?.code, 'INVALID_MFA_CODE', 'works once')
    t.equal((await hey.v1ChangeEmail({ ...as(accessToken), body: { newEmail, currentPassword: PASSWORD, code: backupCodes[0]! } })).response.status, 200, 'a backup code')
    t.equal((await hey.v1ChangeEmail({ ...as(accessToken), body: { newEmail, currentPassword: PASSWORD, code: backupCodes[0]! } })).error?.code, 'INVALID_MFA_CODE', 'works once')
    await mailSettled(app)
    mail.messages.length = 0
  })

  await t.test('a code works from the session that asked, within fifteen minutes, for five tries, and only for the latest request', async (t) => {
    const user = await registerUser(app, mail)
    const ask = async (newEmail: string, session = user.cookie) => {
      const response = await app.inject({ method: 'POST', url: `${V1}/change-email`, headers: { cookie: session, origin: 'http://localhost:3000' }, payload: { newEmail, currentPassword: PASSWORD } })
      t.equal(response.statusCode, 200)
      return codeIn(await takeMail(mail, newEmail, CONFIRM))
    }
    const confirm = (code: string, session = user.cookie) => app.inject({ method: 'POST', url: `${V1}/change-email/confirm`, headers: { cookie: session, origin: 'http://localhost:3000' }, payload: { code } })

    const first = await ask(uniqueEmail('v1-first'))
    const other = await login(app, user.email)
    t.equal((await confirm(first, other.cookie)).json().code, 'INVALID_CODE', 'another session of the account cannot use it')
    const latest = await ask(uniqueEmail('v1-latest'))
    t.equal((await confirm(first)).json().code, 'INVALID_CODE', 'a later request replaces it')
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = latest === '000000' ? '999999' : '000000'
      t.equal((await confirm(wrong)).json().code, 'INVALID_CODE', `wrong code ${attempt}`)
    }
    const spent = await confirm(latest)
    t.equal(spent.json().code, 'INVALID_CODE', 'five wrong codes spend the request')
    t.match(spent.json().message, /request a new code/)

    const late = await ask(uniqueEmail('v1-late'))
    clock.advance(15 * 60_000 + 1_000)
    t.equal((await confirm(late)).json().code, 'INVALID_CODE', 'an expired code')
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { cookie: user.cookie } })).json().user.email, user.email)
    mail.messages.length = 0
  })

  await t.test('undo within 72 hours: the old address comes back, every session ends, the password stops working and a reset link goes to the old address', async (t) => {
    const user = await registerUser(app, mail)
    const newEmail = uniqueEmail('v1-undo')
    const { undoToken } = await changed(user, newEmail)
    const other = await login(app, newEmail)
    clock.advance(71 * HOUR)

    const undone = await hey.v1UndoEmailChange({ client, body: { token: undoToken } })
    t.same(undone.data, { success: true, message: 'The change was undone and every session signed out; check the old address for a link to choose a new password' })
    t.notOk(await refreshes(user.refreshToken), 'the session that made the change ends')
    t.notOk(await refreshes(other.refreshToken), 'and every other')
    t.equal((await hey.v1Login({ client, body: { email: user.email, password: PASSWORD } })).error?.code, 'INVALID_CREDENTIALS', 'the password no longer signs in')
    const replayed = await hey.v1UndoEmailChange({ client, body: { token: undoToken } })
    t.equal(replayed.error?.code, 'INVALID_TOKEN', 'the token works once')

    const resetToken = new URL((await takeMail(mail, user.email, RESET)).text.match(/https?:\/\/\S+/)![0]).pathname.split('/').pop()!
    t.equal((await hey.v1ResetPassword({ client, body: { token: resetToken, password: 'a-fresh-password-9' } })).response.status, 200)
    const back = await hey.v1Login({ client, body: { email: user.email, password: 'a-fresh-password-9' } })
    if (back.data?.kind !== 'tokens') throw new Error('expected tokens')
    t.match(back.data.user, { id: user.user.id, email: user.email, emailVerified: true }, 'the owner is back, on the old address')
    t.ok((await listAuditEvents(app.db, { userId: user.user.id, type: 'email.change_undone' })).length === 1)
  })

  await t.test('undo after 72 hours is refused and the change stands', async (t) => {
    const user = await registerUser(app, mail)
    const newEmail = uniqueEmail('v1-late-undo')
    const { undoToken } = await changed(user, newEmail)
    clock.advance(72 * HOUR + 1_000)
    t.equal((await hey.v1UndoEmailChange({ client, body: { token: undoToken } })).error?.code, 'INVALID_TOKEN')
    const link = await app.inject({ method: 'GET', url: `/api/auth/change-email/undo?token=${undoToken}` })
    t.equal(link.statusCode, 302)
    t.equal(link.headers.location, `${app.config.emailChangeUndoUrl}?error=INVALID_TOKEN`, 'the emailed link says so to the undo page')
    t.equal((await hey.v1Login({ client, body: { email: newEmail, password: PASSWORD } })).data?.kind, 'tokens')
  })

  await t.test('an undo before the new address confirms cancels the change', async (t) => {
    const user = await registerUser(app, mail)
    const newEmail = uniqueEmail('v1-cancel')
    t.equal((await hey.v1ChangeEmail({ ...as(user.accessToken), body: { newEmail, currentPassword: PASSWORD } })).response.status, 200)
    const code = codeIn(await takeMail(mail, newEmail, CONFIRM))
    t.equal((await hey.v1UndoEmailChange({ client, body: { token: tokenIn(await takeMail(mail, user.email, NOTICE)) } })).response.status, 200)
    t.equal((await hey.v1ConfirmEmailChange({ ...as(user.accessToken), body: { code } })).error?.code, 'SESSION_EXPIRED', 'the session that asked has ended')
    const row = await app.db.selectFrom('email_change').select(['confirmation_hash', 'confirmed_at']).where('user_id', '=', user.user.id).executeTakeFirstOrThrow()
    t.same(row, { confirmation_hash: null, confirmed_at: null }, 'and the code can confirm nothing')
    t.equal((await app.db.selectFrom('user').select('email').where('id', '=', user.user.id).executeTakeFirstOrThrow()).email, user.email)
    await mailSettled(app)
    mail.messages.length = 0
  })

  await t.test('the undo takes everything back from an intruder: their later change, an account on the old address, a second factor', async (t) => {
    const user = await registerUser(app, mail)
    const intruder = uniqueEmail('v1-intruder')
    const { undoToken } = await changed(user, intruder)
    clock.advance(1_000)
    // The intruder moves on to a third address, squats the old one and turns on a second factor.
    const third = uniqueEmail('v1-third')
    const { undoToken: intrudersUndo } = await changed({ ...user, email: intruder }, third)
    t.equal((await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email: user.email, password: 'squatter-password', name: 'Squatter' } })).statusCode, 201)
    const { totpURI } = (await hey.v1SetupMfa({ ...as(user.accessToken), body: { password: PASSWORD } })).data!
    t.equal((await hey.v1EnableMfa({ ...as(user.accessToken), body: { code: unusedTotp(totpURI, new Set()) } })).response.status, 200)

    t.equal((await hey.v1UndoEmailChange({ client, body: { token: undoToken } })).response.status, 200)
    const account = await app.db.selectFrom('user').selectAll().where('id', '=', user.user.id).executeTakeFirstOrThrow()
    t.match(account, { email: user.email, email_verified: true, two_factor_enabled: false }, 'the old address, confirmed, and no second factor')
    t.equal((await app.db.selectFrom('user').select('id').where('email', '=', user.email).execute()).length, 1, 'the unconfirmed account on the old address is gone')
    t.equal((await app.db.selectFrom('two_factor').select('id').where('user_id', '=', user.user.id).execute()).length, 0)
    t.equal((await hey.v1UndoEmailChange({ client, body: { token: intrudersUndo } })).error?.code, 'INVALID_TOKEN', "the intruder's own undo cannot bring their address back")
    t.equal((await app.db.selectFrom('user').select('email').where('id', '=', user.user.id).executeTakeFirstOrThrow()).email, user.email)
    await mailSettled(app)
    mail.messages.length = 0
  })

  await t.test('the undo removes the passkeys registered and the provider identities linked since the change was asked for, and keeps older ones', async (t) => {
    const user = await registerUser(app, mail)
    const userId = user.user.id
    const passkey = (id: string, createdAt: Date) => ({
      id, name: id, public_key: 'AQID', user_id: userId, credential_id: `${id}-credential`, counter: 0,
      device_type: 'singleDevice', backed_up: false, transports: 'internal', created_at: createdAt, aaguid: null,
    })
    const identity = (providerId: string, createdAt: Date) => ({
      id: `${userId}-${providerId}`, account_id: `${providerId}-subject`, provider_id: providerId, user_id: userId, access_token: null, refresh_token: null,
      id_token: null, access_token_expires_at: null, refresh_token_expires_at: null, scope: 'openid email', password: null, created_at: createdAt, updated_at: createdAt,
    })
    // The owner's own, from before.
    const before = new Date(clock.now().getTime() - HOUR)
    await app.db.insertInto('passkey').values(passkey(`${userId}-owners`, before)).execute()
    await app.db.insertInto('account').values(identity('acme', before)).execute()
    const { undoToken } = await changed(user, uniqueEmail('v1-passkey-intruder'))
    // Whoever changed the address adds a passkey and links their own identity.
    clock.advance(1_000)
    await app.db.insertInto('passkey').values(passkey(`${userId}-intruders`, clock.now())).execute()
    await app.db.insertInto('account').values(identity('globex', clock.now())).execute()

    t.equal((await hey.v1UndoEmailChange({ client, body: { token: undoToken } })).response.status, 200)
    const passkeys = await app.db.selectFrom('passkey').select('id').where('user_id', '=', userId).execute()
    t.same(passkeys.map((row) => row.id), [`${userId}-owners`], "the intruder's passkey is gone, the owner's stays")
    const accounts = await app.db.selectFrom('account').select('provider_id').where('user_id', '=', userId).orderBy('provider_id').execute()
    t.same(accounts.map((row) => row.provider_id), ['acme', 'credential'], "the intruder's identity is unlinked; the owner's and the (replaced) password stay")
    const [undone] = await listAuditEvents(app.db, { userId, type: 'email.change_undone' })
    t.match(undone?.detail, { passkeysRemoved: 1, identitiesRemoved: 1 })
    await mailSettled(app)
    mail.messages.length = 0
  })
})

export type { FastifyInstance, MailCatcher }
