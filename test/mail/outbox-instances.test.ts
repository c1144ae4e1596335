import { setTimeout as delay } from 'node:timers/promises'
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { build, createPostgresDatabase, postgresServer } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'

const MESSAGES = 150

const server = await postgresServer()
t.test('two instances on one database, each with its worker: every message is delivered exactly once', { skip: server === undefined ? 'needs PostgreSQL' : false }, async (t) => {
  const url = await createPostgresDatabase(t, server!)
  // Each instance has a mail server of its own, so the count also shows that both took part.
  // Acceptance is a little slow, so that the two workers' claims overlap.
  const mails = [await startMailCatcher(t, { acceptDelayMs: 5 }), await startMailCatcher(t, { acceptDelayMs: 5 })]
  const apps: FastifyInstance[] = []
  for (const mail of mails) apps.push(await build(t, { DATABASE_URL: url, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }))
  const [first, second] = apps as [FastifyInstance, FastifyInstance]

  // One commit writes them all: it wakes the first instance's worker; the second's wakes as its poll would.
  await first.database.units.run(async () => {
    for (let index = 0; index < MESSAGES; index += 1) {
      await first.mailer.send({ to: `many-${index}@example.com`, subject: `Message ${index}`, text: `Body ${index}`, kind: 'message' })
    }
  })
  second.mailDelivery.wake()
  const delivered = () => mails.reduce((count, mail) => count + mail.messages.length, 0)
  // Either server may accept the last message: watch both (a wait on one alone would sleep until
  // its timeout whenever the other finishes).
  const deadline = Date.now() + 60_000
  while (delivered() < MESSAGES && Date.now() < deadline) await delay(50)
  await Promise.all(apps.map((app) => app.mailer.idle()))

  const ids = mails.flatMap((mail) => mail.messages.map((message) => message.messageId))
  t.equal(ids.length, MESSAGES, `${MESSAGES} messages accepted in all`)
  t.equal(new Set(ids).size, MESSAGES, 'none twice')
  t.same(new Set(mails.flatMap((mail) => mail.messages.map((message) => message.subject))).size, MESSAGES, 'each one of them')
  t.ok(mails.every((mail) => mail.messages.length > 0), `both instances delivered (${mails.map((mail) => mail.messages.length).join(' + ')})`)
  const rows = await first.db.selectFrom('email_outbox').select(['state', 'attempts']).where('kind', '=', 'message').execute()
  t.equal(rows.length, MESSAGES)
  t.ok(rows.every((row) => row.state === 'sent' && row.attempts === 1), 'each sent at its first claim')
})
