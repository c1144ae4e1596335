import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'

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
