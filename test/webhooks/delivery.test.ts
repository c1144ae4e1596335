import t from 'tap'
import { bearer } from '../admin/admin-helper.js'
import { followingClock } from '../clock.js'
import { build, signUp, uniqueEmail } from '../helper.js'
import { listAuditEvents } from '../../src/sessions/audit-event-repository.js'
import { purgeFinishedDeliveries } from '../../src/webhooks/webhook-delivery-repository.js'
import { registerReceiver, WEBHOOKS, webhooksSettled } from './webhook-helper.js'
import { startReceiver } from './webhook-receiver.js'

const HOUR = 3_600_000
const RETRY = { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_BASE_MS: String(60_000), WEBHOOK_RETRY_MAX_MS: String(HOUR) }

t.test('a receiver that is down for a while receives everything afterwards, each event once, with the webhook-id of its first try', async (t) => {
  const clock = followingClock()
  const app = await build(t, RETRY, { clock })
  const receiver = await startReceiver(t)
  receiver.answer = () => 503
  await registerReceiver(app, receiver, ['user.created'])
  const users = [await signUp(app, uniqueEmail('down-a')), await signUp(app, uniqueEmail('down-b')), await signUp(app, uniqueEmail('down-c'))]
  await webhooksSettled(app)
  t.equal(receiver.requests.length, 3, 'each tried once at once')

  const [first] = await app.db.selectFrom('webhook_delivery').select(['state', 'attempts', 'last_error']).select((eb) => eb.fn<number>('date_part', [eb.val('epoch'), eb('next_attempt_at', '-', eb.fn<Date>('now'))]).as('dueIn')).execute()
  t.match(first, { state: 'pending', attempts: 1, last_error: 'HTTP 503' })
  t.ok(Number(first!.dueIn) >= 29 && Number(first!.dueIn) <= 61, `due again in half to all of the first step (${first!.dueIn} s)`)

  // Hours of failures, each retry due later: the clock moves, nothing sleeps.
  for (let round = 0; round < 5; round += 1) {
    clock.advance(HOUR)
    app.webhookDelivery.wake()
    await webhooksSettled(app)
  }
  t.equal(receiver.accepted().length, 0)
  t.ok(receiver.requests.length >= 3 * 5, `tried again and again (${receiver.requests.length})`)
  receiver.answer = () => 204
  clock.advance(HOUR)
  app.webhookDelivery.wake()
  await webhooksSettled(app)

  const accepted = receiver.accepted()
  t.same(accepted.map((one) => one.payload.data.userId).sort(), users.map((user) => user.userId).sort(), 'every event arrived once')
  for (const one of accepted) {
    const tries = receiver.requests.filter((request) => request.payload.data.userId === one.payload.data.userId)
    t.ok(tries.length >= 6, 'after its failed tries')
    t.same(new Set(tries.map((request) => request.id)), new Set([one.id]), 'with one webhook-id on every try')
    t.ok(tries.every((request) => request.verifiedBy.length === 1), 'each try signed afresh, and verified')
    t.same(JSON.parse(tries[0]!.body), JSON.parse(one.body), 'the same body')
  }
  const rows = await app.db.selectFrom('webhook_delivery').select(['state', 'sent_at']).execute()
  t.ok(rows.every((row) => row.state === 'sent' && row.sent_at !== null))
})

t.test('a delivery failing for the whole retry window is dead-lettered, its endpoint disabled and audited; re-sent once enabled, with the same webhook-id', async (t) => {
  const clock = followingClock()
  const app = await build(t, { ...RETRY, WEBHOOK_RETRY_HOURS: '1' }, { clock })
  const receiver = await startReceiver(t)
  receiver.answer = () => 500
  const endpoint = await registerReceiver(app, receiver, ['user.created'])
  const user = await signUp(app)
  await webhooksSettled(app)
  clock.advance(2 * HOUR)
  app.webhookDelivery.wake()
  await webhooksSettled(app)
  const delivery = await app.db.selectFrom('webhook_delivery').selectAll().executeTakeFirstOrThrow()
  t.match(delivery, { state: 'dead', last_error: 'HTTP 500' })
  const shown = await app.inject({ method: 'GET', url: `${WEBHOOKS}/${endpoint.id}`, headers: bearer(endpoint.key) })
  t.match(shown.json(), { enabled: false, disabledReason: /HTTP 500/ })
  const events = await listAuditEvents(app.db, { type: 'webhook.endpoint_disabled' })
  t.equal(events.length, 1, 'audited once')
  t.match(events[0]?.detail, { webhookEndpointId: endpoint.id, webhookDeliveryId: delivery.id })

  const tries = receiver.requests.length
  await signUp(app)
  await webhooksSettled(app)
  t.equal(receiver.requests.length, tries, 'a disabled endpoint is sent nothing more')
  t.equal(await app.db.selectFrom('webhook_delivery').select('id').execute().then((rows) => rows.length), 1, 'nor queued anything')

  const refused = await app.inject({ method: 'POST', url: `${WEBHOOKS}/${endpoint.id}/deliveries/${delivery.id}/resend`, headers: bearer(endpoint.key) })
  t.equal(refused.statusCode, 400, 'no re-send to a disabled endpoint')
  t.equal((await app.inject({ method: 'PATCH', url: `${WEBHOOKS}/${endpoint.id}`, headers: bearer(endpoint.key), payload: { enabled: true } })).json().enabled, true)
  receiver.answer = () => 200
  const resent = await app.inject({ method: 'POST', url: `${WEBHOOKS}/${endpoint.id}/deliveries/${delivery.id}/resend`, headers: bearer(endpoint.key) })
  t.equal(resent.statusCode, 202)
  t.match(resent.json(), { id: delivery.id, webhookId: delivery.event_id, state: 'pending' })
  await receiver.waitUntil(() => receiver.accepted().length === 1)
  t.equal(receiver.accepted()[0]!.id, delivery.event_id, 'the same webhook-id')
  t.equal(receiver.accepted()[0]!.payload.data.userId, user.userId)
  t.equal((await listAuditEvents(app.db, { type: 'webhook.delivery_resent' }))[0]?.detail.webhookDeliveryId, delivery.id)
})

t.test('each attempt: a redirect is not followed, a slow receiver times out, only the first KiB of an answer is kept', async (t) => {
  const app = await build(t, { ...RETRY, WEBHOOK_TIMEOUT_MS: '300' })
  const receiver = await startReceiver(t)
  const elsewhere = await startReceiver(t)
  const endpoint = await registerReceiver(app, receiver, ['user.created'])
  const answers = [
    { status: 302, headers: { location: elsewhere.url }, body: '' },
    'hold' as const,
    { status: 500, body: `${'é'.repeat(600)}\u0000${'x'.repeat(3000)}` },
  ]
  let next = 0
  receiver.answer = () => answers[next++] ?? 204
  for (let index = 0; index < answers.length; index += 1) {
    await signUp(app)
    await webhooksSettled(app)
  }
  t.equal(elsewhere.requests.length, 0, 'the redirect was not followed')
  const page = await app.inject({ method: 'GET', url: `${WEBHOOKS}/${endpoint.id}/deliveries`, headers: bearer(endpoint.key) })
  t.equal(page.statusCode, 200)
  const attempts = (page.json().deliveries as Array<{ attempts: Array<{ statusCode: number | null; durationMs: number; responseExcerpt: string | null; error: string | null }> }>)
    .reverse().map((delivery) => delivery.attempts[0]!)
  t.match(attempts[0], { statusCode: 302, error: null }, 'a 3xx is an answer, and a failure')
  t.match(attempts[1], { statusCode: null, responseExcerpt: null, error: /ETIMEDOUT/ })
  t.ok(attempts[1]!.durationMs >= 290, `the deadline held (${attempts[1]!.durationMs} ms)`)
  t.equal(attempts[2]!.statusCode, 500)
  t.ok(Buffer.byteLength(attempts[2]!.responseExcerpt!) <= 1024 + 2 * 3, 'at most a KiB of the answer (a cut character may become U+FFFD)')
  t.notOk(attempts[2]!.responseExcerpt!.includes('\u0000'), 'without control characters')
  t.notMatch(page.body, /whsec_|v1,/, 'no secret or signature in the listing')
})

t.test('delivered and dead-lettered deliveries are purged after WEBHOOK_RETENTION_DAYS with their attempts and events; pending ones stay', async (t) => {
  const app = await build(t, RETRY)
  const receiver = await startReceiver(t)
  await registerReceiver(app, receiver, ['user.created'])
  await signUp(app)
  await signUp(app)
  await webhooksSettled(app)
  receiver.answer = () => 503
  await signUp(app)
  await webhooksSettled(app)
  const day = 24 * 60 * 60 * 1000
  const [oldSent] = await app.db.selectFrom('webhook_delivery').select('id').where('state', '=', 'sent').execute()
  await app.db.updateTable('webhook_delivery').set({ created_at: new Date(Date.now() - 8 * day) }).execute()
  await app.db.updateTable('webhook_event').set({ created_at: new Date(Date.now() - 8 * day) }).execute()
  await app.db.updateTable('webhook_delivery').set({ created_at: new Date() }).where('state', '=', 'sent').where('id', '!=', oldSent!.id).execute()
  t.equal(await purgeFinishedDeliveries(app.db, new Date(Date.now() - app.config.webhooks.retentionDays * day)), 1)
  const left = await app.db.selectFrom('webhook_delivery').select('state').orderBy('state').execute()
  t.same(left.map((row) => row.state), ['pending', 'sent'], 'the pending one and the recent one stay')
  t.equal((await app.db.selectFrom('webhook_event').select('id').execute()).length, 2, 'the purged delivery\'s event went with it')
  t.equal((await app.db.selectFrom('webhook_attempt').select('id').where('delivery_id', '=', oldSent!.id).execute()).length, 0, 'and its attempts')
})
