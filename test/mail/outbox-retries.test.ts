import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { retryDelayMs } from '../../src/outbox/retry-delay.js'
import { purgeFinishedEmails } from '../../src/sessions/email-outbox-repository.js'
import { build, cheapPasswordHasher, FRONTEND_ORIGIN, signUp, testConfig, uniqueEmail, type TestContext } from '../helper.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'

const BASE_MS = 150

async function outboxRows(app: FastifyInstance, recipient: string) {
  return app.db.selectFrom('email_outbox').selectAll().where('recipient', '=', recipient).orderBy('created_at').execute()
}

/** The app with its logs kept, as JSON lines. */
async function buildLogged(t: TestContext, env: Record<string, string>): Promise<{ app: FastifyInstance; lines: string[] }> {
  const lines: string[] = []
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(...String(chunk).split('\n').filter(Boolean)); done() } })
  const app = await buildApp(await testConfig(t, { LOG_LEVEL: 'info', ...env }), { logger: { level: 'info', stream }, purgeIntervalMs: 0, passwordHasher: cheapPasswordHasher })
  t.teardown(() => app.close())
  await app.ready()
  return { app, lines }
}

t.test('retryDelayMs: doubles from the base up to the cap, each delay between half and all of its step', async (t) => {
  const schedule = { baseMs: 1_000, maxMs: 10_000 }
  t.same([1, 2, 3, 4, 5, 6].map((attempts) => retryDelayMs(attempts, schedule, () => 0)), [500, 1_000, 2_000, 4_000, 5_000, 5_000])
  t.same([1, 2, 3, 4, 5, 6].map((attempts) => retryDelayMs(attempts, schedule, () => 0.999_999)), [1_000, 2_000, 4_000, 8_000, 10_000, 10_000])
  t.equal(retryDelayMs(1_000, schedule, () => 1), 10_000, 'no overflow after many attempts')
})

t.test('the outbox against a real SMTP server', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), EMAIL_RETRY_BASE_MS: String(BASE_MS), EMAIL_MAX_ATTEMPTS: '20' })

  await t.test('a server that refuses mail for a while: nothing is lost, each message arrives once, tries back off', async (t) => {
    mail.refuse(451)
    const first = await signUp(app, uniqueEmail('refused-a'))
    const second = await signUp(app, uniqueEmail('refused-b'))
    const triesOf = (email: string) => mail.attempts.filter((attempt) => attempt.to === email)
    await mail.waitUntil(() => triesOf(first.email).length >= 5 && triesOf(second.email).length >= 5)
    t.equal(mail.messages.length, 0, 'nothing accepted while the server refuses')

    const times = triesOf(first.email).slice(0, 5).map((attempt) => attempt.at)
    const gaps = times.slice(1).map((at, index) => at - times[index]!)
    gaps.forEach((gap, index) => {
      // After the n-th failed try the worker waits at least half of BASE_MS × 2^(n-1).
      t.ok(gap >= (BASE_MS * 2 ** index) / 2 - 5, `gap ${index + 1} is ${gap} ms, at least ${(BASE_MS * 2 ** index) / 2} ms`)
    })
    // Each try also costs a connection and a few queries, which a busy machine stretches: the last
    // delay (600 to 1,200 ms) is compared with the first (75 to 150 ms), not each with the next.
    t.ok(gaps[3]! > gaps[0]!, `the delays grow (${gaps.join(', ')} ms)`)

    const [pending] = await outboxRows(app, first.email)
    t.equal(pending!.state, 'pending', 'still waiting for its next try')
    t.ok(pending!.attempts >= 5)
    t.match(pending!.last_error, /451/, 'the server\'s answer is kept')
    t.notMatch(pending!.last_error, /https?:|token/i, 'and nothing of the message')

    mail.accept()
    await mail.waitFor(first.email, /verify/i)
    await mail.waitFor(second.email, /verify/i)
    await app.mailer.idle()
    for (const user of [first, second]) {
      const caught = mail.messages.filter((message) => message.to.includes(user.email))
      t.equal(caught.length, 1, `one message to ${user.email}`)
      const [row] = await outboxRows(app, user.email)
      t.match(row, { state: 'sent', text: '', link: null, claim_id: null, locked_until: null })
      t.type(row!.sent_at, Date)
      t.equal(caught[0]!.messageId, `<${row!.id}@localhost>`, 'its Message-ID names its outbox row')
    }
  })

  await t.test('messages of a worker that died come back when its lease ends; a live lease is left alone', async (t) => {
    const lapsed = uniqueEmail('lapsed')
    const leased = uniqueEmail('leased')
    const row = (id: string, recipient: string, lockedUntil: string) => ({
      id, recipient, subject: 'Left behind', text: 'body', kind: 'message', attempts: 1, claim_id: 'a-worker-that-died', locked_until: sql<Date>`now() + ${lockedUntil}::interval`,
    })
    await app.db.insertInto('email_outbox').values([row('lapsed-1', lapsed, '-1 second'), row('leased-1', leased, '1 hour')]).execute()
    app.mailDelivery.wake()
    await mail.waitFor(lapsed, /left behind/i)
    await app.mailer.idle()
    t.notOk(mail.messages.some((message) => message.to.includes(leased)), 'a message under a live lease is not taken over')
    const states = await app.db.selectFrom('email_outbox').select(['id', 'state', 'attempts']).where('id', 'in', ['lapsed-1', 'leased-1']).orderBy('id').execute()
    t.same(states, [{ id: 'lapsed-1', state: 'sent', attempts: 2 }, { id: 'leased-1', state: 'pending', attempts: 1 }])
  })

  await t.test('sent and dead-lettered messages are purged after EMAIL_RETENTION_DAYS; pending ones stay', async (t) => {
    const day = 24 * 60 * 60 * 1000
    const row = (id: string, state: 'pending' | 'sent' | 'dead', daysAgo: number) => ({
      id, recipient: 'someone@example.com', subject: 's', text: '', kind: 'message', state, created_at: new Date(Date.now() - daysAgo * day), next_attempt_at: new Date(Date.now() + day),
    })
    await app.db.insertInto('email_outbox').values([row('old-sent', 'sent', 8), row('old-dead', 'dead', 8), row('old-pending', 'pending', 8), row('new-sent', 'sent', 6)]).execute()
    t.equal(await purgeFinishedEmails(app.db, new Date(Date.now() - app.config.email.retentionDays * day)), 2)
    const left = await app.db.selectFrom('email_outbox').select('id').where('recipient', '=', 'someone@example.com').orderBy('id').execute()
    t.same(left.map((entry) => entry.id), ['new-sent', 'old-pending'])
  })
})

t.test('a message that is never accepted is dead-lettered after EMAIL_MAX_ATTEMPTS and logged without its body or link', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, lines } = await buildLogged(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), EMAIL_RETRY_BASE_MS: '20', EMAIL_MAX_ATTEMPTS: '3' })
  const user = await signUp(app, uniqueEmail('dead-letter'))
  await mail.waitFor(user.email, /verify/i)
  mail.refuse(550, (to) => to === user.email)
  await app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: { origin: FRONTEND_ORIGIN }, payload: { email: user.email, redirectTo: `${FRONTEND_ORIGIN}/reset` } })
  await mail.waitUntil(() => mail.attempts.filter((attempt) => attempt.to === user.email && attempt.refused).length >= 3)
  await app.mailer.idle()
  const reset = (await outboxRows(app, user.email)).find((row) => row.kind === 'password_reset')!
  t.match(reset, { state: 'dead', attempts: 3, claim_id: null })
  t.match(reset.last_error, /550/)
  t.match(reset.text, /reset-password\//, 'the body stays for whoever looks into it')
  await new Promise((resolve) => setTimeout(resolve, 300))
  t.equal(mail.attempts.filter((attempt) => attempt.to === user.email && attempt.refused).length, 3, 'no fourth try')

  const logged = lines.map((line) => JSON.parse(line) as { level: number; msg: string; email?: string; kind?: string; attempt?: number })
  const dead = logged.filter((line) => /dead-lettered/.test(line.msg))
  t.equal(dead.length, 1, 'one error line for it')
  t.match(dead[0], { level: 50, email: reset.id, kind: 'password_reset', attempt: 3 })
  t.equal(logged.filter((line) => /will retry/.test(line.msg) && line.email === reset.id).length, 2, 'a warning for each earlier try')
  const token = firstLink(reset.text).split('/reset-password/')[1]!.split('?')[0]!
  t.notOk(lines.join('\n').includes(token), 'the link\'s token is not in the logs')
  t.notOk(lines.join('\n').includes('reset-password/'), 'nor the link')
})

t.test('without SMTP_HOST outside production the link is logged and the message counted as sent', async (t) => {
  const { app, lines } = await buildLogged(t, {})
  const user = await signUp(app, uniqueEmail('no-smtp'))
  await app.mailer.idle()
  const [row] = await outboxRows(app, user.email)
  t.match(row, { state: 'sent', kind: 'email_verification', attempts: 1 })
  const logged = lines.map((line) => JSON.parse(line) as { msg: string; to?: string; link?: string })
  const line = logged.find((entry) => /SMTP_HOST not set/.test(entry.msg) && entry.to === user.email)
  t.match(line?.link, /\/api\/auth\/verify-email\?token=/, 'the link, to finish the flow locally')
})
