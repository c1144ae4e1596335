import { readFileSync } from 'node:fs'
import t from 'tap'
import { parse } from 'yaml'
import { EnvironmentSchema, loadConfig } from '../../src/config.js'

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<string, { environment?: Record<string, string>; deploy?: { replicas?: number }; healthcheck?: unknown; depends_on?: Record<string, { condition: string }> }>
}

/** `${NAME:-default}` → default, `${NAME:?message}` → a stand-in, as compose would with nothing set. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_match, name: string, fallback?: string) => fallback ?? `stand-in-${name.toLowerCase()}-0123456789abcdef0123456789`)
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
