import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { openDatabase } from '../../src/db/database.js'
import { freePort, TEST_SECRET, testConfig, type TestContext } from '../helper.js'
import { RUN_TYPESCRIPT } from '../typescript-process.js'

const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url))
// The tests below wait (on a deliberately slow database, on child processes): side by side.
t.jobs = 5
/** Fastify's (avvio's) default time for one plugin to load; the old database plugin died past it. */
const PLUGIN_TIMEOUT_MS = 10_000

t.test('start-up waits for a database that takes longer to open than a plugin may take to load', async (t) => {
  let opened = false
  const slowOpen = async (url: string): ReturnType<typeof openDatabase> => {
    await new Promise((resolve) => setTimeout(resolve, PLUGIN_TIMEOUT_MS + 500))
    opened = true
    return openDatabase(url)
  }
  const app = await buildApp(await testConfig(t), { logger: false, purgeIntervalMs: 0, openDatabase: slowOpen })
  t.teardown(() => app.close())
  await app.ready()
  t.ok(opened, 'the slow database was the one opened')
  const health = await app.inject({ method: 'GET', url: '/api/v1/health' })
  t.equal(health.statusCode, 200)
})

/** Runs `npm start`'s entry point and collects how it ends. */
async function start(t: TestContext, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'auth-service-start-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  const child = spawn(process.execPath, [...RUN_TYPESCRIPT, main], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(await freePort()), BETTER_AUTH_SECRET: TEST_SECRET, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  let stderr = ''
  child.stderr.on('data', (chunk) => { stderr += String(chunk) })
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)))
  return { code, stderr }
}

const unopenable: Array<[string, string, RegExp]> = [
  ['a PGlite directory that cannot be created', 'pglite:/proc/nonexistent/auth', /^auth-service: DATABASE_URL: cannot open pglite:\/proc\/nonexistent\/auth \(.+\)$/],
  ['a PGlite directory under a file', 'pglite:/etc/passwd/auth', /^auth-service: DATABASE_URL: cannot open pglite:\/etc\/passwd\/auth \(ENOTDIR: .+\)$/],
  ['a PostgreSQL server that refuses the connection', 'postgres://auth:hunter2-secret@127.0.0.1:PORT/auth', /^auth-service: DATABASE_URL: cannot open postgres:\/\/auth:\*\*\*@127\.0\.0\.1:\d+\/auth \(.*ECONNREFUSED.*\)$/],
  ['a PostgreSQL host that does not resolve', 'postgres://auth@db.invalid:5432/auth', /^auth-service: DATABASE_URL: cannot open postgres:\/\/auth@db\.invalid:5432\/auth \(.*(ENOTFOUND|EAI_AGAIN).*\)$/],
]
for (const [name, url, expected] of unopenable) {
  t.test(`npm start with ${name}: one line naming DATABASE_URL, exit code 1`, async (t) => {
    const { code, stderr } = await start(t, { DATABASE_URL: url.replace('PORT', String(await freePort())) })
    t.equal(code, 1)
    const lines = stderr.trimEnd().split('\n')
    t.equal(lines.length, 1, `one line, no stack trace:\n${stderr}`)
    t.match(lines[0], expected)
    t.notMatch(stderr, /hunter2/, 'the password is never printed')
  })
}
