import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { followingClock } from '../clock.js'
import { build, createPostgresDatabase, postgresServer } from '../helper.js'
import { registerReceiver, webhooksSettled } from './webhook-helper.js'
import { startReceiver } from './webhook-receiver.js'

const EVENTS = 120
const LEASE_MS = 5 * 60_000

const server = await postgresServer()
const needsPostgres = { skip: server === undefined ? 'needs PostgreSQL' : false }

/** Writes `count` user.created events in one commit of `app`'s, as that many sign-ups would. */
async function emitMany(app: FastifyInstance, count: number, prefix: string): Promise<void> {
  await app.database.units.run(async () => {
    for (let index = 0; index < count; index += 1) await app.webhookEvents.emit({ type: 'user.created', userId: `${prefix}-${index}` })
  })
}

t.test('two instances on one database, each with its worker: every event is delivered exactly once', needsPostgres, async (t) => {
  const url = await createPostgresDatabase(t, server!)
  const receiver = await startReceiver(t)
  const apps: FastifyInstance[] = [
    await build(t, { DATABASE_URL: url, WEBHOOK_ALLOW_PRIVATE: 'true' }),
    await build(t, { DATABASE_URL: url, WEBHOOK_ALLOW_PRIVATE: 'true' }),
  ]
  const [first, second] = apps as [FastifyInstance, FastifyInstance]
  await registerReceiver(first, receiver, ['user.created'])
  // One commit writes them all: it wakes the first instance's worker; the second's wakes as its poll would.
  await emitMany(first, EVENTS, 'many')
  second.webhookDelivery.wake()
  await receiver.waitUntil(() => receiver.requests.length >= EVENTS, 60_000)
  await Promise.all(apps.map((app) => webhooksSettled(app)))

  t.equal(receiver.requests.length, EVENTS, `${EVENTS} requests in all`)
  t.equal(new Set(receiver.requests.map((request) => request.id)).size, EVENTS, 'no webhook-id twice')
  t.equal(new Set(receiver.requests.map((request) => request.payload.data.userId)).size, EVENTS, 'each event of them')
  t.ok(receiver.requests.every((request) => request.verifiedBy.length === 1), 'every one signed')
  const rows = await first.db.selectFrom('webhook_delivery').select(['state', 'attempts']).execute()
  t.ok(rows.length === EVENTS && rows.every((row) => row.state === 'sent' && row.attempts === 1), 'each sent at its first claim')
})

t.test('an instance that stops mid-delivery loses nothing: its claim lapses, another delivers with the same webhook-id', needsPostgres, async (t) => {
  const url = await createPostgresDatabase(t, server!)
  const receiver = await startReceiver(t)
  const stalled = await build(t, { DATABASE_URL: url, WEBHOOK_ALLOW_PRIVATE: 'true' })
  const laterClock = followingClock()
  const survivor = await build(t, { DATABASE_URL: url, WEBHOOK_ALLOW_PRIVATE: 'true' }, { clock: laterClock })
  await registerReceiver(stalled, receiver, ['user.created'])
  // The first instance's request never gets an answer: the instance is as good as dead, its
  // delivery neither sent nor failed, its rows claimed.
  receiver.answer = () => 'hold'
  await emitMany(stalled, 3, 'stalled')
  await receiver.waitUntil(() => receiver.requests.length === 3)
  const claimed = await stalled.db.selectFrom('webhook_delivery').select(['claim_id', 'state']).execute()
  t.ok(claimed.every((row) => row.claim_id !== null && row.state === 'pending'), 'claimed, in flight')

  receiver.answer = () => 204
  survivor.webhookDelivery.wake()
  await webhooksSettled(survivor)
  t.equal(receiver.accepted().length, 0, 'a live lease is left alone')

  // The lease ends (the survivor's clock moves past it): the survivor takes the deliveries over.
  laterClock.advance(LEASE_MS + 1_000)
  survivor.webhookDelivery.wake()
  await receiver.waitUntil(() => receiver.accepted().length === 3)
  await webhooksSettled(survivor)
  const held = receiver.requests.filter((request) => request.status === 0)
  t.same(new Set(receiver.accepted().map((request) => request.id)), new Set(held.map((request) => request.id)), 'the same webhook-ids again: a receiver can tell the repeat')
  const rows = await survivor.db.selectFrom('webhook_delivery').select(['state', 'attempts']).execute()
  t.ok(rows.every((row) => row.state === 'sent' && row.attempts === 2), 'sent, at the second claim')

  // The stalled instance's answers come in the end: its lost claims record nothing.
  receiver.release()
  await webhooksSettled(stalled)
  const after = await survivor.db.selectFrom('webhook_delivery').select(['state', 'attempts']).execute()
  t.same(after, rows, 'nothing changed by the instance whose claim had lapsed')
})
