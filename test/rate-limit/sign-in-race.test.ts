import t, { type Test } from 'tap'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../src/app.js'
import { scryptPasswordHasher } from '../../src/auth/password-hasher.js'
import { databaseThrottleStore, FREE_FAILURES } from '../../src/rate-limit/sign-in-throttle.js'
import { purgeSignInAttempts } from '../../src/sessions/sign-in-throttle-repository.js'
import { build, createPostgresDatabase, PASSWORD, postgresServer, signUp, testConfig, type TestContext } from '../helper.js'
import { redisAnswers, redisEnv } from './redis-test-server.js'

/** Racing requests hash at the service's real scrypt cost: it is what keeps them in flight together. */
const FULL_COST = { passwordHasher: scryptPasswordHasher }

const server = await postgresServer()
const redisUp = await redisAnswers()
const noRedis = redisUp ? false : 'needs Redis (127.0.0.1:6379 or REDIS_URL)'
const noPostgres = server === undefined ? 'needs PostgreSQL (127.0.0.1:5432 or DATABASE_URL)' : false

const BURST = 40
/** Every surface's password step (`x-sign-in: true`); they share one count per account. */
const SURFACES = ['/api/auth/sign-in/email', '/api/v1/better-auth/login', '/auth/login'] as const

/**
 * 40 wrong passwords for one email at once, each from its own address, spread over the instances
 * and the surfaces, with the right password mixed in; then the right password again once the
 * burst has been refused. Attempts evaluated are those not answered 429, and the audit trail
 * (one `sign_in.failed` row per password checked and refused) must agree.
 */
async function burst(t: Test, instances: FastifyInstance[]): Promise<void> {
  const owner = await signUp(instances[0]!)
  let address = 0
  const attempt = (index: number, password: string, url: string = SURFACES[index % SURFACES.length]!): Promise<LightMyRequestResponse> =>
    instances[index % instances.length]!.inject({
      method: 'POST', url, headers: { 'x-forwarded-for': `198.51.100.${(address += 1)}` }, payload: { email: owner.email, password },
    })
  let firstRefusal!: () => void
  const refused = new Promise<void>((resolve) => { firstRefusal = resolve })
  const inFlight = Array.from({ length: BURST }, (_, index) => {
    // The owner's right password, in the middle of the burst, on the native surface.
    const pending = index === BURST / 2 ? attempt(index, PASSWORD, SURFACES[0]) : attempt(index, 'wrong-password')
    return pending.then((response) => { if (response.statusCode === 429) firstRefusal(); return response })
  })
  // (Or once every attempt is answered, if none was refused.)
  await Promise.race([refused, Promise.all(inFlight)])
  // Once the budget is gone, the right password is refused too (the owner's device cookie is
  // what gets the owner in; see device-cookie.test.ts).
  const late = await attempt(BURST + 1, PASSWORD, SURFACES[2])
  const responses = await Promise.all(inFlight)
  const evaluated = responses.filter((response) => response.statusCode !== 429)
  t.ok(evaluated.length <= FREE_FAILURES, `${evaluated.length} of ${BURST} evaluated (statuses ${responses.map((response) => response.statusCode).join(' ')})`)
  t.ok(evaluated.length >= 1, 'the budget is used, not refused outright')
  t.ok(responses.filter((response) => response.statusCode === 429).every((response) => Number(response.headers['retry-after']) > 0), 'every refusal says when to retry')
  t.equal(late.statusCode, 429, 'the right password once the budget is gone: refused')
  const failedRows = await instances[0]!.db.selectFrom('audit_event').select('id').where('type', '=', 'sign_in.failed').where('email', '=', owner.email).execute()
  const succeededRows = await instances[0]!.db.selectFrom('audit_event').select('id').where('type', '=', 'sign_in.succeeded').where('user_id', '=', owner.userId).execute()
  t.ok(failedRows.length + succeededRows.length <= FREE_FAILURES, `passwords checked (audit): ${failedRows.length} failed, ${succeededRows.length} succeeded`)
}

const on = { RATE_LIMITS: 'on', TRUST_PROXY: '1' }

t.test('40 concurrent wrong passwords from 40 addresses: at most five are evaluated (database count)', async (t) => {
  await burst(t, [await build(t, on, FULL_COST)])
})

t.test('40 concurrent wrong passwords from 40 addresses: at most five are evaluated (Redis count)', { skip: noRedis }, async (t) => {
  await burst(t, [await build(t, { ...on, ...redisEnv(t) }, FULL_COST)])
})

async function twoInstances(t: TestContext, env: Record<string, string>): Promise<FastifyInstance[]> {
  const config = await testConfig(t, { ...on, ...env, DATABASE_URL: await createPostgresDatabase(t, server!) })
  const apps = await Promise.all([buildApp(config, { logger: false, purgeIntervalMs: 0 }), buildApp(config, { logger: false, purgeIntervalMs: 0 })])
  t.teardown(async () => { for (const app of apps) await app.close() })
  return apps
}

t.test('the burst spread over two instances on one PostgreSQL, without Redis: at most five evaluated', { skip: noPostgres }, async (t) => {
  await burst(t, await twoInstances(t, {}))
})

t.test('the burst spread over two instances on one PostgreSQL and one Redis: at most five evaluated', { skip: noPostgres || noRedis }, async (t) => {
  await burst(t, await twoInstances(t, redisEnv(t)))
})

t.test('a counted attempt stays counted when the request around it is rolled back', async (t) => {
  // The count is written outside the request's unit of work and commits at once: a request that
  // fails (5xx, rolled back) must not give an attacker the attempt back.
  const app = await build(t, on)
  const store = databaseThrottleStore(app.db, app.database.units)
  const key = `account:rolled-back-${Date.now()}`
  await t.rejects(app.database.units.run(async () => {
    // On PostgreSQL the unit has begun its transaction first; PGlite is one session, so there the
    // count must simply not be captured by the unit (the hooks run before and after the handler).
    if (app.database.kind === 'postgres') await app.db.insertInto('audit_event').values({ id: `rolled-back-${Date.now()}`, type: 'sign_out', detail: '{}' }).execute()
    for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1) t.equal((await store.reserve(key, Date.now())).allowed, true)
    throw new Error('the request failed')
  }), /the request failed/)
  t.equal((await store.reserve(key, Date.now())).allowed, false, 'the five attempts of the rolled-back request still count')
})

t.test('counts are purged once their window and longest delay have passed', async (t) => {
  const app = await build(t, on)
  const store = databaseThrottleStore(app.db, app.database.units)
  const now = Date.now()
  await store.reserve('account:purged', now)
  await store.reserve('account:kept', now + 60 * 60_000)
  t.equal(await purgeSignInAttempts(app.db, new Date(now + 31 * 60_000)), 1)
  t.same((await app.db.selectFrom('sign_in_throttle').select('key').execute()).map((row) => row.key), ['account:kept'])
})
