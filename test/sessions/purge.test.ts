import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { purgeExpired } from '../../src/sessions/session-repository.js'
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

t.test('purgeExpired deletes what expired, in batches, and nothing else', async (t) => {
  const app = await build(t)
  await ageSessions(app, 2_345)
  const result = await purgeExpired(app.db, new Date(), 1_000)
  t.same(result, { sessions: 2_345, verifications: 1, refreshTokens: 0, registrationTokens: 0 })
  const left = await app.db.selectFrom('session').select('id').execute()
  t.equal(left.length, 1, 'the live session stays')
  t.same(await purgeExpired(app.db, new Date()), { sessions: 0, verifications: 0, refreshTokens: 0, registrationTokens: 0 })
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
  t.match(stdout, /purged 3 sessions and 1 verification values/)
})
