import fc from 'fast-check'
import t from 'tap'
import { isPublicAddress } from '../../src/webhooks/address-policy.js'
import type { Resolve } from '../../src/webhooks/webhook-transport.js'
import { bearer, seedApiKey } from '../admin/admin-helper.js'
import { build, signUp } from '../helper.js'
import { WEBHOOKS, webhooksSettled } from './webhook-helper.js'
import { startReceiver } from './webhook-receiver.js'

const REFUSED = [
  // IPv4: unspecified, private, CGNAT, loopback, link-local (cloud metadata), protocol, documentation, benchmarking, multicast, reserved, broadcast.
  '0.0.0.0', '0.1.2.3', '10.0.0.1', '10.255.255.255', '100.64.0.1', '100.127.255.254', '127.0.0.1', '127.255.255.254', '169.254.169.254',
  '172.16.0.1', '172.31.255.255', '192.0.0.8', '192.0.2.1', '192.88.99.1', '192.168.1.1', '198.18.0.1', '198.19.255.255', '198.51.100.7',
  '203.0.113.9', '224.0.0.1', '239.255.255.250', '240.0.0.1', '255.255.255.255',
  // IPv6: unspecified, loopback, IPv4-compatible, unique local, link-local (with and without a zone), site-local, multicast, discard, documentation, Teredo.
  '::', '::1', '::127.0.0.1', 'fc00::1', 'fd12:3456:789a::1', 'fe80::1', 'fe80::1%eth0', 'febf::1', 'fec0::1', 'ff02::1', 'ff05::1:3', '100::1',
  '2001:db8::1', '3fff::1', '2001::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
  // IPv4 inside IPv6: mapped (both notations), NAT64, 6to4 of the refused.
  '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '[::ffff:192.168.0.1]', '64:ff9b::127.0.0.1', '64:ff9b::a00:1',
  '2002:7f00:1::', '2002:c0a8:101::1', '2002:a9fe:a9fe::',
  // Not addresses at all.
  '', 'localhost', '127.1', '0x7f000001', '1.2.3', '::g', '999.1.1.1',
]
const ALLOWED = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '100.128.0.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450:4001:82a::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1', '[2606:4700::1]']

t.test('isPublicAddress: only globally routable unicast, in every notation', async (t) => {
  for (const address of REFUSED) t.notOk(isPublicAddress(address), `${address || '(empty)'}: refused`)
  for (const address of ALLOWED) t.ok(isPublicAddress(address), `${address}: allowed`)
})

t.test('isPublicAddress: an IPv4 address and its IPv4-mapped, NAT64 and 6to4 forms agree, and every private one is refused', async (t) => {
  const hex = (octets: number[]): string => `${((octets[0]! << 8) | octets[1]!).toString(16)}:${((octets[2]! << 8) | octets[3]!).toString(16)}`
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), (octets) => {
    const v4 = octets.join('.')
    const verdict = isPublicAddress(v4)
    return isPublicAddress(`::ffff:${v4}`) === verdict && isPublicAddress(`::ffff:${hex(octets)}`) === verdict
      && isPublicAddress(`64:ff9b::${hex(octets)}`) === verdict && isPublicAddress(`2002:${hex(octets)}::1`) === verdict
  }), { numRuns: 2_000 })
  const inRange = (prefix: number[], bits: number) => fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }).map((octets) => {
    const base = [...prefix, 0, 0, 0, 0].slice(0, 4)
    const value = ((base[0]! << 24) >>> 0) + (base[1]! << 16) + (base[2]! << 8) + base[3]!
    const random = ((octets[0]! << 24) >>> 0) + (octets[1]! << 16) + (octets[2]! << 8) + octets[3]!
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
    const address = ((value & mask) | (random & ~mask)) >>> 0
    return [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255].join('.')
  })
  const ranges: Array<[number[], number]> = [[[10], 8], [[127], 8], [[169, 254], 16], [[172, 16], 12], [[192, 168], 16], [[100, 64], 10], [[0], 8], [[224], 4], [[240], 4]]
  for (const [prefix, bits] of ranges) {
    fc.assert(fc.property(inRange(prefix, bits), (address) => !isPublicAddress(address) && !isPublicAddress(`::ffff:${address}`)), { numRuns: 200 })
  }
  t.pass('no private address in any notation was taken for public')
})

t.test('POST /api/v1/admin/webhooks → 400 for a URL whose host is not public, however it is written', async (t) => {
  const publicName: Resolve = async (hostname) => hostname === 'hooks.example.com' ? [{ address: '93.184.216.34', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]
  const app = await build(t, {}, { webhookResolve: publicName })
  const { key } = await seedApiKey(app, ['webhooks:write'])
  const urls = [
    'http://127.0.0.1/hook', 'http://127.1/hook', 'http://0x7f.0.0.1/hook', 'http://2130706433/hook', 'http://017700000001/hook', 'http://0/hook',
    'http://[::1]/hook', 'http://[::ffff:127.0.0.1]/hook', 'http://[::ffff:a9fe:a9fe]/hook', 'http://169.254.169.254/latest/meta-data', 'http://10.1.2.3/',
    'http://[fe80::1]/', 'http://[fd00::1]/', 'http://100.100.100.100/', 'http://localhost/hook', 'http://internal.example.com/hook',
  ]
  for (const url of urls) {
    const response = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(key), payload: { url, eventTypes: ['user.created'] } })
    t.equal(response.statusCode, 400, `${url}: 400`)
    t.match(response.json().error.message, /non-public|does not resolve/)
  }
  const accepted = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(key), payload: { url: 'https://hooks.example.com/auth', eventTypes: ['user.created'] } })
  t.equal(accepted.statusCode, 201, 'a name that resolves to public addresses only is accepted')
  const moved = await app.inject({ method: 'PATCH', url: `${WEBHOOKS}/${accepted.json().endpoint.id as string}`, headers: bearer(key), payload: { url: 'http://[::1]:8080/' } })
  t.equal(moved.statusCode, 400, 'and checked again when the URL changes')
})

const PRODUCTION = { NODE_ENV: 'production', CORS_ORIGINS: 'https://app.example.com', BETTER_AUTH_URL: 'https://auth.example.com', BETTER_AUTH_SECRET: 'Zq8vN2xL5kR9tW3mB7cY1dF4gH6jS0aE8uI2oP5q' }

t.test('production: https only', async (t) => {
  const app = await build(t, PRODUCTION, {
    webhookResolve: async () => [{ address: '93.184.216.34', family: 4 }],
  })
  const { key } = await seedApiKey(app, ['webhooks:write'])
  const plain = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(key), payload: { url: 'http://hooks.example.com/', eventTypes: ['user.created'] } })
  t.equal(plain.statusCode, 400)
  t.match(plain.json().error.message, /https/)
})

t.test('a name that resolves elsewhere at delivery than at registration (DNS rebinding) is refused at connection', async (t) => {
  const receiver = await startReceiver(t)
  const port = new URL(receiver.url).port
  // Public when registered; the receiver on loopback when delivered to.
  const rebinding = (): Resolve => {
    let calls = 0
    return async () => (calls++ === 0 ? [{ address: '93.184.216.34', family: 4 }] : [{ address: '127.0.0.1', family: 4 }])
  }
  for (const allowPrivate of [false, true]) {
    const app = await build(t, { WEBHOOK_ALLOW_PRIVATE: String(allowPrivate) }, { webhookResolve: rebinding() })
    const { key } = await seedApiKey(app, ['webhooks:write'])
    const created = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(key), payload: { url: `http://rebind.example.com:${port}/hooks`, eventTypes: ['user.created'] } })
    t.equal(created.statusCode, 201)
    receiver.secrets.push(created.json().secret as string)
    const before = receiver.requests.length
    await signUp(app)
    await webhooksSettled(app)
    const [attempt] = await app.db.selectFrom('webhook_attempt').selectAll().execute()
    if (allowPrivate) {
      t.equal(receiver.requests.length, before + 1, 'WEBHOOK_ALLOW_PRIVATE=true: delivered to loopback (the check is what stops it)')
    } else {
      t.equal(receiver.requests.length, before, 'nothing reached the loopback receiver')
      t.match(attempt, { status_code: null, error: /ENONPUBLIC/ })
    }
  }
})

t.test('an endpoint written with a private IP (before a configuration change) is refused at delivery', async (t) => {
  const receiver = await startReceiver(t)
  const app = await build(t)
  const { key } = await seedApiKey(app, ['webhooks:write'])
  const created = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(key), payload: { url: 'https://93.184.216.34/hooks', eventTypes: ['user.created'] } })
  t.equal(created.statusCode, 201)
  await app.db.updateTable('webhook_endpoint').set({ url: receiver.url }).execute()
  await signUp(app)
  await webhooksSettled(app)
  t.equal(receiver.requests.length, 0)
  t.match(await app.db.selectFrom('webhook_attempt').select('error').executeTakeFirst(), { error: /ENONPUBLIC/ })
})

t.test('production: an endpoint stored with an http URL (before the service ran in production) is sent nothing in clear', async (t) => {
  const receiver = await startReceiver(t)
  const port = new URL(receiver.url).port
  // Private receivers allowed, so that the scheme alone decides.
  const app = await build(t, { ...PRODUCTION, WEBHOOK_ALLOW_PRIVATE: 'true' }, { webhookResolve: async () => [{ address: '127.0.0.1', family: 4 }] })
  const { key } = await seedApiKey(app, ['webhooks:write'])
  const created = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(key), payload: { url: `https://hooks.example.com:${port}/hooks`, eventTypes: ['user.created'] } })
  t.equal(created.statusCode, 201)
  await app.db.updateTable('webhook_endpoint').set({ url: `http://hooks.example.com:${port}/hooks` }).execute()
  await app.database.units.run(() => app.webhookEvents.emit({ type: 'user.created', userId: 'usr_plain' }))
  await webhooksSettled(app)
  t.equal(receiver.requests.length, 0, 'nothing reached the receiver')
  t.match(await app.db.selectFrom('webhook_attempt').select(['status_code', 'error']).executeTakeFirst(), { status_code: null, error: /EINSECURE: .*https only/ })
  t.match(await app.db.selectFrom('webhook_delivery').select(['state', 'last_error']).executeTakeFirst(), { state: 'pending', last_error: /EINSECURE/ }, 'retried later: the URL may be changed to https meanwhile')
})
