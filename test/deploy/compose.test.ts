import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import t from 'tap'
import { parse } from 'yaml'
import { ConfigError, EnvironmentSchema, loadConfig } from '../../src/config.js'

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<string, { environment?: Record<string, string>; deploy?: { replicas?: number }; healthcheck?: unknown; depends_on?: Record<string, { condition: string }> }>
}

/** `${NAME:-default}` → default, `${NAME:?message}` → what the operator gives (a random value), as compose would. */
function interpolate(value: string, given: (name: string) => string = () => randomBytes(32).toString('base64')): string {
  return value.replace(/\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_match, name: string, fallback?: string) => fallback ?? given(name))
}

t.test('docker-compose.yml runs the service as its configuration expects', async (t) => {
  const service = compose.services.auth!
  const environment = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, interpolate(String(value))]))
  for (const key of Object.keys(environment)) t.ok(key in EnvironmentSchema.properties, `${key} is a setting the service reads`)
  const config = loadConfig(environment)
  t.equal(config.env, 'production')
  t.match(config.databaseUrl, /^postgres:\/\/auth:.*@postgres:5432\/auth$/)
  t.equal(config.redisUrl, 'redis://redis:6379')
  t.equal(config.trustProxy, 1, 'one proxy in front')
  t.equal(config.smtp?.host, 'mailpit')
  t.equal(config.passwordResetUrl, 'http://localhost:3000/reset-password', 'emailed links lead to the front end')
  t.ok((service.deploy?.replicas ?? 1) >= 2, 'more than one replica')
  t.ok(service.healthcheck, 'a health check')
  for (const dependency of ['postgres', 'redis']) t.equal(service.depends_on?.[dependency]?.condition, 'service_healthy')
  for (const name of ['postgres', 'redis', 'mailpit']) t.ok(compose.services[name]?.healthcheck, `${name} has a health check`)
  t.ok(compose.services.proxy, 'a proxy in front of the replicas')
})

t.test('docker-compose.yml has no secret of its own: a weak one given to it stops the production start', async (t) => {
  const service = compose.services.auth!
  t.match(String(service.environment?.BETTER_AUTH_SECRET), /^\$\{BETTER_AUTH_SECRET:\?/, 'required from the operator, no default')
  // The value CI validates the file with must never be accepted by a real start.
  for (const weak of ['ci-validation-only'.padEnd(36, '-'), 'ci-validation-only-ci-validation-only', 'a'.repeat(32)]) {
    const environment = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, interpolate(String(value), () => weak)]))
    t.throws(() => loadConfig(environment), ConfigError, weak)
  }
})
