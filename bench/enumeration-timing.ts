// How long an answer takes for an account's email and for an unknown one, per endpoint that
// takes an email: the two must be alike, or the time tells which emails exist. The suite proves
// the causes without a clock (a failed sign-in costs one scrypt either way, counted through the
// password hasher; the emailing endpoints answer before any account-dependent work, held behind
// a gate); this shows the effect in wall-clock time, which only a quiet machine can measure.
// Part of `npm run bench`; alone: `npx tsx bench/enumeration-timing.ts` (in-memory PGlite, or
// DATABASE_URL).
import { mkdtempSync, rmSync } from 'node:fs'
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

async function runAlone(): Promise<void> {
  const { buildApp } = await import('../src/app.js')
  const { loadConfig } = await import('../src/config.js')
  const dataDir = mkdtempSync(path.join(tmpdir(), 'auth-service-bench-'))
  const app = await buildApp(loadConfig({
    DATABASE_URL: process.env.DATABASE_URL ?? 'pglite:memory',
    BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-000',
    CORS_ORIGINS: ORIGIN,
    RATE_LIMITS: 'off',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
  }), { logger: false, purgeIntervalMs: 0 })
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    const email = `bench.${Date.now()}@example.com`
    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'correct-horse-battery', name: 'Bench' }),
    })
    if (signUp.status !== 200) throw new Error(`sign-up answered ${signUp.status}`)
    const rounds = Number(process.env.BENCH_TIMING_ROUNDS ?? 15)
    console.log(`\n${formatEnumerationTiming(await measureEnumerationTiming(base, email, rounds), rounds)}\n`)
  } finally {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await runAlone()
