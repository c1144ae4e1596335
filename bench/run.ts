// npm run bench — the service and its baselines, side by side, in one run, on real PostgreSQL.
// Loopback only; every load is bounded in time. Results: a table on stdout and bench/results/latest.json.
import { fork, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import pg from 'pg'
import { signToken } from '../src/auth/session-cookies.js'
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
/** Session checks, each with a session of its own, between the two readings of the service's memory. */
const MEMORY_CHECKS = Number(process.env.BENCH_MEMORY_CHECKS ?? 100_000)
/** A regular expression: only the rows and phases (`sign-in`, `growth`, `memory`, `timing`) it matches run. */
const ONLY = process.env.BENCH_ONLY === undefined ? undefined : new RegExp(process.env.BENCH_ONLY)
/** A directory: the service runs with `--cpu-prof` and writes its profile there when it stops. */
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF
/** The pace of health probes while sign-ins saturate the CPU. */
const HEALTH_PROBES_PER_SECOND = 50
const runs = (name: string): boolean => ONLY === undefined || ONLY.test(name)

type Target = 'service' | 'bare' | 'stock' | 'express' | 'fastifySession'
interface Measurement { requestsPerSecond: number; p50: number; p99: number; errors: number; cpuMicrosPerRequest: number }
interface Scenario {
  readonly name: string
  readonly target: Target
  readonly path: string
  readonly method?: 'GET' | 'POST' | 'OPTIONS'
  readonly headers?: Record<string, string>
  readonly body?: string
  readonly connections?: number
  /** Requests per second in all, when the load is paced rather than as fast as answers come. */
  readonly rate?: number
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try { await client.query(statement) } finally { await client.end() }
}

function start(file: string, port: number, env: Record<string, string>, execArgv: string[] = []): ChildProcess {
  return fork(file, [], { execArgv: ['--import', 'tsx', ...execArgv], env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
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

/** Resident set size of a process, in bytes, from /proc. */
function residentBytes(pid: number | undefined): number {
  if (pid === undefined) return 0
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'))
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024
}

const serverPids = new Map<Target, number | undefined>()

async function load(base: string, scenario: Scenario, seconds = SECONDS): Promise<Measurement> {
  const pid = serverPids.get(scenario.target)
  const cpuBefore = cpuMicros(pid)
  const result = await autocannon({
    url: `${base}${scenario.path}`,
    method: scenario.method ?? 'GET',
    headers: scenario.headers ?? {},
    ...(scenario.body === undefined ? {} : { body: scenario.body }),
    connections: scenario.connections ?? CONNECTIONS,
    ...(scenario.rate === undefined ? {} : { overallRate: scenario.rate }),
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

function mean(runs: Measurement[]): Measurement {
  const average = (pick: (run: Measurement) => number): number => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length
  return {
    requestsPerSecond: average((run) => run.requestsPerSecond),
    p50: average((run) => run.p50),
    p99: average((run) => run.p99),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    cpuMicrosPerRequest: average((run) => run.cpuMicrosPerRequest),
  }
}

/** Hashes per second: the service's own hasher, or Better Auth's on node:crypto's thread pool. */
interface Ceiling { readonly service: number; readonly node: number }

async function scryptCeiling(hasher: keyof Ceiling): Promise<number> {
  const child = fork(here('./scrypt-ceiling.ts'), [], {
    execArgv: ['--import', 'tsx'], env: { ...process.env, HASHER: hasher, CONCURRENCY: String(SIGN_IN_CONCURRENCY), SECONDS: String(SECONDS) }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => { output += String(chunk) })
  await new Promise((resolve) => child.on('exit', resolve))
  return (JSON.parse(output) as { hashesPerSecond: number }).hashesPerSecond
}

/** A peer stack's session cookie: it signs in once, its documented way. */
async function peerCookie(base: string): Promise<string> {
  const response = await fetch(`${base}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'peer@example.com' }) })
  if (!response.ok) throw new Error(`${base}/login answered ${response.status}`)
  return (response.headers.getSetCookie()[0] ?? '').split(';')[0]!
}

interface MemoryReading { checks: number; atBootBytes: number; beforeBytes: number; afterBytes: number; requestsPerSecond: number; errors: number }

/** The service's memory before and after checking `checks` sessions, each a different one, once each. */
async function measureMemory(base: string, pid: number | undefined, cookies: string[], atBootBytes: number, warmUp: Record<string, string>): Promise<MemoryReading> {
  // Warmed up first on one session, so that what the reading compares is the cost of many sessions.
  await autocannon({ url: `${base}/api/auth/get-session`, connections: CONNECTIONS, duration: 2, headers: warmUp })
  const beforeBytes = residentBytes(pid)
  let next = 0
  let anonymous = 0
  const result = await autocannon({
    url: `${base}/api/auth/get-session`,
    connections: CONNECTIONS,
    amount: cookies.length,
    requests: [{
      setupRequest: (request) => ({ ...request, headers: { ...request.headers, cookie: cookies[next++ % cookies.length]! } }),
      // A session the service did not find answers 200 with null: counted as an error here.
      onResponse: (_status, body) => { if (body.startsWith('null')) anonymous += 1 },
    }],
  })
  return { checks: result.requests.total, atBootBytes, beforeBytes, afterBytes: residentBytes(pid), requestsPerSecond: result.requests.average, errors: result.errors + result.non2xx + anonymous }
}

async function main(): Promise<void> {
  const database = `auth_bench_${process.pid}`
  const peerDatabases = { express: `${database}_express`, fastifySession: `${database}_fastify_session` }
  for (const name of [database, ...Object.values(peerDatabases)]) await admin(`create database ${name}`)
  const urlOf = (name: string): string => {
    const url = new URL(server)
    url.pathname = `/${name}`
    return url.toString()
  }
  const url = new URL(urlOf(database))
  const ports = { service: 3101, bare: 3102, stock: 3103, express: 3104, fastifySession: 3105 }
  const env = {
    DATABASE_URL: url.toString(), BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: `http://localhost:${ports.service}`,
    CORS_ORIGINS: ORIGIN, RATE_LIMITS: 'off', LOG_LEVEL: 'silent', NODE_ENV: 'development', INTROSPECTION_SECRET,
  }
  const children: ChildProcess[] = []
  const launch = (target: Target, file: string, targetEnv: Record<string, string>, execArgv: string[] = []): void => {
    children.push(start(here(file), ports[target], targetEnv, execArgv))
    serverPids.set(target, children.at(-1)!.pid)
  }
  try {
    launch('service', '../src/main.ts', env, CPU_PROF_DIR === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`])
    await waitFor(`http://127.0.0.1:${ports.service}/api/v1/health`)
    const atBootBytes = residentBytes(serverPids.get('service'))
    launch('bare', './servers/bare.ts', env)
    launch('stock', './servers/stock-better-auth.ts', env)
    launch('express', './servers/express-session.ts', { ...env, DATABASE_URL: urlOf(peerDatabases.express) })
    launch('fastifySession', './servers/fastify-session.ts', { ...env, DATABASE_URL: urlOf(peerDatabases.fastifySession) })
    await waitFor(`http://127.0.0.1:${ports.bare}/bare`)
    await waitFor(`http://127.0.0.1:${ports.stock}/api/auth/ok`)
    await waitFor(`http://127.0.0.1:${ports.express}/me`)
    await waitFor(`http://127.0.0.1:${ports.fastifySession}/me`)
    const base = (target: Target): string => `http://127.0.0.1:${ports[target]}`

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
    const expressCookie = await peerCookie(base('express'))
    const fastifySessionCookie = await peerCookie(base('fastifySession'))

    const scenarios: Scenario[] = [
      { name: ROW.bare, target: 'bare', path: '/bare' },
      { name: ROW.preflight, target: 'service', path: '/api/auth/sign-in/email', method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } },
      { name: ROW.health, target: 'service', path: '/api/v1/health' },
      { name: ROW.stock, target: 'stock', path: '/api/auth/get-session', headers: withCookie },
      { name: ROW.express, target: 'express', path: '/me', headers: { cookie: expressCookie } },
      { name: ROW.fastifySession, target: 'fastifySession', path: '/me', headers: { cookie: fastifySessionCookie } },
      { name: ROW.session, target: 'service', path: '/api/auth/get-session', headers: withCookie },
      { name: 'GET /api/auth/session (cookie)', target: 'service', path: '/api/auth/session', headers: withCookie },
      { name: 'GET /api/v1/better-auth/me (cookie)', target: 'service', path: '/api/v1/better-auth/me', headers: withCookie },
      { name: ROW.v1Me, target: 'service', path: '/api/v1/better-auth/me', headers: { authorization: `Bearer ${accessToken}` } },
      { name: ROW.jwtMe, target: 'service', path: '/auth/me', headers: { authorization: `Bearer ${token}` } },
      { name: 'POST /api/v1/sessions/introspect (session token)', target: 'service', path: '/api/v1/sessions/introspect', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${INTROSPECTION_SECRET}` }, body: JSON.stringify({ token: sessionToken }) },
    ].filter((scenario) => runs(scenario.name)) as Scenario[]
    const measured = new Map<string, Measurement[]>(scenarios.map((scenario) => [scenario.name, []]))
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const scenario of scenarios) measured.get(scenario.name)!.push(await load(base(scenario.target), scenario))
    }
    const results = new Map([...measured].map(([name, each]) => [name, summarise(each)]))
    const enumerationTiming = runs('timing') ? await measureEnumerationTiming(base('service'), email, TIMING_ROUNDS) : []

    let ceiling: Ceiling | undefined
    if (runs('sign-in')) {
      const signInBody = JSON.stringify({ email, password: PASSWORD })
      const signIn: Scenario = { name: ROW.signIn, target: 'service', path: '/api/auth/sign-in/email', method: 'POST', headers: { 'content-type': 'application/json' }, body: signInBody, connections: SIGN_IN_CONCURRENCY }
      // Health is probed as load balancers and orchestrators do, at a steady pace: a probe sent as
      // fast as answers come would be a second load taking cores from the sign-ins it measures.
      const healthProbe: Scenario = { name: ROW.healthUnderLoad, target: 'service', path: '/api/v1/health', connections: 1, rate: HEALTH_PROBES_PER_SECOND }
      // The ceiling and the sign-ins take turns, so that both see the same load from outside.
      const signIns: Measurement[] = []
      const probes: Measurement[] = []
      const ceilings: Ceiling[] = []
      for (let turn = 0; turn < 2; turn += 1) {
        ceilings.push({ service: await scryptCeiling('service'), node: await scryptCeiling('node') })
        const [signInResult, healthUnderLoad] = await Promise.all([
          load(base('service'), signIn, SECONDS),
          new Promise<Measurement>((resolve) => setTimeout(() => resolve(load(base('service'), healthProbe, SECONDS - 1)), 500)),
        ])
        signIns.push(signInResult)
        probes.push(healthUnderLoad)
      }
      results.set(signIn.name, mean(signIns))
      results.set(healthProbe.name, { ...mean(probes), p99: Math.max(...probes.map((probe) => probe.p99)) })
      ceiling = { service: (ceilings[0]!.service + ceilings[1]!.service) / 2, node: (ceilings[0]!.node + ceilings[1]!.node) / 2 }
    }

    const growth: Array<{ sessions: number; result: Measurement }> = []
    let memory: MemoryReading | undefined
    if (runs('growth') || runs('memory')) {
      const client = new pg.Client({ connectionString: url.toString() })
      client.on('error', () => {})
      await client.connect()
      let seeded = 0
      for (const sessions of [MEMORY_CHECKS, 1_000_000]) {
        const { rows } = await client.query<{ count: string }>("select count(*) from session where id like 'bench-%'")
        const missing = sessions - Number(rows[0]!.count)
        if (missing > 0) {
          await client.query(`insert into session (id, token, user_id, expires_at, created_at, updated_at)
            select 'bench-' || g, ${SEEDED_TOKEN_SQL}, $1, now() + interval '7 days', now(), now()
            from generate_series($2::int, $3::int) as g`, [user.id, seeded + 1, seeded + missing])
          seeded += missing
          await client.query('analyze session')
        }
        // Every one of the first sessions, each checked once: the service's memory must not grow with them.
        if (memory === undefined && runs('memory')) {
          const cookies = Array.from({ length: MEMORY_CHECKS }, (_, index) => `better-auth.session_token=${encodeURIComponent(signToken(seededToken(index + 1), SECRET))}`)
          memory = await measureMemory(base('service'), serverPids.get('service'), cookies, atBootBytes, withCookie)
        }
        if (runs('growth')) growth.push({ sessions, result: await load(base('service'), { name: 'growth', target: 'service', path: '/api/auth/get-session', headers: withCookie }) })
      }
      await client.end()
    }

    report(results, ceiling, growth, memory, enumerationTiming)
  } catch (error) {
    console.error('bench failed:', error)
    process.exitCode = 1
  } finally {
    for (const child of children) child.kill('SIGTERM')
    await Promise.all(children.map(async (child) => new Promise((resolve) => {
      if (child.exitCode !== null) resolve(undefined)
      child.once('exit', resolve)
      setTimeout(resolve, 5_000)
    })))
    for (const name of [database, ...Object.values(peerDatabases)]) await admin(`drop database if exists ${name} with (force)`)
  }
}

/** The seeded sessions' tokens, in SQL and in TypeScript alike. */
const SEEDED_TOKEN_SQL = `'bench-token-' || g || '-' || md5(g::text)`
function seededToken(index: number): string {
  return `bench-token-${index}-${createHash('md5').update(String(index)).digest('hex')}`
}

const ROW = {
  bare: 'bare Fastify route',
  preflight: 'CORS preflight',
  health: 'GET /api/v1/health',
  stock: 'stock Better Auth get-session',
  express: 'express-session + connect-pg-simple (GET /me)',
  fastifySession: '@fastify/session + connect-pg-simple (GET /me)',
  session: 'GET /api/auth/get-session (cookie)',
  v1Me: 'GET /api/v1/better-auth/me (bearer access token)',
  jwtMe: 'GET /auth/me (bearer JWT)',
  signIn: `POST /api/auth/sign-in/email (${SIGN_IN_CONCURRENCY} in flight)`,
  healthUnderLoad: 'health during sign-ins (50 probes/s)',
} as const

interface Row { name: string; rps: number; p50: number; p99: number; ofBare: number; cpu: number; cpuOfBare: number; errors: number }
interface TargetLine { target: string; measured: string; met: boolean }

/** The targets, each met or not, with its figures; a target whose rows did not run is left out. */
function judgeTargets(rows: Map<string, Row>, ceiling: Ceiling | undefined, memory: MemoryReading | undefined): TargetLine[] {
  const lines: TargetLine[] = []
  const format = (value: number, digits = 1): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
  const session = rows.get(ROW.session)
  const bare = rows.get(ROW.bare)
  const peers = [rows.get(ROW.express), rows.get(ROW.fastifySession)].filter((row) => row !== undefined)
  if (session !== undefined && bare !== undefined) {
    lines.push({ target: 'session check by cookie ≤ 6× the bare route\'s CPU per request', measured: `${format(session.cpuOfBare)}× (${format(session.cpu, 0)} against ${format(bare.cpu, 0)} µs)`, met: session.cpuOfBare <= 6 })
    lines.push({ target: 'session check by cookie ≥ 15% of the bare route\'s requests per second', measured: `${format(session.ofBare * 100)}% (${format(session.rps, 0)} against ${format(bare.rps, 0)}/s)`, met: session.ofBare >= 0.15 })
  }
  if (session !== undefined && peers.length > 0) {
    const best = peers.reduce((a, b) => (a.rps >= b.rps ? a : b))
    lines.push({ target: 'session check by cookie ≥ 3× the requests per second of the better peer stack', measured: `${format(session.rps / best.rps)}× (${format(session.rps, 0)} against ${format(best.rps, 0)}/s, ${best.name})`, met: session.rps >= 3 * best.rps })
  }
  for (const name of [ROW.jwtMe, ROW.v1Me]) {
    const row = rows.get(name)
    if (row !== undefined && bare !== undefined) lines.push({ target: `${name} ≤ 8× the bare route's CPU per request`, measured: `${format(row.cpuOfBare)}× (${format(row.cpu, 0)} µs)`, met: row.cpuOfBare <= 8 })
  }
  const preflight = rows.get(ROW.preflight)
  if (preflight !== undefined && bare !== undefined) lines.push({ target: 'CORS preflight ≤ 1.5× the bare route\'s CPU per request', measured: `${format(preflight.cpuOfBare, 2)}× (${format(preflight.cpu, 0)} µs)`, met: preflight.cpuOfBare <= 1.5 })
  const signIn = rows.get(ROW.signIn)
  // The ceiling is the service's own hasher alone: what sign-ins could reach if they did nothing else.
  if (signIn !== undefined && ceiling !== undefined) lines.push({ target: 'sign-in ≥ 90% of the scrypt ceiling at the same concurrency', measured: `${format((signIn.rps / ceiling.service) * 100)}% (${format(signIn.rps)} against ${format(ceiling.service)}/s; ${format((signIn.rps / ceiling.node) * 100)}% of node:crypto's thread pool, ${format(ceiling.node)}/s)`, met: signIn.rps >= 0.9 * ceiling.service })
  const healthUnderLoad = rows.get(ROW.healthUnderLoad)
  if (healthUnderLoad !== undefined) lines.push({ target: 'health p99 < 20 ms while sign-ins saturate the CPU', measured: `${format(healthUnderLoad.p99)} ms`, met: healthUnderLoad.p99 < 20 })
  if (memory !== undefined) {
    const growthRatio = memory.afterBytes / memory.beforeBytes
    lines.push({ target: `resident set size after ${format(memory.checks, 0)} session checks within 20% of the size before them`, measured: `${format((growthRatio - 1) * 100)}% (${format(memory.beforeBytes / 2 ** 20)} → ${format(memory.afterBytes / 2 ** 20)} MiB; ${format(memory.atBootBytes / 2 ** 20)} MiB at boot)`, met: growthRatio <= 1.2 && memory.errors === 0 })
  }
  return lines
}

function report(results: Map<string, Measurement>, ceiling: Ceiling | undefined, growth: Array<{ sessions: number; result: Measurement }>, memory: MemoryReading | undefined, enumerationTiming: EnumerationTiming[]): void {
  const bare = results.get(ROW.bare)
  const rows = new Map([...results].map(([name, result]) => [name, {
    name,
    rps: result.requestsPerSecond,
    p50: result.p50,
    p99: result.p99,
    ofBare: bare === undefined ? Number.NaN : result.requestsPerSecond / bare.requestsPerSecond,
    cpu: result.cpuMicrosPerRequest,
    cpuOfBare: bare === undefined ? Number.NaN : result.cpuMicrosPerRequest / bare.cpuMicrosPerRequest,
    errors: result.errors,
  } satisfies Row]))
  const format = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
  const lines = [
    `| endpoint | req/s | p50 ms | p99 ms | req/s × bare route | server CPU µs/req | CPU × bare route | errors |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|`,
    ...[...rows.values()].map((row) => `| ${row.name} | ${format(row.rps)} | ${format(row.p50, 1)} | ${format(row.p99, 1)} | ${format(row.ofBare, 3)} | ${format(row.cpu)} | ${format(row.cpuOfBare, 1)} | ${row.errors} |`),
    ...(ceiling === undefined ? [] : [
      `| scrypt ceiling, the service's hasher (${SIGN_IN_CONCURRENCY} in flight) | ${format(ceiling.service, 1)} hashes/s | | | | | | |`,
      `| scrypt ceiling, node:crypto's thread pool (${SIGN_IN_CONCURRENCY} in flight) | ${format(ceiling.node, 1)} hashes/s | | | | | | |`,
    ]),
  ]
  const targets = judgeTargets(rows, ceiling, memory)
  const growthLines = [
    `| sessions in the table | req/s | p50 ms | p99 ms |`,
    `|---:|---:|---:|---:|`,
    ...growth.map(({ sessions, result }) => `| ${format(sessions)} | ${format(result.requestsPerSecond)} | ${format(result.p50, 1)} | ${format(result.p99, 1)} |`),
  ]
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections`
  const sections = [
    machine,
    lines.join('\n'),
    `Targets (${targets.filter((line) => line.met).length} of ${targets.length} met):\n${targets.map((line) => `- ${line.met ? 'met' : 'NOT MET'}: ${line.target}: ${line.measured}`).join('\n')}`,
    ...(memory === undefined ? [] : [`Memory: ${format(memory.checks)} session checks, each a different session, at ${format(memory.requestsPerSecond)}/s, ${memory.errors} errors.`]),
    ...(growth.length === 0 ? [] : [`Growth (get-session by cookie):\n\n${growthLines.join('\n')}`]),
    ...(enumerationTiming.length === 0 ? [] : [formatEnumerationTiming(enumerationTiming, TIMING_ROUNDS)]),
  ]
  console.log(`\n${sections.join('\n\n')}\n`)
  mkdirSync(here('./results'), { recursive: true })
  writeFileSync(here('./results/latest.json'), JSON.stringify({ machine, rows: [...rows.values()], scryptCeiling: ceiling, growth, memory, targets, enumerationTiming }, null, 2))
}

await main()
