import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { freePort, PASSWORD, TEST_SECRET, uniqueEmail, type TestContext } from '../helper.js'
import { RUN_TYPESCRIPT } from '../typescript-process.js'

const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url))
const START_TIMEOUT_MS = 90_000

// Loaded into the service before its own code: on the message `reject` from the test, a promise
// is rejected that nobody handles, as a bug in a background task would.
const REJECT_ON_MESSAGE = `data:text/javascript,process.on('message', (message) => { if (message === 'reject') Promise.reject(new Error('a background task failed')) })`

interface LogEntry {
  readonly level: number
  readonly msg?: string
  readonly err?: { readonly message?: string; readonly stack?: string }
}

interface RunningService {
  readonly child: ChildProcess
  readonly port: number
  readonly exited: Promise<number | null>
  /** Every JSON line the service logged so far. */
  readonly entries: LogEntry[]
  /** Resolves once the service has logged a line that `matches`. */
  logged(matches: (entry: LogEntry) => boolean): Promise<void>
}

/** Runs `npm start`'s entry point on a free port with a throwaway database, and waits for it to answer. */
async function startService(t: TestContext, preload: string[] = []): Promise<RunningService> {
  const port = await freePort()
  const child = spawn(process.execPath, [...RUN_TYPESCRIPT, ...preload.flatMap((module) => ['--import', module]), main], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: 'pglite:memory', BETTER_AUTH_SECRET: TEST_SECRET, LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const entries: LogEntry[] = []
  let pending = ''
  child.stdout!.on('data', (chunk) => {
    const lines = (pending + String(chunk)).split('\n')
    pending = lines.pop()!
    for (const line of lines) {
      try { entries.push(JSON.parse(line) as LogEntry) } catch { /* not a log line */ }
    }
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => { stderr += String(chunk) })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })

  const logged = async (matches: (entry: LogEntry) => boolean): Promise<void> => {
    while (!entries.some(matches)) {
      if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}): ${stderr}`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  // Generous: on a loaded machine, booting PGlite in a fresh process takes a while.
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) break
    } catch { /* not listening yet */ }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the service did not start: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { child, port, exited, entries, logged }
}

interface HeldSignIn {
  /** Sends the rest of the body; resolves to the answer's status line, or how the connection failed. */
  finish(): Promise<string>
}

/**
 * Signs an account up, then starts a sign-in whose body arrives in two halves, and returns once the
 * service has received the request: it stays in flight until `finish` sends the second half.
 */
async function holdSignIn(service: RunningService): Promise<HeldSignIn> {
  const base = `http://127.0.0.1:${service.port}`
  const email = uniqueEmail('shutdown')
  const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD, name: 'A' }),
  })
  if (signUp.status !== 200) throw new Error(`sign-up answered ${signUp.status}`)

  const body = JSON.stringify({ email, password: PASSWORD })
  const half = Math.floor(body.length / 2)
  const socket = net.connect(service.port, '127.0.0.1')
  let answer = ''
  socket.on('data', (chunk) => { answer += String(chunk) })
  const closed = new Promise<string>((resolve) => {
    socket.on('close', () => resolve(answer.split('\r\n')[0] || 'closed without an answer'))
    socket.on('error', (error) => resolve(`failed: ${error.message}`))
  })
  const before = service.entries.length
  socket.write(`POST /api/auth/sign-in/email HTTP/1.1\r\nHost: 127.0.0.1:${service.port}\r\nContent-Type: application/json\r\n`
    + `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`)
  // The service logs each request it receives, before it reads the body.
  await service.logged((entry) => service.entries.indexOf(entry) >= before && entry.msg === 'incoming request')
  return {
    finish: async () => {
      socket.write(body.slice(half))
      return closed
    },
  }
}

t.test('SIGTERM lets a sign-in in flight finish, then exits 0', async (t) => {
  const service = await startService(t)
  const signIn = await holdSignIn(service)
  service.child.kill('SIGTERM')
  await service.logged((entry) => entry.msg === 'shutting down')
  t.equal(await signIn.finish(), 'HTTP/1.1 200 OK', 'the sign-in in flight completed after shutdown began')
  t.equal(await service.exited, 0, 'exit code 0')
  await t.rejects(fetch(`http://127.0.0.1:${service.port}/api/v1/health`), 'no longer listening')
})

t.test('an unhandled rejection is logged, a sign-in in flight finishes, then the process exits 1', async (t) => {
  const service = await startService(t, [REJECT_ON_MESSAGE])
  const signIn = await holdSignIn(service)
  service.child.send('reject')
  await service.logged((entry) => entry.level === 60)
  const failure = service.entries.find((entry) => entry.level === 60)!
  t.equal(failure.err?.message, 'a background task failed', 'the failure is logged at level fatal, with its error')
  t.match(failure.err?.stack, /a background task failed/, 'and its stack')
  t.equal(await signIn.finish(), 'HTTP/1.1 200 OK', 'the sign-in in flight completed after the failure')
  t.equal(await service.exited, 1, 'exit code 1')
  await t.rejects(fetch(`http://127.0.0.1:${service.port}/api/v1/health`), 'no longer listening')
})
