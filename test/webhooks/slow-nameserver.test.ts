import { setTimeout as delay } from 'node:timers/promises'
import t from 'tap'
import type { Resolve } from '../../src/webhooks/webhook-transport.js'
import { bearer, seedApiKey } from '../admin/admin-helper.js'
import { build } from '../helper.js'
import { WEBHOOKS } from './webhook-helper.js'

const PUBLIC = [{ address: '93.184.216.34', family: 4 }]

/** A nameserver that answers for hooks.example.com only once `answer()` is called (or fails when `fail()` is). */
function gatedResolver(): { resolve: Resolve; asked: Promise<void>; answer(): void; fail(): void } {
  let asked!: () => void
  let answer!: () => void
  let fail!: (error: Error) => void
  const answered = new Promise<void>((resolve, reject) => { answer = resolve; fail = reject })
  answered.catch(() => {})
  const askedOnce = new Promise<void>((resolve) => { asked = resolve })
  return {
    resolve: async () => {
      asked()
      await answered
      return PUBLIC
    },
    asked: askedOnce,
    answer: () => answer(),
    fail: () => fail(new Error('ESERVFAIL')),
  }
}

t.test('a name that does not resolve in time: 400 "does not resolve" once the smaller of WEBHOOK_TIMEOUT_MS and 5 s has passed', async (t) => {
  const nameserver = gatedResolver()
  const app = await build(t, { WEBHOOK_TIMEOUT_MS: '1000' }, { webhookResolve: nameserver.resolve })
  const { key } = await seedApiKey(app, ['webhooks:write'])
  const started = performance.now()
  const registering = app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(key), payload: { url: 'https://hooks.example.com/auth', eventTypes: ['user.created'] } })
  const first = await Promise.race([registering, delay(10_000, 'still waiting' as const)])
  const took = performance.now() - started
  t.not(first, 'still waiting', 'the registration did not wait for the nameserver')
  // Whatever happened, the nameserver gives up now: a registration still waiting ends.
  nameserver.fail()
  const response = await registering
  t.equal(response.statusCode, 400)
  t.match(response.json().error, { code: 'VALIDATION_ERROR', message: 'url\'s host does not resolve' })
  t.ok(took >= 900 && took < 5_000, `answered at the deadline (${Math.round(took)} ms)`)
  t.equal((await app.db.selectFrom('webhook_endpoint').select('id').execute()).length, 0)
})

t.test('while a registration waits for its name, other requests with the same key are answered, and the key\'s use is recorded', async (t) => {
  const nameserver = gatedResolver()
  t.teardown(() => nameserver.fail())
  const app = await build(t, {}, { webhookResolve: nameserver.resolve })
  const { key, id } = await seedApiKey(app, ['webhooks:write'])
  const registering = app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(key), payload: { url: 'https://hooks.example.com/auth', eventTypes: ['user.created'] } })
  await nameserver.asked

  // Well under the registration's 5 s deadline: an answer now shows it waited for nothing.
  const listed = await Promise.race([
    app.inject({ method: 'GET', url: WEBHOOKS, headers: bearer(key) }),
    delay(3_000, 'held' as const),
  ])
  t.not(listed, 'held', 'the listing did not wait for the registration')
  if (listed !== 'held') t.equal(listed.statusCode, 200)

  nameserver.answer()
  t.equal((await registering).statusCode, 201, 'the registration goes on once the name resolves')
  const row = await app.db.selectFrom('api_key').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow()
  t.ok(row.last_used_at !== null, 'the key\'s last use is recorded')
})
