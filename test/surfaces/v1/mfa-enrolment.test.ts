import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { totpFromUri } from '../../totp.js'
import { codeFor, registerUser, V1 } from './v1-helper.js'

t.test('a second factor needs a confirmed address, and no sign-in skips it', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  /** An account signed up natively, address unconfirmed: its session cookie reaches the REST MFA routes. */
  async function unconfirmed(): Promise<{ email: string; cookie: string; userId: string }> {
    const email = uniqueEmail('unconfirmed')
    const signUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'U' } })
    return { email, cookie: cookieHeader(signUp.headers['set-cookie']), userId: signUp.json().user.id }
  }

  await t.test('POST /mfa/setup → 403 EMAIL_NOT_VERIFIED on an unconfirmed address, and no secret is stored', async (t) => {
    const user = await unconfirmed()
    const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN }, payload: { password: PASSWORD } })
    t.equal(setup.statusCode, 403)
    t.equal(setup.json().code, 'EMAIL_NOT_VERIFIED')
    t.equal((await app.db.selectFrom('two_factor').select('id').where('user_id', '=', user.userId).execute()).length, 0)
  })

  await t.test('POST /mfa/enable → 403 EMAIL_NOT_VERIFIED on an unconfirmed address, and MFA stays off', async (t) => {
    // A secret set up while the address was confirmed, then the address is unconfirmed again
    // (as for accounts set up before the rule): enabling must still change nothing.
    const user = await registerUser(app, mail)
    const headers = { authorization: `Bearer ${user.accessToken}` }
    const { totpURI } = (await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } })).json()
    await app.db.updateTable('user').set({ email_verified: false }).where('id', '=', user.user.id).execute()
    const enable = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers, payload: { code: totpFromUri(totpURI) } })
    t.equal(enable.statusCode, 403)
    t.equal(enable.json().code, 'EMAIL_NOT_VERIFIED')
    const row = await app.db.selectFrom('user').select('two_factor_enabled').where('id', '=', user.user.id).executeTakeFirstOrThrow()
    t.equal(row.two_factor_enabled, false, 'a refused enrolment changes nothing')
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers })).statusCode, 200, 'and the session is untouched')
  })

  await t.test('the mailbox alone gets no tokens: setup → enable → resend → code → complete-registration', async (t) => {
    const user = await unconfirmed()
    const headers = { cookie: user.cookie, origin: FRONTEND_ORIGIN }
    const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } })
    if (setup.statusCode === 200) await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers, payload: { code: totpFromUri(setup.json().totpURI) } })
    await app.inject({ method: 'POST', url: `${V1}/resend-verification`, payload: { email: user.email } })
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email: user.email, code: await codeFor(mail, user.email) } })
    const completed = await app.inject({ method: 'POST', url: `${V1}/complete-registration`, payload: { registrationToken: verified.json().registrationToken } })
    const row = await app.db.selectFrom('user').select('two_factor_enabled').where('id', '=', user.userId).executeTakeFirstOrThrow()
    t.ok(completed.statusCode === 200 ? row.two_factor_enabled !== true : completed.json().code === 'MFA_REQUIRED', `no second factor was skipped (${completed.statusCode})`)
    t.equal(row.two_factor_enabled, false, 'no second factor was ever enrolled on the unconfirmed address')
  })

  await t.test('POST /complete-registration → 401 MFA_REQUIRED for an account with a second factor, and no session', async (t) => {
    const email = uniqueEmail('mfa-complete')
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'A' } })
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: await codeFor(mail, email) } })
    const { registrationToken, user } = verified.json()
    // The address is confirmed now: a second factor can be enrolled before the token is used.
    const login = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email, password: PASSWORD } })
    const headers = { authorization: `Bearer ${login.json().accessToken}` }
    const { totpURI } = (await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } })).json()
    t.equal((await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers, payload: { code: totpFromUri(totpURI) } })).statusCode, 200)
    const sessionsBefore = await app.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute()
    const completed = await app.inject({ method: 'POST', url: `${V1}/complete-registration`, payload: { registrationToken, name: 'Changed' } })
    t.equal(completed.statusCode, 401)
    t.equal(completed.json().code, 'MFA_REQUIRED')
    t.notOk(completed.headers['set-cookie'], 'no cookie')
    t.equal((await app.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute()).length, sessionsBefore.length, 'no session created')
    t.equal((await app.db.selectFrom('user').select('name').where('id', '=', user.id).executeTakeFirstOrThrow()).name, 'A', 'the profile is unchanged')
    const challenge = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email, password: PASSWORD } })
    t.equal(challenge.json().mfaRequired, true, 'login asks for the second factor')
  })

  await t.test('every session our code creates itself goes through the second-factor guard', async (t) => {
    const root = path.resolve(import.meta.dirname, '../../../src')
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => statSync(path.join(dir, name)).isDirectory() ? walk(path.join(dir, name)) : [path.join(dir, name)])
    })(root)
    const creating = files.filter((file) => /internalAdapter\s*\.\s*createSession\b/.test(readFileSync(file, 'utf8')))
    t.same(creating.map((file) => path.relative(root, file)), ['auth/direct-session.ts'], 'only createDirectSession, which asks for the second factor')
  })
})
