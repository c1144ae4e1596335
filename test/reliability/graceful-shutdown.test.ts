import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { PASSWORD, TEST_SECRET, uniqueEmail } from '../helper.js'

const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url))

t.test('SIGTERM lets the sign-ins in flight finish, then exits 0', async (t) => {
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  const base = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    // Limits off: eight sign-ins of one account at once would meet its attempt budget (five in flight).
    env: { ...process.env, PORT: String(port), DATABASE_URL: 'pglite:memory', BETTER_AUTH_SECRET: TEST_SECRET, LOG_LEVEL: 'info', NODE_ENV: 'development', RATE_LIMITS: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // The service logs each request it receives: SIGTERM goes once all eight are inside.
  let received = 0
  child.stdout.on('data', (chunk) => {
    received += String(chunk).split('\n').filter((line) => line.includes('incoming request') && line.includes('sign-in')).length
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => { stderr += String(chunk) })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })

  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) break
    } catch { /* not listening yet */ }
    if (attempt > 300) throw new Error(`the service did not start: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const email = uniqueEmail('shutdown')
  const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD, name: 'A' }),
  })
  t.equal(signUp.status, 200)

  const burst = Array.from({ length: 8 }, () => fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify({ email, password: PASSWORD }),
  }).then((response) => response.status, (error: unknown) => `failed: ${String(error)}`))
  while (received < 8) await new Promise((resolve) => setTimeout(resolve, 5))
  child.kill('SIGTERM')
  const statuses = await Promise.all(burst)
  t.same(statuses, Array(8).fill(200), 'every sign-in in flight completed')
  t.equal(await exited, 0, 'exit code 0')
  await t.rejects(fetch(`${base}/api/v1/health`), 'no longer listening')
})
