// npm run routes: the route table on one screen — every operation the service registers, its rate
// limit and who may call it, read from the running app's routes and openapi.yaml.
import { randomBytes } from 'node:crypto'
import { subscribe } from 'node:diagnostics_channel'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { formatRouteTable, type SecurityRequirement } from '../src/contract/route-table.js'
import { readRateLimitRule } from '../src/rate-limit/rules.js'

interface RegisteredRoute {
  readonly methods: readonly string[]
  readonly url: string
  readonly operationId: string | undefined
}

// Fastify announces each instance it creates: every route the app registers is seen here.
const registered: RegisteredRoute[] = []
subscribe('fastify.initialization', (message) => {
  const { fastify } = message as { fastify: FastifyInstance }
  fastify.addHook('onRoute', (route) => {
    const operationId = (route.config)?.operationId
    registered.push({ methods: [route.method].flat().map(String), url: route.url, operationId })
  })
})

// A throwaway app: an in-memory database and a one-off secret, nothing listening.
const app = await buildApp(loadConfig({ DATABASE_URL: 'pglite:memory', BETTER_AUTH_SECRET: randomBytes(32).toString('base64') }), { logger: false, purgeIntervalMs: 0 })
await app.ready()
// The operations as the app parsed them from openapi.yaml (its contract plugin).
const { document, operations } = app.contract
await app.close()

const documentSecurity = (document as { security?: SecurityRequirement[] }).security ?? []
const rows = operations.map((operation) => ({
  method: operation.method,
  path: operation.path,
  operationId: operation.operationId,
  rateLimit: readRateLimitRule(operation),
  security: operation.definition.security ?? documentSecurity,
  registered: registered.some((route) => route.operationId === operation.operationId && route.url === operation.url && route.methods.includes(operation.method)),
}))
// Outside the contract (Swagger UI, the spec itself, CORS preflight), one entry per first path segment.
const others = new Set(registered.filter((route) => route.operationId === undefined).flatMap((route) => route.methods
  .filter((method) => method !== 'HEAD')
  .map((method) => {
    const [, first, ...rest] = route.url.split('/')
    return first === undefined ? `${method} ${route.url}` : `${method} /${first}${rest.length > 0 ? '…' : ''}`
  })))
for (const entry of others) if (others.has(`${entry}…`)) others.delete(entry)
console.log(formatRouteTable(rows, [...others]))
