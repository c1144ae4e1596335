import fc from 'fast-check'
import t, { type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { startRefreshFamily } from '../../src/sessions/refresh-token-repository.js'
import { findSessionByToken } from '../../src/sessions/session-repository.js'
import { randomToken } from '../../src/sessions/token-hash.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../helper.js'
import { firstLink, startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { codeFor, V1 } from '../surfaces/v1/v1-helper.js'

const ATTACKER_PASSWORD = 'attacker-chose-this-1'
const OWNER_PASSWORD = PASSWORD

/** Everything someone signed in to an unconfirmed address can hold, on every surface. */
interface Foothold {
  readonly cookie: string
  readonly jwt: string
  readonly accessToken: string
  readonly refreshToken: string
}

/**
 * Signs in as the attacker with their password: a native session cookie and an `/auth` JWT. The
 * REST surface issues no tokens to an unconfirmed address, so an access token and a refresh
 * family are minted for the attacker's session directly, as if issued some other way earlier:
 * confirmation must end them whatever issued them.
 */
async function foothold(app: FastifyInstance, email: string): Promise<Foothold> {
  const native = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: ATTACKER_PASSWORD } })
  if (native.statusCode !== 200) throw new Error(`native sign-in: ${native.statusCode} ${native.body}`)
  const jwtLogin = await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password: ATTACKER_PASSWORD } })
  if (jwtLogin.statusCode !== 200) throw new Error(`/auth/login: ${jwtLogin.statusCode} ${jwtLogin.body}`)
  const session = (await findSessionByToken(app.db, native.json().token))!
  const expiresAt = new Date(Date.now() + 30 * 24 * 3600_000)
  const refreshToken = randomToken()
  await startRefreshFamily(app.db, { token: refreshToken, userId: session.user_id, sessionId: session.id, expiresAt })
  const accessToken = await app.accessTokens.sign('access', { userId: session.user_id, sessionId: session.id, expiresAt: new Date(Date.now() + 900_000) })
  return { cookie: cookieHeader(native.headers['set-cookie']), jwt: jwtLogin.json().token, accessToken, refreshToken }
}

/** Asserts that nothing of the foothold opens anything any more. */
async function assertFootholdGone(t: Test, app: FastifyInstance, held: Foothold): Promise<void> {
  t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: held.cookie } })).body, 'null', 'the session cookie is signed out')
  t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${held.jwt}` } })).statusCode, 401, 'the /auth JWT is refused')
  t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${held.accessToken}` } })).statusCode, 401, 'the access token is refused')
  t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: held.refreshToken } })).statusCode, 401, 'the refresh token is refused')
}

async function passwordWorks(app: FastifyInstance, email: string, password: string): Promise<boolean> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password } })
  return response.statusCode === 200
}

async function registerV1(app: FastifyInstance, mail: MailCatcher, email: string, password: string): Promise<{ code: string; body: Record<string, unknown> }> {
  const response = await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password, name: password === OWNER_PASSWORD ? 'Owner' : 'Attacker' } })
  if (response.statusCode !== 201) throw new Error(`register: ${response.statusCode} ${response.body}`)
  return { code: await codeFor(mail, email), body: response.json() }
}

async function verificationLinkToken(mail: MailCatcher, email: string): Promise<string> {
  const message = await mail.waitFor(email, /verify your email/i)
  mail.messages.splice(mail.messages.indexOf(message), 1)
  return new URL(firstLink(message.text)).searchParams.get('token')!
}

t.test('an unconfirmed address owns nothing once its owner confirms it', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  await t.test('v1: attacker registers first, owner registers and confirms with their code → the attacker\'s password and every credential end', async (t) => {
    const email = uniqueEmail('victim')
    await registerV1(app, mail, email, ATTACKER_PASSWORD)
    const held = await foothold(app, email)
    const owner = await registerV1(app, mail, email, OWNER_PASSWORD)
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: owner.code } })
    t.equal(verified.statusCode, 200, verified.body)
    t.equal(verified.json().user.name, 'Owner', 'the name of the confirmed registration')
    await assertFootholdGone(t, app, held)
    t.notOk(await passwordWorks(app, email, ATTACKER_PASSWORD), 'the attacker\'s password fails')
    t.ok(await passwordWorks(app, email, OWNER_PASSWORD), 'the owner\'s password works')
    const v1Login = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email, password: OWNER_PASSWORD } })
    t.equal(v1Login.statusCode, 200)
    const events = await app.db.selectFrom('audit_event').select(['type', 'detail']).where('type', '=', 'email.verified').where('email', '=', email).execute()
    t.same(events.map((event) => event.detail), [{ via: 'code' }], 'the confirmation is in the audit trail')
    t.equal((await app.db.selectFrom('pending_registration').select('id').where('email', '=', email).execute()).length, 0, 'no registration left pending')
  })

  await t.test('v1: owner registers first, attacker after → the owner\'s code still works and the attacker\'s registration owns nothing', async (t) => {
    const email = uniqueEmail('victim')
    const owner = await registerV1(app, mail, email, OWNER_PASSWORD)
    const attacker = await registerV1(app, mail, email, ATTACKER_PASSWORD)
    t.same(Object.keys(attacker.body).sort(), Object.keys(owner.body).sort(), 'answered as a new registration')
    t.same(Object.keys(attacker.body.user as object).sort(), Object.keys(owner.body.user as object).sort())
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: owner.code } })
    t.equal(verified.statusCode, 200, 'a later registration does not kill the owner\'s code')
    t.notOk(await passwordWorks(app, email, ATTACKER_PASSWORD))
    t.ok(await passwordWorks(app, email, OWNER_PASSWORD))
    const late = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: attacker.code } })
    t.equal(late.statusCode, 400, 'the other registration\'s code is dead')
  })

  await t.test('v1: the registration whose code confirms the address is the one that counts, and what was issued before ends either way', async (t) => {
    const email = uniqueEmail('victim')
    const attacker = await registerV1(app, mail, email, ATTACKER_PASSWORD)
    const held = await foothold(app, email)
    await registerV1(app, mail, email, OWNER_PASSWORD)
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: attacker.code } })
    t.equal(verified.statusCode, 200)
    t.ok(await passwordWorks(app, email, ATTACKER_PASSWORD), 'that registration\'s password')
    t.notOk(await passwordWorks(app, email, OWNER_PASSWORD))
    await assertFootholdGone(t, app, held)
  })

  await t.test('v1: any order of registrations, any one confirmed → exactly its password works (fast-check)', async (t) => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.nat(), async (count, pick) => {
      const email = uniqueEmail('order')
      const passwords = Array.from({ length: count }, (_, index) => `password-number-${index}`)
      const codes: string[] = []
      for (const password of passwords) codes.push((await registerV1(app, mail, email, password)).code)
      const chosen = pick % count
      const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: codes[chosen] } })
      t.equal(verified.statusCode, 200)
      for (const [index, password] of passwords.entries()) t.equal(await passwordWorks(app, email, password), index === chosen, `registration ${index} of ${count}, ${chosen} confirmed`)
      for (const [index, code] of codes.entries()) {
        if (index === chosen || code === codes[chosen]) continue
        t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code } })).statusCode, 400)
      }
    }), { numRuns: 8 })
  })

  await t.test('native sign-up by the attacker, v1 registration by the owner → the attacker\'s session, JWT and password end', async (t) => {
    const email = uniqueEmail('victim')
    const signUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: ATTACKER_PASSWORD, name: 'Attacker' } })
    t.equal(signUp.statusCode, 200)
    await verificationLinkToken(mail, email)
    const held = await foothold(app, email)
    const owner = await registerV1(app, mail, email, OWNER_PASSWORD)
    t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: owner.code } })).statusCode, 200)
    await assertFootholdGone(t, app, held)
    t.notOk(await passwordWorks(app, email, ATTACKER_PASSWORD))
    t.ok(await passwordWorks(app, email, OWNER_PASSWORD))
  })

  for (const how of ['GET link', 'POST token', 'GET link with callbackURL'] as const) {
    await t.test(`/auth/signup by the attacker, owner confirms by ${how} → everything issued before ends`, async (t) => {
      const email = uniqueEmail('victim')
      const signUp = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email, password: ATTACKER_PASSWORD, name: 'Attacker' } })
      t.equal(signUp.statusCode, 200)
      const token = await verificationLinkToken(mail, email)
      const held = await foothold(app, email)
      const confirmed = how === 'POST token'
        ? await app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token } })
        : await app.inject({ method: 'GET', url: `/api/auth/verify-email?token=${token}${how === 'GET link with callbackURL' ? `&callbackURL=${encodeURIComponent(`${FRONTEND_ORIGIN}/welcome`)}` : ''}` })
      t.equal(confirmed.statusCode, how === 'GET link with callbackURL' ? 302 : 200, confirmed.body)
      await assertFootholdGone(t, app, held)
      const events = await app.db.selectFrom('audit_event').select('detail').where('type', '=', 'email.verified').where('email', '=', email).execute()
      t.same(events.map((event) => event.detail), [{ via: 'link' }])
    })
  }

  await t.test('a completed password reset confirms the address and ends everything issued before', async (t) => {
    const email = uniqueEmail('victim')
    await app.inject({ method: 'POST', url: '/auth/signup', payload: { email, password: ATTACKER_PASSWORD, name: 'Attacker' } })
    const held = await foothold(app, email)
    await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email } })
    const token = new URL(firstLink((await mail.waitFor(email, /reset/i)).text)).pathname.split('/').pop()!
    const reset = await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token, password: OWNER_PASSWORD } })
    t.equal(reset.statusCode, 200, reset.body)
    await assertFootholdGone(t, app, held)
    t.notOk(await passwordWorks(app, email, ATTACKER_PASSWORD))
    const user = await app.db.selectFrom('user').select('email_verified').where('email', '=', email).executeTakeFirstOrThrow()
    t.equal(user.email_verified, true, 'the reset proved the mailbox')
    const login = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email, password: OWNER_PASSWORD } })
    t.equal(login.statusCode, 200, 'the owner signs in on every surface')
  })

  await t.test('POST /register → 409 EMAIL_ALREADY_EXISTS for a confirmed address, and nothing pending', async (t) => {
    const email = uniqueEmail('taken')
    const owner = await registerV1(app, mail, email, OWNER_PASSWORD)
    await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: owner.code } })
    const again = await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: ATTACKER_PASSWORD, name: 'Attacker' } })
    t.equal(again.statusCode, 409)
    t.equal(again.json().code, 'EMAIL_ALREADY_EXISTS')
    t.equal((await app.db.selectFrom('pending_registration').select('id').where('email', '=', email).execute()).length, 0)
  })

  await t.test('POST /resend-verification → a new code for the newest registration; the older ones keep theirs', async (t) => {
    const email = uniqueEmail('resend')
    const first = await registerV1(app, mail, email, 'first-password-1')
    await registerV1(app, mail, email, 'second-password-2')
    await app.inject({ method: 'POST', url: `${V1}/resend-verification`, payload: { email } })
    const resent = await codeFor(mail, email)
    t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: resent } })).statusCode, 200)
    t.ok(await passwordWorks(app, email, 'second-password-2'), 'the resent code confirms the newest registration')
    t.notOk(await passwordWorks(app, email, 'first-password-1'))
    t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: first.code } })).statusCode, 400)
  })

  await t.test('three wrong codes per address, across all its registrations, spend them all', async (t) => {
    const email = uniqueEmail('tries')
    const a = await registerV1(app, mail, email, 'first-password-1')
    const b = await registerV1(app, mail, email, 'second-password-2')
    const wrong = ['000000', '111111', '222222', '333333'].filter((code) => code !== a.code && code !== b.code).slice(0, 2)
    for (const code of wrong) t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code } })).statusCode, 400)
    const c = await registerV1(app, mail, email, 'third-password-3')
    const third = ['444444', '555555', '666666'].find((code) => ![a.code, b.code, c.code].includes(code))!
    t.match((await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: third } })).json().message, /request a new code/i, 'registering again buys no more guesses')
    for (const code of [a.code, b.code, c.code]) t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code } })).statusCode, 400)
  })

  await t.test('concurrent registrations of one address: every one 201, exactly one user, no 5xx; one code confirms', async (t) => {
    const email = uniqueEmail('burst')
    const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => app.inject({
      method: 'POST', url: `${V1}/register`, payload: { email, password: `burst-password-${index}`, name: `Racer ${index}` },
    })))
    t.same([...new Set(answers.map((answer) => answer.statusCode))], [201], 'every registration is answered as new')
    t.equal((await app.db.selectFrom('user').select('id').where('email', '=', email).execute()).length, 1, 'one user')
    t.equal(new Set(answers.map((answer) => answer.json().user.id)).size, 1, 'they all name it')
    const code = await codeFor(mail, email)
    t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code } })).statusCode, 200)
  })

  await t.test('concurrent sign-ups on every surface at once for one address: one user, no 5xx', async (t) => {
    const email = uniqueEmail('mixed')
    const routes = ['/api/auth/sign-up/email', '/auth/signup', `${V1}/register`]
    const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => app.inject({
      method: 'POST', url: routes[index % routes.length]!, payload: { email, password: `mixed-password-${index}`, name: `Racer ${index}` },
    })))
    const statuses = answers.map((answer) => answer.statusCode)
    t.equal(statuses.filter((status) => status >= 500).length, 0, `no 5xx (${statuses.join(', ')})`)
    t.equal((await app.db.selectFrom('user').select('id').where('email', '=', email).execute()).length, 1, 'one user')
  })
})
