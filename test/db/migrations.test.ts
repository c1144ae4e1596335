import t from 'tap'
import { getMigrations } from 'better-auth/db/migration'
import { sql } from 'kysely'
import { authOptions } from '../../src/auth/better-auth.js'
import { openDatabase } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrator.js'
import { createOriginPolicy } from '../../src/origins/origin-policy.js'
import { signUp, testConfig, TEST_SECRET } from '../helper.js'
import { build } from '../helper.js'

t.test('Better Auth finds nothing missing in the migrated database', async (t) => {
  const config = await testConfig(t)
  const database = await openDatabase(config.databaseUrl)
  t.teardown(() => database.close())
  await migrateToLatest(database.db)
  const silent = { error() {}, warn() {}, info() {}, debug() {} }
  const options = authOptions({
    config, db: database.db, secret: TEST_SECRET, logger: silent,
    mailer: { send: async () => {}, idle: async () => {} },
    originPolicy: createOriginPolicy(config.corsOrigins, config.baseUrl),
  })
  const diff = await getMigrations(options)
  t.same(diff.toBeCreated, [], 'no table to create')
  t.same(diff.toBeAdded, [], 'no column to add')
  t.equal((await diff.compileMigrations()).replace(/;\s*$/, '').trim(), '', 'no SQL to run')
})

t.test('migrating twice, or from two instances at once, applies each migration once', async (t) => {
  const config = await testConfig(t)
  if (!config.databaseUrl.startsWith('postgres')) {
    const database = await openDatabase(config.databaseUrl)
    t.teardown(() => database.close())
    t.ok((await migrateToLatest(database.db)).length > 0)
    t.same(await migrateToLatest(database.db), [], 'nothing the second time')
    return
  }
  const [first, second] = await Promise.all([openDatabase(config.databaseUrl), openDatabase(config.databaseUrl)])
  t.teardown(async () => { await first.close(); await second.close() })
  const [a, b] = await Promise.all([migrateToLatest(first.db), migrateToLatest(second.db)])
  t.same([...a, ...b].sort(), a.length > 0 ? a : b, 'every migration applied by exactly one of them')
  const { rows } = await sql<{ count: string }>`select count(*) as count from kysely_migration`.execute(first.db)
  t.equal(Number(rows[0]!.count), a.length + b.length)
})

t.test('tables and columns are snake_case, so other backends can read sessions', async (t) => {
  const app = await build(t)
  const user = await signUp(app)
  const { rows } = await sql<{ user_id: string; expires_at: Date }>`SELECT user_id, expires_at FROM session WHERE token = ${user.token}`.execute(app.db)
  t.equal(rows.length, 1)
  t.equal(rows[0]!.user_id, user.userId)
  t.type(rows[0]!.expires_at, Date, 'expires_at is a timestamp with time zone')
  const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name in ('user', 'session', 'account', 'verification')`.execute(app.db)
  for (const { column_name } of columns.rows) t.match(column_name, /^[a-z_]+$/, column_name)
})
