import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import net, { isIP } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { buildApp, type BuildOptions } from '../src/app.js'
import { observedPasswordHasher, type PasswordHasher } from '../src/auth/password-hasher.js'
import { loadConfig, type Config } from '../src/config.js'
import { contractProblems, cookieRuleFor } from './contract.js'
import { openTestDatabase } from './pglite-lender.js'

/** The tap test object, as far as the helpers use it. */
export interface TestContext {
  teardown(fn: () => unknown): void
}

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789'
export const FRONTEND_ORIGIN = 'http://localhost:3000'

/**
 * A database of its own for one test file: a fresh PostgreSQL database when DATABASE_URL names a
 * server, else a throwaway in-memory PGlite. Dropped when the test ends.
 */
export async function testDatabaseUrl(t: TestContext): Promise<string> {
  const server = process.env.DATABASE_URL
  if (server === undefined || !server.startsWith('postgres')) return 'pglite:memory'
  return createPostgresDatabase(t, server)
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

function passkeyOrigins(baseUrl: string, env: Record<string, string>): Record<string, string> {
  if (isIP(new URL(baseUrl).hostname) === 0) return { WEBAUTHN_ORIGINS: baseUrl }
  return env.CORS_ORIGINS === undefined ? { WEBAUTHN_ORIGINS: FRONTEND_ORIGIN } : {}
}

/** Configuration as a test runs it; `env` overrides any variable. */
export async function testConfig(t: TestContext, env: Record<string, string> = {}): Promise<Config> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'auth-service-test-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  const baseUrl = env.BETTER_AUTH_URL ?? 'http://localhost:3001'
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: await testDatabaseUrl(t),
    BETTER_AUTH_SECRET: TEST_SECRET,
    BETTER_AUTH_URL: baseUrl,
    CORS_ORIGINS: `${FRONTEND_ORIGIN},https://pr-*.preview.example.com`,
    // The test origins span two sites, which no passkey rp id covers: passkey ceremonies run on the
    // service's own origin unless a test names its pages; for a service addressed by IP, where no
    // browser runs one, on the front end's, or as the service derives them from a test's own CORS_ORIGINS.
    ...passkeyOrigins(baseUrl, env),
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    // Tests sign in far more often than a person: limits are on only where a test is about them.
    RATE_LIMITS: 'off',
    ...env,
  })
}

/**
 * Passwords hashed in Better Auth's format (`<hex salt>:<hex scrypt key>`) at a cost a test can
 * afford: scrypt N=2^10 r=8 instead of N=2^14 r=16, a few milliseconds instead of ~60. The default
 * of build(); tests where the cost itself matters (timing, load, races) pass
 * `scryptPasswordHasher`, and test/auth/password-hasher.test.ts checks the service's own.
 */
export const cheapPasswordHasher: PasswordHasher = {
  async hash(password) {
    const salt = randomBytes(16).toString('hex')
    return `${salt}:${(await cheapScrypt(password, salt)).toString('hex')}`
  },
  async verify({ hash, password }) {
    const [salt, key] = hash.split(':')
    if (salt === undefined || key === undefined) return false
    const expected = Buffer.from(key, 'hex')
    const actual = await cheapScrypt(password, salt)
    return actual.length === expected.length && timingSafeEqual(actual, expected)
  },
}

function cheapScrypt(password: string, salt: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, 64, { N: 1024, r: 8, p: 1 }, (error, key) => error === null ? resolve(key) : reject(error))
  })
}

/**
 * Builds the app on its own database and closes it when the test ends. Every answer the app
 * gives during the test is checked against openapi.yaml (status, body, headers, cookies); the test
 * fails on any that the contract does not describe.
 */
export async function build(t: TestContext, env: Record<string, string> = {}, options: Pick<BuildOptions, 'clock' | 'passwordHasher' | 'webhookResolve' | 'webhookLeaseMs'> = {}): Promise<FastifyInstance> {
  // The purge schedule is off here so that rows a test ages on purpose stay until it looks.
  const app = await buildApp(await testConfig(t, env), { logger: false, purgeIntervalMs: 0, passwordHasher: cheapPasswordHasher, openDatabase: openTestDatabase, ...options })
  const problems: string[] = []
  const cookieRule = cookieRuleFor(app.config)
  // The body as sent is kept here, and checked once the answer is complete: route-level onSend
  // hooks (the device cookie) add headers after any hook of the app's own.
  const bodies = new WeakMap<object, string>()
  app.addHook('onSend', async (request, _reply, payload) => {
    const body = typeof payload === 'string' ? payload : payload === null || payload === undefined ? '' : undefined
    if (body !== undefined) bodies.set(request, body)
    return payload
  })
  app.addHook('onResponse', async (request, reply) => {
    const operationId = request.routeOptions.config?.operationId
    const body = bodies.get(request)
    if (operationId === undefined || body === undefined) return
    const headers = Object.fromEntries(Object.entries(reply.getHeaders()).map(([key, value]) => [key.toLowerCase(), value]))
    problems.push(...contractProblems(operationId, { statusCode: reply.statusCode, body, headers, bodyless: request.method === 'HEAD' }, cookieRule))
  })
  t.teardown(async () => {
    await app.close()
    if (problems.length > 0) throw new Error(`answers that openapi.yaml does not describe:\n${problems.join('\n')}`)
  })
  await app.ready()
  return app
}


/** A port that is free now, for a server that must know its own URL before it listens. */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/**
 * The service listening on http://localhost:<port> with that as its own origin (BETTER_AUTH_URL),
 * as a browser or the doctor sees it; returns the origin.
 */
export async function serveOnOwnOrigin(t: TestContext, env: Record<string, string> = {}): Promise<{ app: FastifyInstance; api: string }> {
  const port = await freePort()
  const api = `http://localhost:${port}`
  const app = await buildApp(await testConfig(t, { BETTER_AUTH_URL: api, ...env }), { logger: false, purgeIntervalMs: 0, passwordHasher: cheapPasswordHasher, openDatabase: openTestDatabase })
  t.teardown(() => app.close())
  await app.listen({ port, host: '127.0.0.1' })
  return { app, api }
}

/** Builds the app and listens on a free loopback port; returns its base URL. */
export async function listen(t: TestContext, env: Record<string, string> = {}, options: Pick<BuildOptions, 'clock' | 'passwordHasher'> = {}): Promise<{ app: FastifyInstance; url: string }> {
  const app = await build(t, env, options)
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  return { app, url: address }
}

let sequence = 0
/** A unique, valid email address. */
export function uniqueEmail(prefix = 'user'): string {
  sequence += 1
  return `${prefix}.${process.pid}.${sequence}.${Math.random().toString(36).slice(2, 8)}@example.com`
}

export const PASSWORD = 'correct-horse-battery'

/** The `name=value` pairs a response's Set-Cookie headers would store, as a Cookie header. */
export function cookieHeader(setCookie: string | string[] | undefined): string {
  const cookies = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie]
  return cookies
    .map((cookie) => cookie.split(';')[0]!)
    .filter((pair) => !pair.endsWith('='))
    .join('; ')
}

export interface SignedUp {
  readonly email: string
  readonly userId: string
  readonly token: string
  /** A Cookie header carrying the session. */
  readonly cookie: string
}

/** Signs a new user up through the API and returns its session. */
export async function signUp(app: FastifyInstance, email = uniqueEmail(), password = PASSWORD): Promise<SignedUp> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    payload: { email, password, name: 'Test User' },
  })
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`)
  const body = response.json() as { user: { id: string }; token: string }
  return { email, userId: body.user.id, token: body.token, cookie: cookieHeader(response.headers['set-cookie']) }
}

/**
 * A PostgreSQL server URL for tests that need a real server whatever the run (outages,
 * several instances): DATABASE_URL when it names one, else the local server if it answers.
 */
export async function postgresServer(): Promise<string | undefined> {
  const candidate = process.env.DATABASE_URL?.startsWith('postgres') === true
    ? process.env.DATABASE_URL
    : 'postgres://postgres@127.0.0.1:5432/postgres'
  const client = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 1_000 })
  try {
    await client.connect()
    await client.end()
    return candidate
  } catch {
    return undefined
  }
}

/** A fresh database on a PostgreSQL server, dropped when the test ends. */
export async function createPostgresDatabase(t: TestContext, serverUrl: string): Promise<string> {
  const name = `auth_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  await adminQuery(serverUrl, `create database ${name}`)
  t.teardown(() => adminQuery(serverUrl, `drop database if exists ${name} with (force)`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export interface PasswordHashCounter {
  /** A hasher (the cheap one unless told), counted; pass it to build() as `passwordHasher`. */
  readonly hasher: PasswordHasher
  /** Password hashes and checks run so far: each is one scrypt. */
  operations(): number
}

export function countPasswordHashes(inner: PasswordHasher = cheapPasswordHasher): PasswordHashCounter {
  let operations = 0
  return {
    hasher: observedPasswordHasher(inner, () => { operations += 1 }),
    operations: () => operations,
  }
}

/**
 * The password hashes (scrypt runs) one failed sign-in costs with a known email and a wrong
 * password, and with an unknown email. The answer's time is mostly that cost: when both are
 * equal, the time does not tell which emails exist (`npm run bench` times them on a quiet machine).
 */
export async function failedSignInHashes(
  app: FastifyInstance,
  counter: PasswordHashCounter,
  url: string,
  emails: { readonly known: string; readonly unknown: string },
): Promise<{ known: number; unknown: number }> {
  const cost = async (email: string): Promise<number> => {
    const before = counter.operations()
    const response = await app.inject({ method: 'POST', url, payload: { email, password: 'wrong-password' } })
    if (response.statusCode < 400) throw new Error(`${url} accepted a wrong password: ${response.statusCode}`)
    return counter.operations() - before
  }
  return { known: await cost(emails.known), unknown: await cost(emails.unknown) }
}
