import t from 'tap'
import { createClient, createConfig } from '../../sdk/generated/hey-api/client/index.js'
import * as hey from '../../sdk/generated/hey-api/sdk.gen.js'
import { followingClock } from '../../clock.js'
import { FRONTEND_ORIGIN, listen, uniqueEmail } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { unusedTotp } from '../../totp.js'
import { codeIn, confirmedUser, lastMail, sentTo, tokenIn, userWithTotp } from '../email-sign-in-helper.js'

/**
 * `/api/v1`'s sign-in by email, driven as a client team drives it: through the client
 * @hey-api/openapi-ts generates from openapi.yaml, against a listening service.
 */
t.test('POST /api/v1/better-auth/email-sign-in/* through the generated client', async (t) => {
  const clock = followingClock()
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })
  const client = createClient(createConfig({ baseUrl: url }))
  const start = async (email: string, redirectTo?: string) => hey.v1EmailSignInStart({ client, body: { email, ...(redirectTo === undefined ? {} : { redirectTo }) } })
  const verify = async (body: { email?: string; code?: string; token?: string }) => hey.v1EmailSignInVerify({ client, body })
  const bearerOf = (token: string) => ({ client, auth: (scheme: { scheme?: string }) => (scheme.scheme === 'bearer' ? token : undefined) })

  await t.test('start → one email with a front-end link and a code; the code signs in once, and spends the link', async (t) => {
    const { email, userId } = await confirmedUser(app)
    const started = await start(email, `${FRONTEND_ORIGIN}/finish`)
    t.equal(started.response.status, 200)
    t.same(started.data, { success: true, message: 'If the address can sign in, a sign-in email has been sent' })
    const sent = await lastMail(app, mail, email, 'email_sign_in')
    t.match(sent.link, new RegExp(`^${FRONTEND_ORIGIN}/finish\\?token=`), 'the link opens the front end, which hands the token over')
    const signedIn = await verify({ email, code: codeIn(sent) })
    t.equal(signedIn.response.status, 200)
    t.equal(signedIn.data?.kind, 'tokens')
    const tokens = signedIn.data as { accessToken: string; refreshToken: string; user: { id: string } }
    t.equal(tokens.user.id, userId)
    t.equal((await hey.v1Me(bearerOf(tokens.accessToken))).data?.user.id, userId, 'the access token works')
    t.equal((await hey.v1RefreshToken({ client, body: { refreshToken: tokens.refreshToken } })).response.status, 200, 'the refresh token works')
    const reused = await verify({ email, code: codeIn(sent) })
    t.equal(reused.response.status, 400)
    t.equal(reused.error?.error.code, 'INVALID_CODE')
    const link = await verify({ token: tokenIn(sent) })
    t.equal(link.response.status, 400)
    t.equal(link.error?.error.code, 'INVALID_TOKEN', "the same email's link is spent too")
    const event = await app.db.selectFrom('audit_event').select('detail').where('user_id', '=', userId).where('type', '=', 'sign_in.succeeded').orderBy('occurred_at', 'desc').executeTakeFirst()
    t.same(event?.detail, { method: 'email_code' })
  })

  await t.test("the link's token signs in once, and spends the code", async (t) => {
    const { email, userId } = await confirmedUser(app)
    await start(email)
    const sent = await lastMail(app, mail, email, 'email_sign_in')
    t.match(sent.link, /^http:\/\/localhost:3000\/email-sign-in\?token=/, 'EMAIL_SIGN_IN_URL without a redirectTo')
    const signedIn = await verify({ token: tokenIn(sent) })
    t.equal(signedIn.response.status, 200)
    t.equal((signedIn.data as { user: { id: string } }).user.id, userId)
    t.equal((await verify({ token: tokenIn(sent) })).error?.error.code, 'INVALID_TOKEN')
    t.equal((await verify({ email, code: codeIn(sent) })).error?.error.code, 'INVALID_CODE')
    const event = await app.db.selectFrom('audit_event').select('detail').where('user_id', '=', userId).where('type', '=', 'sign_in.succeeded').orderBy('occurred_at', 'desc').executeTakeFirst()
    t.same(event?.detail, { method: 'magic_link' })
  })

  await t.test('a new email replaces the last code', async (t) => {
    const { email } = await confirmedUser(app)
    await start(email)
    const first = await lastMail(app, mail, email, 'email_sign_in')
    await start(email)
    const second = await lastMail(app, mail, email, 'email_sign_in')
    if (codeIn(first) !== codeIn(second)) t.equal((await verify({ email, code: codeIn(first) })).error?.error.code, 'INVALID_CODE')
    t.equal((await verify({ email, code: codeIn(second) })).response.status, 200)
  })

  await t.test('wrong codes: three, then even the right one is refused', async (t) => {
    const { email } = await confirmedUser(app)
    await start(email)
    const code = codeIn(await lastMail(app, mail, email, 'email_sign_in'))
    const wrong = code === '999999' ? '888888' : '999999'
    for (let attempt = 0; attempt < 3; attempt += 1) t.equal((await verify({ email, code: wrong })).error?.error.code, 'INVALID_CODE')
    t.equal((await verify({ email, code })).error?.error.code, 'INVALID_CODE')
  })

  await t.test('the code and the link lapse after ten minutes', async (t) => {
    const { email } = await confirmedUser(app)
    await start(email)
    const sent = await lastMail(app, mail, email, 'email_sign_in')
    clock.advance(10 * 60 * 1000 + 1000)
    t.teardown(() => clock.advance(-(10 * 60 * 1000 + 1000)))
    t.equal((await verify({ email, code: codeIn(sent) })).error?.error.code, 'INVALID_CODE')
    t.equal((await verify({ token: tokenIn(sent) })).error?.error.code, 'INVALID_TOKEN')
  })

  await t.test('an unknown address: the same answer, no email, and no account', async (t) => {
    const { email } = await confirmedUser(app)
    const unknown = uniqueEmail('nobody')
    const known = await start(email)
    const other = await start(unknown)
    t.equal(other.response.status, known.response.status)
    t.same(other.data, known.data)
    const names = (response: Response): string[] => [...response.headers.keys()].filter((name) => !['x-request-id', 'date'].includes(name)).sort()
    t.same(names(other.response), names(known.response))
    t.same(await sentTo(app, unknown), [])
    t.same(await sentTo(app, email), ['email_sign_in'])
    await lastMail(app, mail, email, 'email_sign_in')
    t.equal((await verify({ email: unknown, code: '123456' })).error?.error.code, 'INVALID_CODE')
  })

  await t.test('a banned account: the same answer, and no email while the ban lasts', async (t) => {
    const { email, userId } = await confirmedUser(app)
    const until = new Date(clock.nowMs() + 60 * 60 * 1000)
    await app.db.updateTable('user').set({ banned_at: clock.now(), ban_expires_at: until }).where('id', '=', userId).execute()
    const refused = await start(email)
    t.equal(refused.response.status, 200)
    t.same(refused.data, { success: true, message: 'If the address can sign in, a sign-in email has been sent' })
    t.same(await sentTo(app, email), [], 'nothing sent to a banned account')
    await app.db.updateTable('user').set({ ban_expires_at: new Date(clock.nowMs() - 1000) }).where('id', '=', userId).execute()
    await start(email)
    t.same(await sentTo(app, email), ['email_sign_in'], 'a ban that has ended no longer holds the email back')
  })

  await t.test('a user with TOTP gets the MFA challenge, and verify-mfa completes it', async (t) => {
    const { email, userId, totpURI, spent } = await userWithTotp(app)
    await start(email)
    const challenged = await verify({ email, code: codeIn(await lastMail(app, mail, email, 'email_sign_in')) })
    t.equal(challenged.response.status, 200)
    t.equal(challenged.data?.kind, 'mfa_challenge')
    t.equal(challenged.response.headers.get('set-cookie'), null, 'no cookies before the second factor')
    const { mfaToken } = challenged.data as { mfaToken: string }
    const completed = await hey.v1VerifyMfa({ client, body: { mfaToken, code: unusedTotp(totpURI, spent) } })
    t.equal(completed.response.status, 200)
    t.equal(completed.data?.user.id, userId)
    const required = await app.db.selectFrom('audit_event').select('detail').where('user_id', '=', userId).where('type', '=', 'sign_in.second_factor_required').executeTakeFirst()
    t.same(required?.detail, { method: 'email_code' })
  })

  await t.test('a user with TOTP signing in by the link gets the MFA challenge too', async (t) => {
    const { email } = await userWithTotp(app)
    await start(email)
    const challenged = await verify({ token: tokenIn(await lastMail(app, mail, email, 'email_sign_in')) })
    t.equal(challenged.data?.kind, 'mfa_challenge')
  })

  await t.test('not exactly one of code (with email) and token → VALIDATION_ERROR', async (t) => {
    for (const body of [{}, { email: uniqueEmail() }, { code: '123456' }, { email: uniqueEmail(), code: '123456', token: 'x' }]) {
      const refused = await verify(body)
      t.equal(refused.response.status, 400)
      t.equal(refused.error?.error.code, 'VALIDATION_ERROR')
    }
  })

  await t.test('a redirectTo off the allowed origins is refused', async (t) => {
    const refused = await start(uniqueEmail(), 'https://evil.example/sign-in')
    t.equal(refused.response.status, 400)
    t.equal(refused.error?.error.code, 'INVALID_REDIRECT')
  })
})

t.test('EMAIL_SIGN_UP=true: an unknown address signs up, verified, by the code', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { EMAIL_SIGN_UP: 'true', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const client = createClient(createConfig({ baseUrl: url }))
  const email = uniqueEmail('newcomer')
  await hey.v1EmailSignInStart({ client, body: { email, name: 'New Comer' } })
  const signedIn = await hey.v1EmailSignInVerify({ client, body: { email, code: codeIn(await lastMail(app, mail, email, 'email_sign_in')) } })
  t.equal(signedIn.response.status, 200)
  const { user } = signedIn.data as { user: { email: string; emailVerified: boolean; name: string } }
  t.same([user.email, user.emailVerified, user.name], [email, true, 'New Comer'])
})
