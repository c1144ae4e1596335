import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { build, testDatabaseUrl, TEST_SECRET } from '../helper.js'
import { bearer } from './admin-helper.js'
import { RUN_TYPESCRIPT } from '../typescript-process.js'

const run = promisify(execFile)

t.test('npm run admin: create-key prints the key once, list-keys never, revoke-key stops it', async (t) => {
  // A database the CLI and the app share: PGlite in a directory (one process at a time), or PostgreSQL.
  let databaseUrl = await testDatabaseUrl(t)
  if (databaseUrl === 'pglite:memory') {
    const directory = mkdtempSync(path.join(tmpdir(), 'admin-cli-'))
    t.teardown(() => rmSync(directory, { recursive: true, force: true }))
    databaseUrl = `pglite:${directory}`
  }
  const env = { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: TEST_SECRET, BETTER_AUTH_URL: 'http://localhost:3001', NODE_ENV: 'test', LOG_LEVEL: 'silent' }
  const admin = async (...args: string[]): Promise<string> => (await run(process.execPath, [...RUN_TYPESCRIPT, 'src/admin/admin-cli.ts', ...args], { env })).stdout

  const created = (await admin('create-key', '--name', 'ci', '--scopes', 'users:read,keys:write')).trim().split('\n')
  const record = JSON.parse(created[0]!) as { id: string; prefix: string; scopes: string[] }
  const key = created[1]!
  t.match(key, /^ask_[A-Za-z0-9_-]{43}$/)
  t.same(record.scopes, ['users:read', 'keys:write'])
  t.equal(record.prefix, key.slice(0, 12))
  const listed = await admin('list-keys')
  t.match(listed, record.id)
  t.notMatch(listed, key, 'the key is never printed again')
  await t.rejects(admin('create-key', '--name', 'ci', '--scopes', 'users:admin'), /unknown: users:admin/, 'an unknown scope is refused')
  await t.rejects(admin('create-key', '--scopes', 'users:read'), /--name is required/)

  const use = async (): Promise<number> => {
    const app = await build(t, { DATABASE_URL: databaseUrl })
    try {
      return (await app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: bearer(key) })).statusCode
    } finally {
      await app.close()
    }
  }
  t.equal(await use(), 200, 'the printed key works')
  t.match(await admin('revoke-key', record.id), /"revokedAt":"/)
  t.equal(await use(), 401, 'a revoked key is refused')
})
