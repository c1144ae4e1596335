import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'
import { TEST_SECRET } from './helper.js'

t.test('defaults give a working local service', async (t) => {
  const config = loadConfig({})
  t.equal(config.port, 3001)
  t.equal(config.host, '127.0.0.1')
  t.equal(config.baseUrl, 'http://127.0.0.1:3001')
  t.equal(config.databaseUrl, 'pglite:.data/pglite')
  t.same(config.corsOrigins, ['http://localhost:3000', 'http://127.0.0.1:3000'])
  t.equal(config.cookieSameSite, 'lax')
  t.equal(config.rateLimits, true)
  t.equal(config.refreshReuseInterval, 10)
  t.equal(config.secret, undefined, 'generated and kept under .data on first start')
  t.ok(Object.isFrozen(config))
})

t.test('values are read, trimmed and converted', async (t) => {
  const config = loadConfig({ PORT: '8080', CORS_ORIGINS: ' https://app.example.com , https://pr-*.preview.example.com ', RATE_LIMITS: 'off', REQUIRE_EMAIL_VERIFICATION: 'true', DATABASE_URL: 'postgres://u@db:5432/auth' })
  t.equal(config.port, 8080)
  t.same(config.corsOrigins, ['https://app.example.com', 'https://pr-*.preview.example.com'])
  t.equal(config.rateLimits, false)
  t.equal(config.requireEmailVerification, true)
  t.equal(config.databaseUrl, 'postgres://u@db:5432/auth')
})

const bad: Array<[Record<string, string>, RegExp]> = [
  [{ PORT: 'eighty' }, /^PORT: /],
  [{ PORT: '70000' }, /^PORT: must be <= 65535 \(got "70000"\)$/],
  [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: /],
  [{ BETTER_AUTH_SECRET: 'too-short' }, /^BETTER_AUTH_SECRET: must not have fewer than 32 characters$/],
  [{ RATE_LIMITS: 'maybe' }, /^RATE_LIMITS: must be one of on, off \(got "maybe"\)$/],
  [{ COOKIE_SAMESITE: 'None' }, /^COOKIE_SAMESITE: must be one of lax, strict, none/],
  [{ BETTER_AUTH_URL: 'localhost:3001' }, /^BETTER_AUTH_URL: /],
  [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: must be one of fatal/],
  [{ NODE_ENV: 'production' }, /^BETTER_AUTH_SECRET: required in production/],
]
for (const [environment, message] of bad) {
  t.test(`a wrong ${Object.keys(environment)[0]} stops start-up with one line naming it`, async (t) => {
    const error = captureError(() => loadConfig(environment))
    t.type(error, ConfigError)
    t.match(error.message, message)
    t.notMatch(error.message, /\n/, 'one line')
  })
}

/** A production environment that starts; each test below spoils one thing. */
const PRODUCTION = {
  NODE_ENV: 'production',
  BETTER_AUTH_SECRET: randomBytes(32).toString('base64'),
  BETTER_AUTH_URL: 'https://api.example.com',
  CORS_ORIGINS: 'https://app.example.com',
}
const SECRETS = ['BETTER_AUTH_SECRET', 'INTROSPECTION_SECRET', 'METRICS_TOKEN'] as const

t.test('production starts with CORS_ORIGINS set and unguessable secrets', async (t) => {
  const config = loadConfig({ ...PRODUCTION, INTROSPECTION_SECRET: randomBytes(32).toString('hex'), METRICS_TOKEN: randomBytes(32).toString('base64url') })
  t.same(config.corsOrigins, ['https://app.example.com'])
})

t.test('production refuses the default CORS_ORIGINS: it must be set explicitly', async (t) => {
  for (const unset of [{ CORS_ORIGINS: undefined }, { CORS_ORIGINS: '' }]) {
    const error = captureError(() => loadConfig({ ...PRODUCTION, ...unset }))
    t.type(error, ConfigError)
    t.match(error.message, /^CORS_ORIGINS: required in production; list the front-end origins/)
  }
  t.doesNotThrow(() => loadConfig({ ...PRODUCTION, CORS_ORIGINS: undefined, NODE_ENV: 'development' }), 'the default serves development')
})

/** Values people put in as secrets, and the examples of this repository's own files. */
const GUESSABLE = [
  'a'.repeat(32), 'x'.repeat(32), 'abc'.repeat(11), '0123456789'.repeat(4), 'abcdefghijklmnopqrstuvwxyzABCDEF',
  'changeme'.repeat(4), 'changeme-changeme-changeme-changeme', 'your-secret-key-here-change-in-production', 'supersecretsupersecretsupersecret!',
  TEST_SECRET, 'ci-validation-only-ci-validation-only', 'Aa1!'.repeat(8), '9876543210zyxwvutsrqponmlkjihgfedcba',
]

t.test('production refuses a guessable secret, in one line naming it, without echoing it', async (t) => {
  for (const variable of SECRETS) {
    for (const value of GUESSABLE) {
      const error = captureError(() => loadConfig({ ...PRODUCTION, [variable]: value }))
      t.type(error, ConfigError, `${variable}=${value}`)
      t.match(error.message, new RegExp(`^${variable}: guessable .*\`openssl rand -base64 32\`$`))
      t.notMatch(error.message, /\n/, 'one line')
      t.notOk(error.message.includes(value), 'the value is not echoed')
    }
  }
  t.doesNotThrow(() => loadConfig({ ...PRODUCTION, NODE_ENV: 'development', BETTER_AUTH_SECRET: 'a'.repeat(32) }), 'development takes any secret of the right length')
})

t.test('production refuses a secret made of a repeated short unit (fuzzed)', async (t) => {
  const printable = fc.string({ unit: fc.constantFrom(...Array.from({ length: 94 }, (_, index) => String.fromCharCode(33 + index))), minLength: 1, maxLength: 8 })
  fc.assert(fc.property(printable, fc.constantFrom(...SECRETS), fc.string({ maxLength: 4 }), (unit, variable, tail) => {
    const value = (unit.repeat(Math.ceil(48 / unit.length)) + tail).trim()
    if (value.length < 32) return true
    try {
      loadConfig({ ...PRODUCTION, [variable]: value })
      return false
    } catch (error) {
      return error instanceof ConfigError && error.message.startsWith(`${variable}: guessable`)
    }
  }), { numRuns: 200 })
})

t.test('production accepts secrets from a random generator, in every usual encoding (fuzzed)', async (t) => {
  fc.assert(fc.property(fc.constantFrom('base64', 'hex', 'base64url') as fc.Arbitrary<BufferEncoding>, fc.constantFrom(...SECRETS), fc.integer({ min: 32, max: 64 }), (encoding, variable, bytes) => {
    const value = randomBytes(bytes).toString(encoding)
    return loadConfig({ ...PRODUCTION, [variable]: value }) !== undefined
  }), { numRuns: 200 })
})

t.test('the examples in README.md, .env.example and docker-compose.yml give no secret a production start would accept', async (t) => {
  const assignments = ['README.md', '.env.example', 'docker-compose.yml']
    .map((name) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8'))
    .flatMap((text) => [...text.matchAll(/\b(BETTER_AUTH_SECRET|INTROSPECTION_SECRET|METRICS_TOKEN)(?:=|: )(\S*)/g)].map((match) => [match[1]!, match[2]!] as const))
  t.ok(assignments.length >= 4, 'the examples are found')
  for (const [variable, value] of assignments) {
    // Left empty, generated on the spot, or demanded from the operator (compose's ${VAR:?…}): fine.
    if (value === '' || value.startsWith('$(openssl') || value.startsWith(`\${${variable}:?`)) continue
    t.throws(() => loadConfig({ ...PRODUCTION, [variable]: value }), ConfigError, `${variable}=${value}`)
  }
})

t.test('a secret is never echoed in the error', async (t) => {
  const error = captureError(() => loadConfig({ BETTER_AUTH_SECRET: 'hunter2' }))
  t.notMatch(error.message, /hunter2/)
})

function captureError(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected an error')
}
