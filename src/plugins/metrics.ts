import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { readSignInStep, type SignInStep } from '../rate-limit/rules.js'
import { signedInEmail } from '../rate-limit/sign-in-guard.js'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics
  }
}

export interface Metrics {
  readonly registry: Registry
}

/**
 * How a sign-in step ended: `success` (the answer signs the user in), `second_factor_required`
 * (a right password, and now the second factor), `rate_limited` (refused before it was judged),
 * `failure` (anything else).
 */
export type SignInOutcome = 'success' | 'second_factor_required' | 'rate_limited' | 'failure'

/**
 * Prometheus metrics, in a registry of the app's own: request counts and latency by route and
 * status, sign-in outcomes, rate-limit rejections, and the database pool. Recorded in hooks, so
 * no handler knows about them. Sign-ins are the operations the contract marks `x-sign-in`, on
 * every surface.
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
  const signIns = new Counter({
    name: 'auth_sign_ins_total', help: 'Sign-in steps answered, by surface, step (password or second-factor) and result', labelNames: ['surface', 'step', 'result'], registers: [registry],
  })
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
  // The series of each route, method and status, looked up once: prom-client hashes a label set
  // on every call otherwise. Routes, methods and statuses are few, so the map stays small.
  const series = new Map<string, { requests: Counter.Internal; duration: Histogram.Internal<string> }>()
  app.addHook('onResponse', (request, reply, done) => {
    // CORS preflights are the browser's bookkeeping, answered before any route runs: not counted.
    if (request.method === 'OPTIONS') { done(); return }
    const route = request.routeOptions.url ?? 'unmatched'
    const key = `${request.method} ${reply.statusCode} ${route}`
    let one = series.get(key)
    if (one === undefined) {
      const labels = { route, method: request.method, status: String(reply.statusCode) }
      one = { requests: requests.labels(labels), duration: duration.labels(labels) }
      series.set(key, one)
    }
    one.requests.inc()
    one.duration.observe(reply.elapsedTime / 1000)
    if (reply.statusCode === 429) rateLimited.inc({ route })
    done()
  })

  // Sign-in steps are counted by hooks on their own routes only.
  const steps = new Map<string, SignInStep>()
  for (const operation of app.contract.operations) {
    const step = readSignInStep(operation)
    if (step !== undefined) steps.set(operation.operationId, step)
  }
  const signedIn = new WeakSet<FastifyRequest>()
  async function noteSignedIn(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    if (reply.statusCode < 300 && signedInEmail(payload) !== undefined) signedIn.add(request)
    return payload
  }
  app.addHook('onRoute', (route: RouteOptions) => {
    const operationId = route.config?.operationId
    const step = operationId === undefined ? undefined : steps.get(operationId)
    if (step === undefined) return
    const surface = route.config?.surface ?? 'native'
    async function countSignIn(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      signIns.inc({ surface, step, result: outcomeOf(reply.statusCode, signedIn.has(request)) })
    }
    route.onSend = [...toArray(route.onSend), noteSignedIn]
    route.onResponse = [...toArray(route.onResponse), countSignIn]
  })
}, { name: 'metrics', dependencies: ['database', 'contract'] })

function outcomeOf(status: number, signedIn: boolean): SignInOutcome {
  if (status === 429) return 'rate_limited'
  if (status >= 300) return 'failure'
  return signedIn ? 'success' : 'second_factor_required'
}

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
