import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { cheapPasswordHasher, FRONTEND_ORIGIN, PASSWORD, signUp, testConfig, uniqueEmail, type TestContext } from '../helper.js'
import { firstLink, startMailCatcher, type MailCatcher } from '../mail-catcher.js'

/** The endpoints that always answer the same, with a body for an email. */
const ENDPOINTS = [
  { url: '/api/auth/forgot-password', body: (email: string) => ({ email, redirectTo: `${FRONTEND_ORIGIN}/reset` }), subject: /reset/i },
  { url: '/api/auth/request-password-reset', body: (email: string) => ({ email, redirectTo: `${FRONTEND_ORIGIN}/reset` }), subject: /reset/i },
  { url: '/api/v1/better-auth/request-password-reset', body: (email: string) => ({ email, redirectTo: `${FRONTEND_ORIGIN}/reset` }), subject: /reset/i },
  { url: '/api/auth/send-verification-email', body: (email: string) => ({ email, callbackURL: `${FRONTEND_ORIGIN}/verified` }), subject: /verify/i },
  { url: '/api/v1/better-auth/resend-verification', body: (email: string) => ({ email }), subject: /verification code/i },
] as const

/** A gate the work after each answer waits on, so the test sees what the answer alone did. */
function createGate(): { wait: () => Promise<void>; close: () => void; open: () => void } {
  let release: (() => void) | undefined
  let closed: Promise<void> | undefined
  return {
    wait: async () => closed,
    close: () => { closed = new Promise<void>((resolve) => { release = resolve }) },
    open: () => { release?.(); closed = undefined },
  }
}

async function buildGated(t: TestContext, mail: MailCatcher, gate: { wait: () => Promise<void> }): Promise<FastifyInstance> {
  const config = await testConfig(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const app = await buildApp(config, { logger: process.env.DEBUG_LOG === '1' ? { level: 'debug', stream: process.stderr } : false, purgeIntervalMs: 0, backgroundGate: gate.wait, passwordHasher: cheapPasswordHasher })
  t.teardown(() => app.close())
  await app.ready()
  return app
}

async function countVerifications(app: FastifyInstance): Promise<number> {
  const row = await app.db.selectFrom('verification').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()
  return Number(row.count)
}

t.test('endpoints that always answer the same answer before any account-dependent work', async (t) => {
  const mail = await startMailCatcher(t)
  const gate = createGate()
  const app = await buildGated(t, mail, gate)

  for (const endpoint of ENDPOINTS) {
    await t.test(`POST ${endpoint.url}: the answer is sent before the account is looked up; the email follows`, async (t) => {
      const known = (await signUp(app, uniqueEmail('known'))).email
      await mail.waitFor(known, /verify/i)
      mail.messages.length = 0
      const unknown = uniqueEmail('nobody')
      gate.close()
      const before = await countVerifications(app)
      const answers = []
      for (const email of [known, unknown]) {
        answers.push(await app.inject({ method: 'POST', url: endpoint.url, headers: { origin: FRONTEND_ORIGIN }, payload: endpoint.body(email) }))
      }
      t.same(answers.map((answer) => answer.statusCode), [200, 200])
      t.equal(answers[0]!.body, answers[1]!.body, 'the same answer for both')
      t.equal(await countVerifications(app), before, 'no token or code was created before the answers')
      t.equal(mail.messages.length, 0, 'no email went out before the answers')
      gate.open()
      await app.afterResponse.idle()
      const message = await mail.waitFor(known, endpoint.subject)
      t.ok(message, 'the email to the account arrives after the answer')
    })
  }
})

t.test('the emails still arrive and the flows complete', async (t) => {
  const mail = await startMailCatcher(t)
  const gate = createGate()
  const app = await buildGated(t, mail, gate)

  await t.test('forgot-password → the emailed link resets the password', async (t) => {
    const user = await signUp(app)
    await app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: { origin: FRONTEND_ORIGIN }, payload: { email: user.email, redirectTo: `${FRONTEND_ORIGIN}/reset` } })
    const link = firstLink((await mail.waitFor(user.email, /reset/i)).text)
    const token = /reset-password\/([^?]+)/.exec(link)![1]!
    const reset = await app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: { origin: FRONTEND_ORIGIN }, payload: { token, newPassword: `${PASSWORD}-2` } })
    t.equal(reset.statusCode, 200)
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: `${PASSWORD}-2` } })
    t.equal(signIn.statusCode, 200)
  })

  await t.test('resend-verification → the new code verifies the address', async (t) => {
    const email = uniqueEmail('resend')
    await app.inject({ method: 'POST', url: '/api/v1/better-auth/register', payload: { email, password: PASSWORD, name: 'R' } })
    await mail.waitFor(email, /verification code/i)
    mail.messages.length = 0
    await app.inject({ method: 'POST', url: '/api/v1/better-auth/resend-verification', payload: { email } })
    const code = /\b(\d{6})\b/.exec((await mail.waitFor(email, /verification code/i)).text)![1]!
    const verified = await app.inject({ method: 'POST', url: '/api/v1/better-auth/verify-email', payload: { email, code } })
    t.equal(verified.statusCode, 200)
  })

  await t.test('closing the app waits for work still running after an answer', async (t) => {
    const user = await signUp(app)
    mail.messages.length = 0
    gate.close()
    await app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: { origin: FRONTEND_ORIGIN }, payload: { email: user.email, redirectTo: `${FRONTEND_ORIGIN}/reset` } })
    setTimeout(() => gate.open(), 50)
    await app.close()
    t.equal(mail.messages.filter((message) => message.to.includes(user.email) && /reset/i.test(message.subject)).length, 1, 'the email went out before close resolved')
  })
})
