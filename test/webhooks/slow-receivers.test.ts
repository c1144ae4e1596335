import { setTimeout as delay } from 'node:timers/promises'
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { WEBHOOK_SLOTS_PER_ENDPOINT } from '../../src/webhooks/webhook-channel.js'
import { build, createPostgresDatabase, postgresServer } from '../helper.js'
import { registerReceiver, webhooksSettled } from './webhook-helper.js'
import { startReceiver, type Receiver } from './webhook-receiver.js'

const EVENTS = 20
/** Long enough that a healthy receiver waiting for even one bad answer is plain to see. */
const TIMEOUT_MS = 5_000
const SLOW_MS = 3_000

/** Writes `count` user.created events in one commit, as that many sign-ups would. */
async function emitMany(app: FastifyInstance, count: number, prefix: string): Promise<void> {
  await app.database.units.run(async () => {
    for (let index = 0; index < count; index += 1) await app.webhookEvents.emit({ type: 'user.created', userId: `${prefix}-${index}` })
  })
}

/** Milliseconds from writing `count` events until `receiver` has taken them all. */
async function timeToTake(app: FastifyInstance, receiver: Receiver, prefix: string): Promise<number> {
  const before = receiver.accepted().length
  const started = performance.now()
  await emitMany(app, EVENTS, prefix)
  await receiver.waitUntil(() => receiver.accepted().length >= before + EVENTS, 120_000)
  return performance.now() - started
}

const BAD_RECEIVERS: Array<[string, Receiver['answer']]> = [
  ['never answers', () => 'hold'],
  [`answers 204 after ${SLOW_MS} ms`, () => ({ status: 204, delayMs: SLOW_MS })],
]

for (const [behaviour, answer] of BAD_RECEIVERS) {
  t.test(`a receiver that ${behaviour} delays no other endpoint, and never has more than ${WEBHOOK_SLOTS_PER_ENDPOINT} deliveries in flight`, async (t) => {
    const app = await build(t, { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS) })
    const healthy = await startReceiver(t)
    const bad = await startReceiver(t)
    bad.answer = answer
    const { key } = await registerReceiver(app, healthy, ['user.created'])
    // Measured here, on this machine as loaded as it is now: the healthy receiver on its own.
    const alone = await timeToTake(app, healthy, 'alone')
    await registerReceiver(app, bad, ['user.created'], key)
    const beside = await timeToTake(app, healthy, 'beside')

    // Waiting for the bad receiver's answers, batch after batch, costs several times SLOW_MS or
    // TIMEOUT_MS; the bound allows the healthy one a good deal of noise, and not one of those.
    const bound = Math.max(4 * alone, alone + 2_500)
    t.ok(beside < bound, `${EVENTS} events took ${Math.round(beside)} ms beside the bad receiver, ${Math.round(alone)} ms alone (bound ${Math.round(bound)} ms)`)
    t.ok(bad.requests.length >= WEBHOOK_SLOTS_PER_ENDPOINT, `the bad receiver was sent its share meanwhile (${bad.requests.length})`)
    t.ok(bad.mostOpen <= WEBHOOK_SLOTS_PER_ENDPOINT, `at most ${WEBHOOK_SLOTS_PER_ENDPOINT} requests open at the bad receiver at once (${bad.mostOpen})`)
    t.equal(new Set(healthy.accepted().map((one) => one.id)).size, 2 * EVENTS, 'the healthy receiver took each event once')

    bad.answer = () => 204
    bad.release()
  })
}

const server = await postgresServer()

t.test(`the per-endpoint limit holds across instances: a second instance adds nothing to an endpoint with ${WEBHOOK_SLOTS_PER_ENDPOINT} deliveries in flight`, { skip: server === undefined ? 'needs PostgreSQL' : false }, async (t) => {
  const url = await createPostgresDatabase(t, server!)
  const env = { DATABASE_URL: url, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS) }
  const first = await build(t, env)
  const second = await build(t, env)
  const hung = await startReceiver(t)
  hung.answer = () => 'hold'
  await registerReceiver(first, hung, ['user.created'])
  await emitMany(first, 10, 'hung')
  await hung.waitUntil(() => hung.open() === WEBHOOK_SLOTS_PER_ENDPOINT)
  second.webhookDelivery.wake()
  await webhooksSettled(second)
  await delay(200)
  t.equal(hung.requests.length, WEBHOOK_SLOTS_PER_ENDPOINT, 'neither instance sent more')
  t.equal(hung.mostOpen, WEBHOOK_SLOTS_PER_ENDPOINT)

  // Once the receiver answers, the rest go, each once, four at a time.
  hung.answer = () => 204
  hung.release()
  await hung.waitUntil(() => hung.requests.length >= 10)
  await Promise.all([first, second].map((app) => webhooksSettled(app)))
  t.equal(new Set(hung.requests.map((one) => one.id)).size, 10, 'each event once')
  t.ok(hung.mostOpen <= WEBHOOK_SLOTS_PER_ENDPOINT, `still at most ${WEBHOOK_SLOTS_PER_ENDPOINT} at once (${hung.mostOpen})`)
  const rows = await first.db.selectFrom('webhook_delivery').select('state').execute()
  t.ok(rows.length === 10 && rows.every((row) => row.state === 'sent'), 'all sent')
})
