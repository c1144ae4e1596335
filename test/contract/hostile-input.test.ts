import fc from 'fast-check'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { listOperations, readSpec, type Operation } from '../../src/contract/spec.js'
import { build, signUp } from '../helper.js'

/**
 * Hostile input at every operation, generated from the contract: each body is broken on purpose
 * in one way (a missing or mistyped field, a NUL or a lone surrogate, a prototype-poisoning key,
 * a non-object, an oversized string), while its other fields carry whatever fast-check finds
 * (SQL and path fragments, markup, huge and odd strings). Every answer must be a 4xx in the
 * surface's error shape: never a 5xx, never a stack trace, never a change of state.
 */
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 120)

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[]; $ref?: string }
const { components } = readSpec().document
const schemas = components.schemas as Record<string, JsonSchema>

function resolve(schema: JsonSchema): JsonSchema {
  return schema.$ref === undefined ? schema : resolve(schemas[schema.$ref.split('/').pop()!]!)
}

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  fc.constantFrom("' OR 1=1 --", "'; DROP TABLE \"user\"; --", '../../../../etc/passwd', '%2e%2e%2f', '<script>alert(1)</script>',
    '${jndi:ldap://x}', '{{7*7}}', '\\', '"', '\u202e', '😀'.repeat(50), 'a'.repeat(5_000), 'null', 'undefined', '__proto__'),
)
const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }))
const unstorable = fc.oneof(fc.string().map((text) => `${text}\u0000${text}`), fc.string().map((text) => `${text}\ud800`), fc.constant('\udc00 alone'))

/** A JSON body text for an operation, broken in exactly one way so the contract must refuse it. */
function hostileBody(operation: Operation): fc.Arbitrary<string> {
  const schema = resolve({ $ref: `#/components/schemas/${operation.bodySchema!}` })
  const properties = Object.keys(schema.properties ?? {})
  const required = schema.required ?? []
  const filling = fc.record(Object.fromEntries(properties.map((key) => [key, nasty])), { requiredKeys: [] })
  const breakers: Array<fc.Arbitrary<string>> = [
    fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.string(), fc.integer(), fc.constant(null)).map((value) => JSON.stringify(value)),
    fc.tuple(filling, fc.constantFrom(...(properties.length > 0 ? properties : ['extra'])), unstorable).map(([body, key, value]) => JSON.stringify({ ...body, [key]: value })),
    filling.map((body) => JSON.stringify(body).replace(/^\{/, '{"__proto__":{"admin":true},').replace(',}', '}')),
    filling.map((body) => JSON.stringify({ ...body, constructor: { prototype: { admin: true } } })),
    filling.map((body) => JSON.stringify({ ...body, padding: 'x'.repeat(17 * 1024) })),
  ]
  if (required.length > 0) {
    breakers.push(fc.tuple(filling, fc.constantFrom(...required)).map(([body, key]) => {
      const copy: Record<string, unknown> = { ...body }
      delete copy[key]
      return JSON.stringify(copy)
    }))
    breakers.push(fc.tuple(filling, fc.constantFrom(...required), wrongType).map(([body, key, value]) => JSON.stringify({ ...body, [key]: value })))
  }
  return fc.oneof(...breakers)
}

function assertRefused(t: { fail(message: string): void }, response: LightMyRequestResponse, what: string): void {
  if (response.statusCode < 400 || response.statusCode >= 500) {
    t.fail(`${what} → ${response.statusCode} ${response.body.slice(0, 300)}`)
    throw new Error(`not refused: ${response.statusCode}`)
  }
  if (/\bat [\w.<>]+ \(|node_modules|\.ts:\d+/.test(response.body)) throw new Error(`${what}: a stack trace leaked: ${response.body.slice(0, 300)}`)
  const body = response.json() as { error?: { code?: string }; detail?: unknown }
  if (body.error?.code === undefined && body.detail === undefined) throw new Error(`${what}: not in the error shape: ${response.body.slice(0, 200)}`)
}


async function countRows(app: FastifyInstance): Promise<number> {
  const [users, sessions, verifications] = await Promise.all(['user', 'session', 'verification'].map((table) =>
    app.db.selectFrom(table as 'user').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()))
  return Number(users!.count) + Number(sessions!.count) + Number(verifications!.count)
}

t.test('hostile bodies at every operation: a 4xx in the surface\'s shape, no state change', async (t) => {
  const app = await build(t)
  const user = await signUp(app)
  const before = await countRows(app)
  let inputs = 0
  for (const operation of listOperations().filter((candidate) => candidate.bodySchema !== undefined)) {
    await fc.assert(fc.asyncProperty(hostileBody(operation), fc.boolean(), async (payload, withCookie) => {
      inputs += 1
      const url = operation.url.replace(/:(\w+)/g, 'fuzz')
      const response = await app.inject({
        method: operation.method, url, payload,
        headers: { 'content-type': 'application/json', ...(withCookie ? { cookie: user.cookie, origin: 'http://localhost:3000' } : {}) },
      })
      assertRefused(t, response, `${operation.operationId} ${payload.slice(0, 120)}`)
    }), { numRuns: RUNS_PER_OPERATION })
  }
  t.ok(inputs >= 1_000, `${inputs} hostile bodies sent`)
  t.equal(await countRows(app), before, 'no user, session or verification was created or removed')
  t.equal((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode, 200, 'and the service is healthy')
})

t.test('wrong content types at every operation with a body: 415', async (t) => {
  const app = await build(t)
  const types = fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json-patch+json; x', 'image/png')
  for (const operation of listOperations().filter((candidate) => candidate.bodySchema !== undefined)) {
    await fc.assert(fc.asyncProperty(types, fc.string(), async (type, payload) => {
      const response = await app.inject({ method: operation.method, url: operation.url.replace(/:(\w+)/g, 'fuzz'), payload: payload || 'x', headers: { 'content-type': type } })
      assertRefused(t, response, `${operation.operationId} as ${type}`)
      if (response.statusCode !== 415) throw new Error(`${operation.operationId} as ${type}: ${response.statusCode}`)
    }), { numRuns: 20 })
  }
})

t.test('junk and forged credentials at every operation that reads them: never a 5xx', async (t) => {
  const app = await build(t)
  const header = fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,200}$/)
  const credentials = fc.oneof(
    header.map((value) => ({ authorization: value })),
    header.map((value) => ({ authorization: `Bearer ${value}` })),
    fc.tuple(fc.base64String({ minLength: 4, maxLength: 40 }), fc.base64String({ minLength: 44, maxLength: 44 })).map(([token, signature]) => ({ cookie: `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}` })),
    fc.tuple(fc.base64String(), fc.base64String(), fc.base64String()).map((parts) => ({ authorization: `Bearer ${parts.join('.')}`, cookie: `auth_token=${parts.join('.')}` })),
    header.map((value) => ({ cookie: `better-auth.session_token=${encodeURIComponent(value)}; auth_token=${encodeURIComponent(value)}` })),
  )
  const reads = listOperations().filter((operation) => operation.method === 'GET' && operation.parameters.length === 0)
  let inputs = 0
  await fc.assert(fc.asyncProperty(fc.constantFrom(...reads), credentials, async (operation, headers) => {
    inputs += 1
    const response = await app.inject({ method: 'GET', url: operation.url, headers })
    if (response.statusCode >= 500) throw new Error(`${operation.operationId} with ${JSON.stringify(headers).slice(0, 200)} → ${response.statusCode}`)
  }), { numRuns: 600 })
  t.ok(inputs >= 600, `${inputs} junk credentials sent`)
})
