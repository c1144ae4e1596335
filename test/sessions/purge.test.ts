import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { purgeExpired } from '../../src/sessions/purge-repository.js'
import { build, createPostgresDatabase, postgresServer, signUp, testConfig } from '../helper.js'

async function ageSessions(app: Awaited<ReturnType<typeof build>>, count: number): Promise<void> {
  const user = await signUp(app)
  const past = new Date(Date.now() - 60_000)
  const rows = Array.from({ length: count }, (_, index) => ({
    id: `old-${index}`, token: `old-token-${index}`, user_id: user.userId, expires_at: past, created_at: past, updated_at: past,
  }))
  for (let start = 0; start < rows.length; start += 500) await app.db.insertInto('session').values(rows.slice(start, start + 500)).execute()
  await app.db.insertInto('verification').values({ id: 'old-v', identifier: 'reset-password:x', value: user.userId, expires_at: past, created_at: past, updated_at: past }).execute()
}

const RETENTION = { auditRetentionDays: 30 }

t.test('purgeExpired deletes what expired, in batches, and nothing else', async (t) => {
  const app = await build(t)
  await ageSessions(app, 2_345)
  const result = await purgeExpired(app.db, new Date(), { ...RETENTION, batchSize: 1_000 })
  t.same(result, { sessions: 2_345, verifications: 1, refreshTokens: 0, registrationTokens: 0, spentTotpCodes: 0, pendingRegistrations: 0, emailChanges: 0, federatedSignIns: 0, auditEvents: 0 })
  const left = await app.db.selectFrom('session').select('id').execute()
  t.equal(left.length, 1, 'the live session stays')
  t.same(await purgeExpired(app.db, new Date(), RETENTION), { sessions: 0, verifications: 0, refreshTokens: 0, registrationTokens: 0, spentTotpCodes: 0, pendingRegistrations: 0, emailChanges: 0, federatedSignIns: 0, auditEvents: 0 })
})

t.test('audit events are kept for their retention, then purged', async (t) => {
  const app = await build(t)
  const day = 24 * 60 * 60 * 1000
  const event = (id: string, daysAgo: number) => ({ id, type: 'sign_out', occurred_at: new Date(Date.now() - daysAgo * day), detail: '{}' })
  await app.db.insertInto('audit_event').values([event('old', 31), event('recent', 29)]).execute()
  const result = await purgeExpired(app.db, new Date(), RETENTION)
  t.equal(result.auditEvents, 1)
  t.same((await app.db.selectFrom('audit_event').select('id').execute()).map((row) => row.id), ['recent'])
})

t.test('the schedule purges on its own', async (t) => {
  const app = await buildApp(await testConfig(t), { logger: false, purgeIntervalMs: 50 })
  t.teardown(() => app.close())
  await app.ready()
  await ageSessions(app, 10)
  let left = Infinity
  for (let attempt = 0; attempt < 100 && left > 1; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    left = (await app.db.selectFrom('session').select('id').execute()).length
  }
  t.equal(left, 1)
})

const server = await postgresServer()
t.test('npm run purge', { skip: server === undefined ? 'needs PostgreSQL' : false }, async (t) => {
  const url = await createPostgresDatabase(t, server!)
  const app = await build(t, { DATABASE_URL: url })
  await ageSessions(app, 3)
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'purge'], { env: { ...process.env, DATABASE_URL: url } })
  t.match(stdout, /purged 3 sessions and 1 verification values \(0 refresh tokens, 0 registration tokens, 0 spent TOTP codes, 0 pending registrations, 0 email changes, 0 provider sign-ins, 0 audit events\)/)
})
