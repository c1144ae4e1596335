// How long a failed sign-in takes with a wrong password and with an unknown email, per surface:
// the two must be alike, or the answer's time tells which emails exist. The suite proves the cause
// (both cost one scrypt, test/surfaces/*); this shows the effect in wall-clock time, which only a
// quiet machine can measure. Part of `npm run bench`; alone: `npx tsx bench/sign-in-timing.ts`
// (in-memory PGlite, or DATABASE_URL).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const SIGN_IN_URLS = ['/api/auth/sign-in/email', '/auth/login', '/api/v1/better-auth/login'] as const

export interface SignInTiming {
  readonly url: string
  readonly wrongPasswordMs: number
  readonly unknownEmailMs: number
}

async function failedSignInMs(base: string, url: string, email: string): Promise<number> {
  const started = performance.now()
  const response = await fetch(`${base}${url}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'wrong-password' }),
  })
  await response.arrayBuffer()
  const elapsed = performance.now() - started
  if (response.status < 400 || response.status === 429) throw new Error(`${url} answered ${response.status}: is the per-account throttle on?`)
  return elapsed
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * The median time of `rounds` failed sign-ins of each kind on each surface, one request at a
 * time, the two kinds in turn (alternating which goes first) so that load elsewhere weighs on
 * both alike. `knownEmail` is an account's address; each unknown email is new.
 */
export async function measureSignInTiming(base: string, knownEmail: string, rounds = Number(process.env.BENCH_TIMING_ROUNDS ?? 15)): Promise<SignInTiming[]> {
  const timings: SignInTiming[] = []
  for (const url of SIGN_IN_URLS) {
    const wrongPassword: number[] = []
    const unknownEmail: number[] = []
    // One of each first, not counted: the first requests of a route pay for warming up.
    await failedSignInMs(base, url, knownEmail)
    await failedSignInMs(base, url, `nobody.warm.${Date.now()}@example.com`)
    for (let round = 0; round < rounds; round += 1) {
      const unknown = `nobody.${round}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`
      if (round % 2 === 0) {
        wrongPassword.push(await failedSignInMs(base, url, knownEmail))
        unknownEmail.push(await failedSignInMs(base, url, unknown))
      } else {
        unknownEmail.push(await failedSignInMs(base, url, unknown))
        wrongPassword.push(await failedSignInMs(base, url, knownEmail))
      }
    }
    timings.push({ url, wrongPasswordMs: median(wrongPassword), unknownEmailMs: median(unknownEmail) })
  }
  return timings
}

export function formatSignInTiming(timings: readonly SignInTiming[], rounds: number): string {
  const format = (value: number): string => value.toFixed(1)
  return [
    `Failed sign-in, median of ${rounds} each, interleaved:`,
    '',
    '| surface | wrong password ms | unknown email ms | unknown / wrong |',
    '|---|---:|---:|---:|',
    ...timings.map((timing) => `| POST ${timing.url} | ${format(timing.wrongPasswordMs)} | ${format(timing.unknownEmailMs)} | ${(timing.unknownEmailMs / timing.wrongPasswordMs).toFixed(2)} |`),
  ].join('\n')
}

async function runAlone(): Promise<void> {
  const { buildApp } = await import('../src/app.js')
  const { loadConfig } = await import('../src/config.js')
  const dataDir = mkdtempSync(path.join(tmpdir(), 'auth-service-bench-'))
  const app = await buildApp(loadConfig({
    DATABASE_URL: process.env.DATABASE_URL ?? 'pglite:memory',
    BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-000',
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
    await app.db.updateTable('user').set({ email_verified: true }).where('email', '=', email).execute()
    const rounds = Number(process.env.BENCH_TIMING_ROUNDS ?? 15)
    console.log(`\n${formatSignInTiming(await measureSignInTiming(base, email, rounds), rounds)}\n`)
  } finally {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await runAlone()
