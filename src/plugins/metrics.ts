import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics
  }
}

export interface Metrics {
  readonly registry: Registry
}

/** Operations whose answer is a sign-in attempt: 2xx is a success, anything else a failure. */
const SIGN_IN_OPERATIONS = new Set(['signInEmail'])

/**
 * Prometheus metrics, in a registry of the app's own: request counts and latency by route and
 * status, sign-in outcomes, rate-limit rejections, and the database pool. Recorded once, in
 * onResponse, so no handler knows about them.
 */
export const metricsPlugin = fp(async (app: FastifyInstance) => {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'auth_service_' })
  const requests = new Counter({
    name: 'http_requests_total', help: 'HTTP requests answered, by route, method and status', labelNames: ['route', 'method', 'status'], registers: [registry],
  })
  const duration = new Histogram({
    name: 'http_request_duration_seconds', help: 'Time to answer, by route, method and status', labelNames: ['route', 'method', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry],
  })
  const signIns = new Counter({ name: 'auth_sign_ins_total', help: 'Sign-in attempts by result', labelNames: ['result'], registers: [registry] })
  const rateLimited = new Counter({ name: 'auth_rate_limit_rejections_total', help: 'Requests refused with 429, by route', labelNames: ['route'], registers: [registry] })
  new Gauge({
    name: 'db_pool_connections', help: 'Database pool connections by state', labelNames: ['state'], registers: [registry],
    collect() {
      const stats = app.database.poolStats()
      if (stats === undefined) return
      this.set({ state: 'total' }, stats.total)
      this.set({ state: 'idle' }, stats.idle)
      this.set({ state: 'waiting' }, stats.waiting)
    },
  })

  app.decorate('metrics', { registry })
  app.addHook('onResponse', async (request, reply) => {
    // CORS preflights are the browser's bookkeeping, answered before any route runs: not counted.
    if (request.method === 'OPTIONS') return
    const route = request.routeOptions.url ?? 'unmatched'
    const labels = { route, method: request.method, status: String(reply.statusCode) }
    requests.inc(labels)
    duration.observe(labels, reply.elapsedTime / 1000)
    if (reply.statusCode === 429) rateLimited.inc({ route })
    const operationId = request.routeOptions.config?.operationId
    if (operationId !== undefined && SIGN_IN_OPERATIONS.has(operationId)) {
      signIns.inc({ result: reply.statusCode < 300 ? 'success' : 'failure' })
    }
  })
}, { name: 'metrics', dependencies: ['database'] })
