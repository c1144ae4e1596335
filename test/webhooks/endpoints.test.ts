import t from 'tap'
import { createClient, createConfig } from '../sdk/generated/hey-api/client/index.js'
import * as hey from '../sdk/generated/hey-api/sdk.gen.js'
import { bearer, seedApiKey } from '../admin/admin-helper.js'
import { followingClock } from '../clock.js'
import { build, listen, signUp } from '../helper.js'
import { listAuditEvents } from '../../src/sessions/audit-event-repository.js'
import { WEBHOOKS, webhooksSettled } from './webhook-helper.js'
import { startReceiver } from './webhook-receiver.js'

t.test('webhook endpoints through the generated client: created with a secret shown once, listed, changed, deliveries listed by page, deleted', async (t) => {
  const { app, url } = await listen(t, { WEBHOOK_ALLOW_PRIVATE: 'true' })
  const client = createClient(createConfig({ baseUrl: url }))
  const { key, id: keyId } = await seedApiKey(app, ['webhooks:write'])
  const as = { client, auth: () => key }
  const receiver = await startReceiver(t)

  const created = await hey.serviceAdminCreateWebhookEndpoint({ ...as, body: { url: receiver.url, eventTypes: ['user.created'], description: 'billing' } })
  t.equal(created.response.status, 201)
  const { secret, endpoint } = created.data!
  t.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/, 'a Standard Webhooks secret: whsec_ and 32 random bytes')
  t.match(endpoint, { url: receiver.url, eventTypes: ['user.created'], description: 'billing', enabled: true, disabledReason: null, previousSecretExpiresAt: null })
  receiver.secrets.push(secret)
  const row = await app.db.selectFrom('webhook_endpoint').selectAll().where('id', '=', endpoint.id).executeTakeFirstOrThrow()
  t.notOk(JSON.stringify(row).includes(secret.slice(6)), 'the secret is stored sealed, not as given')
  t.equal((await listAuditEvents(app.db, { type: 'webhook.endpoint_created' }))[0]?.detail.apiKeyId, keyId, 'audited with the key')

  const listed = await hey.serviceAdminListWebhookEndpoints(as)
  t.same(listed.data!.endpoints.map((one) => one.id), [endpoint.id])
  t.notOk(JSON.stringify(listed.data).includes('whsec_'), 'never shown again')
  t.equal((await hey.serviceAdminGetWebhookEndpoint({ ...as, path: { id: endpoint.id } })).data!.id, endpoint.id)
  t.equal((await hey.serviceAdminGetWebhookEndpoint({ ...as, path: { id: 'ep_none' } })).response.status, 404)

  const changed = await hey.serviceAdminUpdateWebhookEndpoint({ ...as, path: { id: endpoint.id }, body: { eventTypes: ['user.created', 'user.updated'], description: 'billing v2' } })
  t.match(changed.data, { eventTypes: ['user.created', 'user.updated'], description: 'billing v2' })
  t.same((await listAuditEvents(app.db, { type: 'webhook.endpoint_updated' }))[0]?.detail.fields, ['description', 'eventTypes'])

  for (let index = 0; index < 3; index += 1) await signUp(app)
  await webhooksSettled(app)
  t.equal(receiver.accepted().length, 3)
  const first = await hey.serviceAdminListWebhookDeliveries({ ...as, path: { id: endpoint.id }, query: { limit: 2 } })
  t.equal(first.data!.deliveries.length, 2)
  t.match(first.data!.deliveries[0], { eventType: 'user.created', state: 'sent', attempts: [{ statusCode: 204, error: null }] })
  const second = await hey.serviceAdminListWebhookDeliveries({ ...as, path: { id: endpoint.id }, query: { limit: 2, cursor: first.data!.nextCursor! } })
  t.equal(second.data!.deliveries.length, 1)
  t.equal(second.data!.nextCursor, null)
  t.same(new Set([...first.data!.deliveries, ...second.data!.deliveries].map((one) => one.webhookId)), new Set(receiver.accepted().map((one) => one.id)), 'each delivery names the webhook-id it went with')

  const deleted = await hey.serviceAdminDeleteWebhookEndpoint({ ...as, path: { id: endpoint.id } })
  t.equal(deleted.response.status, 200)
  t.equal((await hey.serviceAdminListWebhookEndpoints(as)).data!.endpoints.length, 0)
  t.equal((await app.db.selectFrom('webhook_delivery').select('id').execute()).length, 0, 'its deliveries go with it')
  t.equal((await hey.serviceAdminDeleteWebhookEndpoint({ ...as, path: { id: endpoint.id } })).response.status, 404)
})

t.test('a rotated secret: the one before keeps signing alongside for the overlap, then stops', async (t) => {
  const clock = followingClock()
  const app = await build(t, { WEBHOOK_ALLOW_PRIVATE: 'true' }, { clock })
  const { key } = await seedApiKey(app, ['webhooks:write'])
  const receiver = await startReceiver(t)
  const created = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(key), payload: { url: receiver.url, eventTypes: ['user.created'] } })
  const old = created.json().secret as string
  const id = created.json().endpoint.id as string
  const rotated = await app.inject({ method: 'POST', url: `${WEBHOOKS}/${id}/rotate-secret`, headers: bearer(key), payload: { overlapSeconds: 3600 } })
  t.equal(rotated.statusCode, 200)
  const fresh = rotated.json().secret as string
  t.not(fresh, old)
  t.ok(Math.abs(Date.parse(rotated.json().endpoint.previousSecretExpiresAt as string) - (clock.nowMs() + 3_600_000)) < 5_000, 'the old secret signs for the hour asked')
  receiver.secrets.push(old, fresh)

  await signUp(app)
  await webhooksSettled(app)
  const during = receiver.accepted()[0]!
  t.equal(during.signature.split(' ').length, 2, 'two signatures, space-separated')
  t.same(during.verifiedBy, [0, 1], 'a receiver with either secret verifies it')

  clock.advance(3_600_000 + 1000)
  await signUp(app)
  await webhooksSettled(app)
  const after = receiver.accepted()[1]!
  t.same(after.verifiedBy, [1], 'after the overlap, the new secret alone')
  t.equal((await app.inject({ method: 'GET', url: `${WEBHOOKS}/${id}`, headers: bearer(key) })).json().previousSecretExpiresAt, null)

  const immediate = await app.inject({ method: 'POST', url: `${WEBHOOKS}/${id}/rotate-secret`, headers: bearer(key) })
  t.equal(immediate.statusCode, 200, 'no body: the default overlap (a day)')
  t.ok(Math.abs(Date.parse(immediate.json().endpoint.previousSecretExpiresAt as string) - (clock.nowMs() + 86_400_000)) < 5_000)
  t.equal((await listAuditEvents(app.db, { type: 'webhook.secret_rotated' })).length, 2)
})

t.test('webhook operations need webhooks:write (403), a live key (401), and good input (400)', async (t) => {
  const app = await build(t, { WEBHOOK_ALLOW_PRIVATE: 'true' })
  const writer = await seedApiKey(app, ['webhooks:write'])
  const other = await seedApiKey(app, ['users:read', 'users:write', 'keys:write', 'audit:read', 'sessions:write'])
  const revoked = await seedApiKey(app, ['webhooks:write'])
  await app.db.updateTable('api_key').set({ revoked_at: new Date() }).where('id', '=', revoked.id).execute()
  const receiver = await startReceiver(t)
  const made = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(writer.key), payload: { url: receiver.url, eventTypes: ['user.created'] } })
  const id = made.json().endpoint.id as string
  const operations: Array<[string, string, object?]> = [
    ['GET', WEBHOOKS],
    ['POST', WEBHOOKS, { url: receiver.url, eventTypes: ['user.created'] }],
    ['GET', `${WEBHOOKS}/${id}`],
    ['PATCH', `${WEBHOOKS}/${id}`, { enabled: false }],
    ['DELETE', `${WEBHOOKS}/${id}`],
    ['POST', `${WEBHOOKS}/${id}/rotate-secret`, {}],
    ['GET', `${WEBHOOKS}/${id}/deliveries`],
    ['POST', `${WEBHOOKS}/${id}/deliveries/dlv_x/resend`],
  ]
  for (const [method, url, payload] of operations) {
    const forbidden = await app.inject({ method: method as 'GET', url, headers: bearer(other.key), ...(payload === undefined ? {} : { payload }) })
    t.equal(forbidden.statusCode, 403, `${method} ${url}: 403 without the scope`)
    t.match(forbidden.json().error.message, /lacks the scope webhooks:write/)
    const unknown = await app.inject({ method: method as 'GET', url, headers: bearer(revoked.key), ...(payload === undefined ? {} : { payload }) })
    t.equal(unknown.statusCode, 401, `${method} ${url}: 401 with a revoked key`)
  }
  const endpoint = await app.db.selectFrom('webhook_endpoint').select(['enabled', 'secret']).where('id', '=', id).executeTakeFirstOrThrow()
  t.equal(endpoint.enabled, true, 'the refused changes changed nothing')

  const bad: object[] = [
    { url: 'ftp://example.com/hook', eventTypes: ['user.created'] },
    { url: 'not a url', eventTypes: ['user.created'] },
    { url: 'https://user:pass@example.com/hook', eventTypes: ['user.created'] },
    { url: receiver.url, eventTypes: [] },
    { url: receiver.url, eventTypes: ['user.exploded'] },
    { url: receiver.url, eventTypes: ['user.created', 'user.created'] },
    { url: receiver.url },
    { url: receiver.url, eventTypes: ['user.created'], description: 'x'.repeat(501) },
  ]
  for (const payload of bad) {
    const response = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(writer.key), payload })
    t.equal(response.statusCode, 400, `${JSON.stringify(payload).slice(0, 80)}: 400`)
    t.equal(response.json().error.code, 'VALIDATION_ERROR')
  }
  t.equal((await app.inject({ method: 'PATCH', url: `${WEBHOOKS}/${id}`, headers: bearer(writer.key), payload: {} })).statusCode, 400, 'an empty change')
  t.equal((await app.inject({ method: 'POST', url: `${WEBHOOKS}/${id}/rotate-secret`, headers: bearer(writer.key), payload: { overlapSeconds: -1 } })).statusCode, 400)
  t.equal((await app.inject({ method: 'GET', url: `${WEBHOOKS}/${id}/deliveries?cursor=forged`, headers: bearer(writer.key) })).json().error.code, 'INVALID_CURSOR')
  t.equal((await app.inject({ method: 'POST', url: `${WEBHOOKS}/${id}/deliveries/dlv_none/resend`, headers: bearer(writer.key) })).statusCode, 404)
  t.equal((await app.db.selectFrom('webhook_endpoint').select('id').execute()).length, 1, 'no endpoint was made')
})
