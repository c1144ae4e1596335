import t from 'tap'
import type { TSchema } from 'typebox'
import { buildApp } from '../../src/app.js'
import { compileSerializer } from '../../src/contract/serializers.js'
import { listOperations } from '../../src/contract/spec.js'
import { operationSchemas, type OperationId } from '../../src/schemas/index.js'
import { PASSWORD, testConfig, uniqueEmail } from '../helper.js'

const LEAK = 'leaked-secret'

/** `value` with an undeclared property on every object in it, at any depth. */
function withLeaks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withLeaks)
  if (value === null || typeof value !== 'object' || value instanceof Date) return value
  return { ...Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withLeaks(inner)])), passwordHash: LEAK }
}

type Schema = { type?: string; const?: unknown; enum?: unknown[]; format?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] }

/** A value of each member of a union (each branch a serializer must pick), or of the schema. */
function samples(schema: Schema): unknown[] {
  return schema.anyOf === undefined ? [sample(schema)] : schema.anyOf.flatMap(samples)
}

/** A value of a schema with every property, optional ones included. */
function sample(schema: Schema): unknown {
  if (schema.const !== undefined) return schema.const
  if (schema.enum !== undefined) return schema.enum[0]
  if (schema.anyOf !== undefined) return sample(schema.anyOf[0]!)
  switch (schema.type) {
    case 'object': return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, property]) => [key, sample(property)]))
    case 'array': return [sample(schema.items!)]
    case 'string': return schema.format === 'date-time' ? '2026-01-01T00:00:00.000Z' : 'text'
    case 'integer':
    case 'number': return 7
    case 'boolean': return true
    default: return null
  }
}

t.test('every JSON answer the spec declares is written with its schema: declared fields only, in the right union member', async (t) => {
  for (const operation of listOperations()) {
    const response = operationSchemas[operation.operationId as OperationId].response
    for (const [status, documented] of Object.entries(operation.definition.responses)) {
      const resolved = documented as { $ref?: string; content?: Record<string, unknown> }
      const json = resolved.$ref !== undefined || resolved.content?.['application/json'] !== undefined
      if (!json) continue
      const schema = response[Number(status)] as TSchema | undefined
      if (schema === undefined) {
        t.fail(`${operation.operationId} ${status}: no response schema`)
        continue
      }
      const serialize = compileSerializer({ schema })
      for (const value of samples(schema as Schema)) {
        const written = serialize(withLeaks(value))
        t.notMatch(written, LEAK, `${operation.operationId} ${status}: no undeclared field`)
        t.strictSame(JSON.parse(written), value, `${operation.operationId} ${status}: every declared field`)
      }
    }
  }
})

t.test('v1 login writes tokens or the MFA challenge, whichever it answers', async (t) => {
  const serialize = compileSerializer({ schema: operationSchemas.v1Login.response[200]! })
  const challenge = { kind: 'mfa_challenge', mfaRequired: true, mfaToken: 'signed.value', accessToken: 'must-not-appear' }
  t.strictSame(JSON.parse(serialize(challenge)), { kind: 'mfa_challenge', mfaRequired: true, mfaToken: 'signed.value' })
  const user = { id: 'u1', email: 'not-an-email-by-any-format', name: 'Ada', emailVerified: true, image: null, createdAt: new Date(0), updatedAt: new Date(0) }
  const tokens = { kind: 'tokens', user, accessToken: 'a', refreshToken: 'r', expiresIn: 900, tokenType: 'Bearer', mfaToken: 'must-not-appear' }
  t.strictSame(JSON.parse(serialize(tokens)), {
    kind: 'tokens',
    user: { ...user, createdAt: '1970-01-01T00:00:00.000Z', updatedAt: '1970-01-01T00:00:00.000Z' },
    accessToken: 'a', refreshToken: 'r', expiresIn: 900, tokenType: 'Bearer',
  }, 'dates as ISO strings; an address is written whatever its format')
})

t.test('what a handler answers beyond the contract never leaves the service', async (t) => {
  const app = await buildApp(await testConfig(t), { logger: false, purgeIntervalMs: 0 })
  t.teardown(() => app.close())
  // Stands for a handler that returns a row or a library's object with more than it declares.
  app.addHook('preSerialization', async (_request, _reply, payload) => withLeaks(payload))
  await app.ready()

  const email = uniqueEmail()
  const signUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'Ada' } })
  t.equal(signUp.statusCode, 200)
  const cookie = String(signUp.headers['set-cookie']).split(';')[0]!
  const jwt = await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password: PASSWORD } })
  const answers = [
    signUp,
    jwt,
    await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie } }),
    await app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers: { cookie } }),
    await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${String(jwt.json().token)}` } }),
    await app.inject({ method: 'GET', url: '/api/v1/health' }),
    await app.inject({ method: 'GET', url: '/.well-known/jwks.json' }),
    await app.inject({ method: 'GET', url: '/api/v1/better-auth/me' }),
    await app.inject({ method: 'GET', url: '/auth/me' }),
    await app.inject({ method: 'POST', url: '/auth/login', payload: { email: 'not an email', password: PASSWORD } }),
  ]
  t.same(answers.map((answer) => answer.statusCode), [200, 200, 200, 200, 200, 200, 200, 401, 401, 422])
  for (const answer of answers) t.notMatch(answer.body, LEAK, `${answer.statusCode} ${answer.body.slice(0, 80)}`)
  t.match(answers[2]!.json(), { session: { expiresAt: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/ } }, 'dates as ISO strings')
})

t.test('an answer that breaks its own schema is a 500 in the surface\'s shape, never half written', async (t) => {
  const app = await buildApp(await testConfig(t), { logger: false, purgeIntervalMs: 0 })
  t.teardown(() => app.close())
  // Health without its required fields; the error answer that follows is left alone.
  app.addHook('preSerialization', async (_request, reply, payload) => reply.statusCode === 200 ? { status: 'ok' } : payload)
  await app.ready()
  const answer = await app.inject({ method: 'GET', url: '/api/v1/health' })
  t.equal(answer.statusCode, 500)
  t.same(answer.json(), { error: { code: 'INTERNAL_ERROR', message: 'Internal server error' }, code: 'INTERNAL_ERROR', message: 'Internal server error' })
})
