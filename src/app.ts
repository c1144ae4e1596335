import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import type { PasswordHasher } from './auth/password-hasher.js'
import type { Clock } from './clock.js'
import type { Config } from './config.js'
import { registerOperations } from './contract/register-operations.js'
import { AJV_OPTIONS } from './contract/validation.js'
import { createHttpServer, requestIdOf } from './http-server.js'
import { requestForLog } from './log-redaction.js'
import { ERROR_CODES } from './errors/error-codes.js'
import { renderError, surfaceOfPath } from './errors/render-error.js'
import { prepareDatabase, type OpenDatabase } from './db/prepare-database.js'
import { checkDeployment } from './origins/deployment-check.js'
import { createOriginPolicy } from './origins/origin-policy.js'
import { checkEmailLinkTargets } from './origins/redirect-target.js'
import { checkProviderDiscovery } from './federation/discovery-check.js'
import { checkPasskeyOrigins, relyingParty } from './passkeys/relying-party.js'
import { authPlugin } from './plugins/auth.js'
import { clockPlugin } from './plugins/clock.js'
import { contractPlugin } from './plugins/contract.js'
import { databasePlugin } from './plugins/database.js'
import { docsPlugin } from './plugins/docs.js'
import { errorsPlugin } from './plugins/errors.js'
import { jsonBodyPlugin } from './plugins/json-body.js'
import { mailDeliveryPlugin } from './plugins/mail-delivery.js'
import { metricsPlugin } from './plugins/metrics.js'
import { originPolicyPlugin } from './plugins/origin-policy.js'
import { purgePlugin } from './plugins/purge.js'
import { rateLimitPlugin } from './plugins/rate-limit.js'
import { redisPlugin } from './plugins/redis.js'
import { securityHeadersPlugin } from './plugins/security-headers.js'
import { unitOfWorkPlugin } from './plugins/unit-of-work.js'
import { webhookDeliveryPlugin } from './plugins/webhook-delivery.js'
import type { Resolve } from './webhooks/webhook-transport.js'
import { operationHandlers } from './surfaces/index.js'

export const BODY_LIMIT_BYTES = 16 * 1024

export interface BuildOptions {
  /** False for no logs, or pino options (e.g. a stream) merged over JSON logs at the configured level. */
  readonly logger?: false | { readonly level?: string; readonly stream?: NodeJS.WritableStream }
  /** How often expired rows are purged; 0 turns the schedule off. */
  readonly purgeIntervalMs?: number
  /** The clock of every time-based policy (default: the system's); tests pass one they can move. */
  readonly clock?: Clock
  /** How passwords are hashed (default: Better Auth's scrypt); tests observe it, or pass a cheaper one. */
  readonly passwordHasher?: PasswordHasher
  /** Opens the database (default: openDatabase); a test passes a slow one. */
  readonly openDatabase?: OpenDatabase
  /** Awaited before work that runs after an answer starts; tests hold it. */
  readonly backgroundGate?: () => Promise<void>
  /** How often the email outbox is looked at when no commit woke its worker. */
  readonly mailPollIntervalMs?: number
  /** How webhook receivers' names resolve (default: the system's); tests pass their own. */
  readonly webhookResolve?: Resolve
  /** How long a webhook worker's claim holds its deliveries (default: the outbox's). */
  readonly webhookLeaseMs?: number
}

/** Builds the service: every plugin, in the order a request meets them. Nothing listens here. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  checkDeployment(config)
  const originPolicy = createOriginPolicy(config.corsOrigins, config.baseUrl, { loopbackAliases: config.env !== 'production' })
  checkEmailLinkTargets(config, originPolicy)
  checkPasskeyOrigins(relyingParty(config), originPolicy)
  if (config.env === 'production') await checkProviderDiscovery(config.federation)
  const app: FastifyInstance = Fastify({
    logger: options.logger === false ? false : {
      level: config.logLevel,
      ...options.logger,
      // Whatever the destination, tokens in URLs and credentials in headers are never written.
      serializers: { req: requestForLog },
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    },
    bodyLimit: BODY_LIMIT_BYTES,
    // A hop count: the client IP is taken that many proxies back in X-Forwarded-For, never further.
    // (Fastify refuses a bare number, since it cannot tell a proxy from a client that reaches the
    // service directly: the deployment must keep the service reachable only through its proxies.)
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
    return503OnClosing: true,
    // No per-plugin deadline: the auth plugin reads its signing keys from the database while it
    // loads, and on a busy machine that may take longer than Fastify's default 10 s. A database
    // that cannot answer at all fails on its own connection and statement timeouts instead.
    pluginTimeout: 0,
    // A caller's X-Request-Id is kept when it is a plain token, else replaced (requestIdOf).
    requestIdHeader: false,
    // A URL Fastify cannot even decode still gets an answer in the surface's error shape.
    frameworkErrors: (_error, request, reply) => {
      const surface = surfaceOfPath(request.url)
      const status = ERROR_CODES.VALIDATION_ERROR.status[surface]
      void (reply as FastifyReply).code(status).send(renderError(surface, { code: 'VALIDATION_ERROR', message: 'Malformed URL', status, unexpected: false }))
    },
    genReqId: requestIdOf,
    // A browser's common preflight is answered before Fastify sees it (see the origin policy).
    serverFactory: (handler, serverOptions) => createHttpServer(handler, serverOptions, (request, response) => {
      if (request.method !== 'OPTIONS') return false
      const headers = app.preflightHeaders(request)
      if (headers === undefined) return false
      response.writeHead(204, { 'x-request-id': requestIdOf(request), ...headers }).end()
      return true
    }),
    // No type coercion: a number where the contract says string is a client error, not a string.
    ajv: { customOptions: { ...AJV_OPTIONS, keywords: [...AJV_OPTIONS.keywords] } },
  })
  app.decorate('config', config)
  // First of all hooks, so that every answer carries them, the ones an origin check refuses included.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
    // Answers about sessions and tokens are never cached by a browser or a proxy.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- not every request has a route's config (a 404, a preflight)
    if (request.routeOptions.config?.surface !== undefined) reply.header('cache-control', 'no-store')
  })
  await app.register(clockPlugin, { ...(options.clock === undefined ? {} : { clock: options.clock }) })

  await app.register(errorsPlugin)
  await app.register(contractPlugin)
  await app.register(securityHeadersPlugin)
  await app.register(jsonBodyPlugin)
  await app.register(originPolicyPlugin, { policy: originPolicy })
  // Opened and migrated here, not inside a plugin: Fastify gives each plugin 10 s to load, and on a
  // busy machine PGlite's boot plus the migrations can take longer. Slowness must never stop
  // start-up; a database that cannot be opened at all stops it with one line.
  const { database, applied } = await prepareDatabase(config.databaseUrl, options.openDatabase)
  if (applied.length > 0) app.log.info({ migrations: applied }, 'migrations applied')
  await app.register(databasePlugin, { database })
  await app.register(unitOfWorkPlugin)
  await app.register(redisPlugin)
  await app.register(metricsPlugin)
  await app.register(purgePlugin, { intervalMs: options.purgeIntervalMs, auditRetentionDays: config.auditRetentionDays, emailRetentionDays: config.email.retentionDays, webhookRetentionDays: config.webhooks.retentionDays })
  await app.register(mailDeliveryPlugin, { config, ...(options.mailPollIntervalMs === undefined ? {} : { pollIntervalMs: options.mailPollIntervalMs }) })
  await app.register(authPlugin, {
    config,
    ...(options.backgroundGate === undefined ? {} : { backgroundGate: options.backgroundGate }),
    ...(options.passwordHasher === undefined ? {} : { passwordHasher: options.passwordHasher }),
  })
  await app.register(webhookDeliveryPlugin, {
    config,
    ...(options.webhookResolve === undefined ? {} : { resolve: options.webhookResolve }),
    ...(options.webhookLeaseMs === undefined ? {} : { leaseMs: options.webhookLeaseMs }),
  })
  await app.register(rateLimitPlugin, { config, now: () => app.clock.nowMs() })
  await app.register(docsPlugin)
  registerOperations(app, operationHandlers)
  return app
}
