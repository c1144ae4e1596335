// npm run bench — the service and its baselines, side by side, in one run, on real PostgreSQL.
// Loopback only; every load is bounded in time. Results: a table on stdout and bench/results/latest.json.
import { fork, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import pg from 'pg'
import { formatEnumerationTiming, measureEnumerationTiming, type EnumerationTiming } from './enumeration-timing.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4)
const CONNECTIONS = 32
const SIGN_IN_CONCURRENCY = 8
const TIMING_ROUNDS = Number(process.env.BENCH_TIMING_ROUNDS ?? 15)
const SECRET = 'bench-secret-bench-secret-bench-secret-000'
const ORIGIN = 'http://localhost:3000'
const PASSWORD = 'correct-horse-battery'
const INTROSPECTION_SECRET = 'bench-introspection-secret-0123456789abcdef'
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

interface Measurement { requestsPerSecond: number; p50: number; p99: number; errors: number; cpuMicrosPerRequest: number }
interface Scenario {
  readonly name: string
  readonly target: 'service' | 'bare' | 'stock'
  readonly path: string
  readonly method?: 'GET' | 'POST' | 'OPTIONS'
  readonly headers?: Record<string, string>
  readonly body?: string
  readonly connections?: number
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try { await client.query(statement) } finally { await client.end() }
}

function start(file: string, port: number, env: Record<string, string>): ChildProcess {
  return fork(file, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try { if ((await fetch(url)).status < 500) return } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} did not come up`)
}

/** CPU time (user + system) a process has used, in microseconds, from /proc. */
function cpuMicros(pid: number | undefined): number {
  if (pid === undefined) return 0
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) * (1_000_000 / 100)
  } catch {
    return 0
  }
}

const serverPids = new Map<Scenario['target'], number | undefined>()

async function load(base: string, scenario: Scenario, seconds = SECONDS): Promise<Measurement> {
  const pid = serverPids.get(scenario.target)
  const cpuBefore = cpuMicros(pid)
  const result = await autocannon({
    url: `${base}${scenario.path}`,
    method: scenario.method ?? 'GET',
    headers: scenario.headers ?? {},
    ...(scenario.body === undefined ? {} : { body: scenario.body }),
    connections: scenario.connections ?? CONNECTIONS,
    duration: seconds,
  })
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuMicrosPerRequest: (cpuMicros(pid) - cpuBefore) / Math.max(1, result.requests.total),
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function summarise(runs: Measurement[]): Measurement {
  return {
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    cpuMicrosPerRequest: median(runs.map((run) => run.cpuMicrosPerRequest)),
  }
}

async function scryptCeiling(): Promise<number> {
  const child = fork(here('./scrypt-ceiling.ts'), [], {
    execArgv: ['--import', 'tsx'], env: { ...process.env, CONCURRENCY: String(SIGN_IN_CONCURRENCY), SECONDS: String(SECONDS * 2) }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => { output += String(chunk) })
  await new Promise((resolve) => child.on('exit', resolve))
  return (JSON.parse(output) as { hashesPerSecond: number }).hashesPerSecond
}

async function main(): Promise<void> {
  const database = `auth_bench_${process.pid}`
  await admin(`create database ${database}`)
  const url = new URL(server)
  url.pathname = `/${database}`
  const ports = { service: 3101, bare: 3102, stock: 3103 }
  const env = {
    DATABASE_URL: url.toString(), BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: `http://localhost:${ports.service}`,
    CORS_ORIGINS: ORIGIN, RATE_LIMITS: 'off', LOG_LEVEL: 'silent', NODE_ENV: 'development', INTROSPECTION_SECRET,
  }
  const children: ChildProcess[] = []
  try {
    children.push(start(here('../src/main.ts'), ports.service, env))
    serverPids.set('service', children.at(-1)!.pid)
    await waitFor(`http://127.0.0.1:${ports.service}/api/v1/health`)
    children.push(start(here('./servers/bare.ts'), ports.bare, env))
    serverPids.set('bare', children.at(-1)!.pid)
    children.push(start(here('./servers/stock-better-auth.ts'), ports.stock, env))
    serverPids.set('stock', children.at(-1)!.pid)
    await waitFor(`http://127.0.0.1:${ports.bare}/bare`)
    await waitFor(`http://127.0.0.1:${ports.stock}/api/auth/ok`)
    const base = (target: Scenario['target']): string => `http://127.0.0.1:${ports[target]}`

    const email = `bench.${Date.now()}@example.com`
    const signUp = await fetch(`${base('service')}/api/auth/sign-up/email`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD, name: 'Bench' }),
    })
    const cookie = (signUp.headers.getSetCookie()[0] ?? '').split(';')[0]!
    const { user } = await signUp.json() as { user: { id: string } }
    const withCookie = { cookie }
    const jwtLogin = await fetch(`${base('service')}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })
    const { token } = await jwtLogin.json() as { token: string }
    // A v1 access token for the same user: the REST surface signs in verified users only.
    const database = new pg.Client({ connectionString: url.toString() })
    await database.connect()
    await database.query('update "user" set email_verified = true where email = $1', [email])
    await database.end()
    const v1Login = await fetch(`${base('service')}/api/v1/better-auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })
    const { accessToken } = await v1Login.json() as { accessToken: string }
    const sessionToken = decodeURIComponent(cookie.split('=').slice(1).join('='))

    const scenarios: Scenario[] = [
      { name: 'bare Fastify route', target: 'bare', path: '/bare' },
      { name: 'CORS preflight', target: 'service', path: '/api/auth/sign-in/email', method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } },
      { name: 'GET /api/v1/health', target: 'service', path: '/api/v1/health' },
      { name: 'stock Better Auth get-session', target: 'stock', path: '/api/auth/get-session', headers: withCookie },
      { name: 'GET /api/auth/get-session (cookie)', target: 'service', path: '/api/auth/get-session', headers: withCookie },
      { name: 'GET /api/auth/session (cookie)', target: 'service', path: '/api/auth/session', headers: withCookie },
      { name: 'GET /api/v1/better-auth/me (cookie)', target: 'service', path: '/api/v1/better-auth/me', headers: withCookie },
      { name: 'GET /api/v1/better-auth/me (bearer access token)', target: 'service', path: '/api/v1/better-auth/me', headers: { authorization: `Bearer ${accessToken}` } },
      { name: 'GET /auth/me (bearer JWT)', target: 'service', path: '/auth/me', headers: { authorization: `Bearer ${token}` } },
      { name: 'POST /api/v1/sessions/introspect (session token)', target: 'service', path: '/api/v1/sessions/introspect', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${INTROSPECTION_SECRET}` }, body: JSON.stringify({ token: sessionToken }) },
    ]
    const runs = new Map<string, Measurement[]>(scenarios.map((scenario) => [scenario.name, []]))
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const scenario of scenarios) runs.get(scenario.name)!.push(await load(base(scenario.target), scenario))
    }
    const results = new Map([...runs].map(([name, measured]) => [name, summarise(measured)]))
    const enumerationTiming = await measureEnumerationTiming(base('service'), email, TIMING_ROUNDS)

    const signInBody = JSON.stringify({ email, password: PASSWORD })
    const signIn: Scenario = { name: `POST /api/auth/sign-in/email (${SIGN_IN_CONCURRENCY} in flight)`, target: 'service', path: '/api/auth/sign-in/email', method: 'POST', headers: { 'content-type': 'application/json' }, body: signInBody, connections: SIGN_IN_CONCURRENCY }
    const healthProbe: Scenario = { name: 'health during sign-ins', target: 'service', path: '/api/v1/health', connections: 1 }
    const [signInResult, healthUnderLoad] = await Promise.all([
      load(base('service'), signIn, SECONDS * 2),
      new Promise<Measurement>((resolve) => setTimeout(() => resolve(load(base('service'), healthProbe, SECONDS)), 500)),
    ])
    results.set(signIn.name, signInResult)
    results.set(healthProbe.name, healthUnderLoad)
    const ceiling = await scryptCeiling()

    const growth: Array<{ sessions: number; result: Measurement }> = []
    const client = new pg.Client({ connectionString: url.toString() })
    client.on('error', () => {})
    await client.connect()
    let seeded = 0
    for (const sessions of [1_000, 1_000_000]) {
      const { rows } = await client.query<{ count: string }>('select count(*) from session')
      const missing = sessions - Number(rows[0]!.count)
      if (missing > 0) {
        await client.query(`insert into session (id, token, user_id, expires_at, created_at, updated_at)
          select 'bench-' || g, 'bench-token-' || g || '-' || md5(g::text), $1, now() + interval '7 days', now(), now()
          from generate_series($2::int, $3::int) as g`, [user.id, seeded + 1, seeded + missing])
        seeded += missing
        await client.query('analyze session')
      }
      growth.push({ sessions, result: await load(base('service'), { name: 'growth', target: 'service', path: '/api/auth/get-session', headers: withCookie }) })
    }
    await client.end()

    report(results, ceiling, growth, enumerationTiming)
  } catch (error) {
    console.error('bench failed:', error)
    process.exitCode = 1
  } finally {
    for (const child of children) child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    await admin(`drop database if exists ${database} with (force)`)
  }
}

function report(results: Map<string, Measurement>, ceiling: number, growth: Array<{ sessions: number; result: Measurement }>, enumerationTiming: EnumerationTiming[]): void {
  const bare = results.get('bare Fastify route')!.requestsPerSecond
  const stock = results.get('stock Better Auth get-session')!.requestsPerSecond
  const rows = [...results].map(([name, result]) => ({
    name,
    rps: result.requestsPerSecond,
    p50: result.p50,
    p99: result.p99,
    ofBare: result.requestsPerSecond / bare,
    ofStock: result.requestsPerSecond / stock,
    cpu: result.cpuMicrosPerRequest,
    errors: result.errors,
  }))
  const format = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
  const lines = [
    `| endpoint | req/s | p50 ms | p99 ms | × bare route | × stock get-session | server CPU µs/req | errors |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|`,
    ...rows.map((row) => `| ${row.name} | ${format(row.rps)} | ${format(row.p50, 1)} | ${format(row.p99, 1)} | ${format(row.ofBare, 2)} | ${format(row.ofStock, 1)} | ${format(row.cpu)} | ${row.errors} |`),
    `| scrypt ceiling (${SIGN_IN_CONCURRENCY} in flight) | ${format(ceiling, 1)} hashes/s | | | | | | |`,
  ]
  const signIn = rows.find((row) => row.name.startsWith('POST /api/auth/sign-in'))!
  const session = rows.find((row) => row.name.startsWith('GET /api/auth/get-session'))!
  const preflight = rows.find((row) => row.name === 'CORS preflight')!
  const jwtMe = rows.find((row) => row.name.startsWith('GET /auth/me'))!
  const healthUnderLoad = rows.find((row) => row.name === 'health during sign-ins')!
  const targets = [
    `session check by cookie ≥ 10× stock get-session: ${format(session.ofStock, 1)}×`,
    `session check by cookie ≥ 15% of the bare route: ${format(session.ofBare * 100, 1)}%`,
    `me by JWT ≥ 30% of the bare route: ${format(jwtMe.ofBare * 100, 1)}%`,
    `preflight ≥ 90% of the bare route: ${format(preflight.ofBare * 100, 1)}%`,
    `sign-in ≥ 85% of the scrypt ceiling: ${format((signIn.rps / ceiling) * 100, 1)}%`,
    `health p99 under sign-in load < 20 ms: ${format(healthUnderLoad.p99, 1)} ms`,
  ]
  const growthLines = [
    `| sessions in the table | req/s | p50 ms | p99 ms |`,
    `|---:|---:|---:|---:|`,
    ...growth.map(({ sessions, result }) => `| ${format(sessions)} | ${format(result.requestsPerSecond)} | ${format(result.p50, 1)} | ${format(result.p99, 1)} |`),
  ]
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections`
  console.log(`\n${machine}\n\n${lines.join('\n')}\n\nTargets:\n${targets.map((line) => `- ${line}`).join('\n')}\n\nGrowth (get-session by cookie):\n\n${growthLines.join('\n')}\n\n${formatEnumerationTiming(enumerationTiming, TIMING_ROUNDS)}\n`)
  mkdirSync(here('./results'), { recursive: true })
  writeFileSync(here('./results/latest.json'), JSON.stringify({ machine, rows, scryptCeiling: ceiling, growth, targets, enumerationTiming }, null, 2))
}

await main()
