import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { promises as fs, copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { FileMigrationProvider } from 'kysely/migration'
import t from 'tap'
import { MIGRATIONS_DIR } from '../../src/db/migrator.js'
import { freePort } from '../helper.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

// One build for the whole file, laid out as the image is: package.json, node_modules, openapi.yaml
// and dist/ — no src/, no tsconfig, no TypeScript loader.
const image = mkdtempSync(path.join(tmpdir(), 'auth-service-image-'))
t.teardown(() => rmSync(image, { recursive: true, force: true }))
for (const file of ['package.json', 'openapi.yaml']) copyFileSync(path.join(root, file), path.join(image, file))
symlinkSync(path.join(root, 'node_modules'), path.join(image, 'node_modules'), 'dir')
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
// Emitted as `npm run build` emits, without its type check: `npm test` has checked the same files
// already (that check is most of the build's time).
await promisify(execFile)(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--noCheck', '--outDir', path.join(image, 'dist')], { cwd: root })

t.test('npm run build: the compiled migrations load under the names an existing database has recorded', async (t) => {
  const migrationsOf = async (folder: string): Promise<string[]> => Object.keys(await new FileMigrationProvider({ fs, path, migrationFolder: folder }).getMigrations())
  const compiled = await migrationsOf(path.join(image, 'dist', 'db', 'migrations'))
  t.ok(compiled.length > 0)
  t.same(compiled, await migrationsOf(MIGRATIONS_DIR), 'the same names, in the same order, as from src/')
})

t.test('node dist/main.js: the compiled service starts in production on its own, answers health, and stops on SIGTERM', async (t) => {
  const port = await freePort()
  const environment: Record<string, string | undefined> = { ...process.env }
  // Nothing of the test runner's TypeScript loader may reach the service.
  delete environment.NODE_OPTIONS
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: image,
    env: {
      ...environment,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: 'pglite:memory',
      BETTER_AUTH_SECRET: randomBytes(32).toString('base64'),
      BETTER_AUTH_URL: 'https://api.example.com',
      CORS_ORIGINS: 'https://app.example.com',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  let stderr = ''
  child.stderr.on('data', (chunk) => { stderr += String(chunk) })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

  // Generous: on a loaded machine, booting PGlite in a fresh process takes a while.
  const deadline = Date.now() + 90_000
  let health: Response | undefined
  while (health === undefined) {
    if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}): ${stderr}`)
    health = await fetch(`http://127.0.0.1:${port}/api/v1/health`).catch(() => undefined)
    if (health === undefined && Date.now() > deadline) throw new Error(`the service did not start: ${stderr}`)
    if (health === undefined) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.equal(health.status, 200)
  t.match(await health.json(), { status: 'ok', database: 'up' })
  const spec = await fetch(`http://127.0.0.1:${port}/openapi.yaml`)
  t.equal(spec.status, 200, 'the contract is found beside dist/')

  child.kill('SIGTERM')
  t.equal(await exited, 0, 'exit code 0')
  t.equal(stderr, '', 'nothing on stderr')
})
