import t from 'tap'
import { build, uniqueEmail } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { codeIn, confirmedUser, lastMail, sentTo, tokenIn, userWithTotp } from '../email-sign-in-helper.js'

const START = '/auth/email-sign-in/start'
const VERIFY = '/auth/email-sign-in/verify'

t.test('sign-in by email on /auth', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  await t.test(`POST ${VERIFY} → a JWT for the code, once; /auth/me answers with it`, async (t) => {
    const { email, userId } = await confirmedUser(app)
    const started = await app.inject({ method: 'POST', url: START, payload: { email } })
    t.equal(started.statusCode, 200)
    const sent = await lastMail(app, mail, email, 'email_sign_in')
    const signedIn = await app.inject({ method: 'POST', url: VERIFY, payload: { email, code: codeIn(sent) } })
    t.equal(signedIn.statusCode, 200, signedIn.body)
    const me = await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${signedIn.json().token as string}` } })
    t.equal(me.json().id, userId)
    const again = await app.inject({ method: 'POST', url: VERIFY, payload: { email, code: codeIn(sent) } })
    t.equal(again.statusCode, 422)
    t.same(again.json(), { detail: 'Invalid or expired code' })
    const link = await app.inject({ method: 'POST', url: VERIFY, payload: { token: tokenIn(sent) } })
    t.equal(link.statusCode, 401)
    t.same(link.json(), { detail: 'Invalid or expired token' })
  })

  await t.test(`POST ${VERIFY} → a JWT for the link's token`, async (t) => {
    const { email, userId } = await confirmedUser(app)
    await app.inject({ method: 'POST', url: START, payload: { email } })
    const signedIn = await app.inject({ method: 'POST', url: VERIFY, payload: { token: tokenIn(await lastMail(app, mail, email, 'email_sign_in')) } })
    t.equal(signedIn.statusCode, 200, signedIn.body)
    t.equal(signedIn.json().user.id, userId)
  })

  await t.test(`POST ${VERIFY} → 401 for a user with a second factor, as login answers`, async (t) => {
    const { email, userId } = await userWithTotp(app)
    const sessions = async (): Promise<number> => (await app.db.selectFrom('session').select('id').where('user_id', '=', userId).execute()).length
    const before = await sessions()
    await app.inject({ method: 'POST', url: START, payload: { email } })
    const refused = await app.inject({ method: 'POST', url: VERIFY, payload: { email, code: codeIn(await lastMail(app, mail, email, 'email_sign_in')) } })
    t.equal(refused.statusCode, 401)
    t.same(refused.json(), { detail: 'Multi-factor authentication required' })
    t.equal(await sessions(), before, 'no session was left')
  })

  await t.test(`POST ${START} → the same answer for an unknown address, and no email`, async (t) => {
    const { email } = await confirmedUser(app)
    const unknown = uniqueEmail('nobody')
    const known = await app.inject({ method: 'POST', url: START, payload: { email } })
    const other = await app.inject({ method: 'POST', url: START, payload: { email: unknown } })
    t.same([other.statusCode, other.body], [known.statusCode, known.body])
    t.same(await sentTo(app, unknown), [])
    await lastMail(app, mail, email, 'email_sign_in')
  })

  await t.test(`POST ${VERIFY} → 422 without exactly one of code and token`, async (t) => {
    const refused = await app.inject({ method: 'POST', url: VERIFY, payload: { email: uniqueEmail() } })
    t.equal(refused.statusCode, 422)
  })
})
