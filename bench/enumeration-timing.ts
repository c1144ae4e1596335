// How long an answer takes for an account's email and for an unknown one, per endpoint that
// takes an email: the two must be alike, or the time tells which emails exist. The suite proves
// the causes without a clock (a failed sign-in costs one scrypt either way, counted through the
// password hasher; the emailing endpoints answer before any account-dependent work, held behind
// a gate); this shows the effect in wall-clock time, which only a quiet machine can measure.
// Part of `npm run bench`; alone: `npx tsx bench/enumeration-timing.ts` (in-memory PGlite, or
// DATABASE_URL).
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ORIGIN = 'http://localhost:3000'

interface Probe {
  readonly url: string
  readonly body: (email: string) => Record<string, string>
}

/** A sign-in with an account's email carries a wrong password, so both kinds fail. */
export const PROBES: readonly Probe[] = [
  { url: '/api/auth/sign-in/email', body: (email) => ({ email, password: 'wrong-password' }) },
  { url: '/auth/login', body: (email) => ({ email, password: 'wrong-password' }) },
  { url: '/api/v1/better-auth/login', body: (email) => ({ email, password: 'wrong-password' }) },
  { url: '/api/auth/forgot-password', body: (email) => ({ email, redirectTo: `${ORIGIN}/reset` }) },
  { url: '/api/v1/better-auth/resend-verification', body: (email) => ({ email }) },
]

export interface EnumerationTiming {
  readonly url: string
  readonly knownMs: number
  readonly unknownMs: number
}

async function answerMs(base: string, probe: Probe, email: string): Promise<number> {
  // A pause first, so that work an earlier answer left running (an email, a token) has finished.
  await new Promise((resolve) => setTimeout(resolve, 20))
  const started = performance.now()
  const response = await fetch(`${base}${probe.url}`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify(probe.body(email)),
  })
  await response.arrayBuffer()
  const elapsed = performance.now() - started
  if (response.status === 429 || response.status >= 500) throw new Error(`${probe.url} answered ${response.status}: are the rate limits on?`)
  return elapsed
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * The median answer time of `rounds` requests of each kind per endpoint, one at a time, the two
 * kinds in turn (alternating which goes first) so that load elsewhere weighs on both alike.
 * `knownEmail` is an account's address; each unknown email is new.
 */
export async function measureEnumerationTiming(base: string, knownEmail: string, rounds: number): Promise<EnumerationTiming[]> {
  const timings: EnumerationTiming[] = []
  for (const probe of PROBES) {
    const known: number[] = []
    const unknown: number[] = []
    const unknownEmail = (): string => `nobody.${Date.now()}.${Math.random().toString(36).slice(2, 10)}@example.com`
    // One of each first, not counted: the first requests of a route pay for warming up.
    await answerMs(base, probe, knownEmail)
    await answerMs(base, probe, unknownEmail())
    for (let round = 0; round < rounds; round += 1) {
      if (round % 2 === 0) {
        known.push(await answerMs(base, probe, knownEmail))
        unknown.push(await answerMs(base, probe, unknownEmail()))
      } else {
        unknown.push(await answerMs(base, probe, unknownEmail()))
        known.push(await answerMs(base, probe, knownEmail))
      }
    }
    timings.push({ url: probe.url, knownMs: median(known), unknownMs: median(unknown) })
  }
  return timings
}

export function formatEnumerationTiming(timings: readonly EnumerationTiming[], rounds: number): string {
  const format = (value: number): string => value.toFixed(1)
  return [
    `An account's email vs an unknown one (sign-ins with a wrong password), median of ${rounds} each, interleaved:`,
    '',
    '| endpoint | account\'s email ms | unknown email ms | unknown / account |',
    '|---|---:|---:|---:|',
    ...timings.map((timing) => `| POST ${timing.url} | ${format(timing.knownMs)} | ${format(timing.unknownMs)} | ${(timing.unknownMs / timing.knownMs).toFixed(2)} |`),
  ].join('\n')
}

/**
 * The service in a process of its own (`src/main.ts`, as `npm run bench` runs it), so the work it
 * does after an answer never delays the client's clock, on a throwaway database.
 */
async function runAlone(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'auth-service-bench-'))
  const port = await freePort()
  const service = fork(fileURLToPath(new URL('../src/main.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env, PORT: String(port), DATABASE_URL: process.env.DATABASE_URL ?? 'pglite:memory', DATA_DIR: dataDir,
      BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-000', BETTER_AUTH_URL: `http://localhost:${port}`,
      CORS_ORIGINS: ORIGIN, RATE_LIMITS: 'off', LOG_LEVEL: 'silent', NODE_ENV: 'development',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  try {
    const base = `http://127.0.0.1:${port}`
    await waitForHealth(base)
    const email = `bench.${Date.now()}@example.com`
    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'correct-horse-battery', name: 'Bench' }),
    })
    if (signUp.status !== 200) throw new Error(`sign-up answered ${signUp.status}`)
    const rounds = Number(process.env.BENCH_TIMING_ROUNDS ?? 15)
    console.log(`\n${formatEnumerationTiming(await measureEnumerationTiming(base, email, rounds), rounds)}\n`)
  } finally {
    service.kill('SIGTERM')
    await new Promise((resolve) => service.once('exit', resolve))
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

async function waitForHealth(base: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try { if ((await fetch(`${base}/api/v1/health`)).status === 200) return } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the service did not come up')
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await runAlone()
