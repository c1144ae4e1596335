import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { resolveSecret } from '../auth/secret.js'
import type { Config } from '../config.js'
import { msAheadOfRealTime } from '../outbox/outbox-repository.js'
import { createOutboxWorker, type OutboxWorker } from '../outbox/outbox-worker.js'
import { webhookChannel } from '../webhooks/webhook-channel.js'
import { createWebhookEvents, type WebhookEvents } from '../webhooks/webhook-emitter.js'
import { createSecretBox, type SecretBox } from '../webhooks/webhook-secrets.js'
import { createWebhookTransport, systemResolve, type Resolve } from '../webhooks/webhook-transport.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Writes webhook events in the request's unit of work; the audit trail calls it for every event it records. */
    webhookEvents: WebhookEvents
    /** The worker that delivers webhooks (src/outbox/outbox-worker.ts with src/webhooks/webhook-channel.ts). */
    webhookDelivery: OutboxWorker
    /** Seals and opens endpoints' signing secrets. */
    webhookSecrets: SecretBox
    /** How receivers' names resolve (the system's resolver; tests pass their own). */
    webhookResolve: Resolve
  }
}

export const WEBHOOK_POLL_INTERVAL_MS = 5_000

/**
 * Every instance delivers webhooks, as it delivers email: the same outbox worker, started once the
 * app is ready and stopped when it closes; what is still due stays in the table for the next one.
 */
export const webhookDeliveryPlugin = fp(async (app: FastifyInstance, options: { config: Config; pollIntervalMs?: number; resolve?: Resolve; leaseMs?: number }) => {
  const { webhooks } = options.config
  const resolve = options.resolve ?? systemResolve
  const secrets = createSecretBox(resolveSecret(options.config).secret)
  const worker = createOutboxWorker({
    db: app.db,
    units: app.database.units,
    channel: webhookChannel({
      db: app.db,
      transport: createWebhookTransport({ allowPrivate: webhooks.allowPrivate, httpsOnly: options.config.env === 'production', timeoutMs: webhooks.timeoutMs, resolve }),
      secrets,
      clock: app.clock,
      retry: { baseMs: webhooks.retryBaseMs, maxMs: webhooks.retryMaxMs },
    }),
    log: app.log.child({ module: 'webhooks' }),
    clock: app.clock,
    pollIntervalMs: options.pollIntervalMs ?? WEBHOOK_POLL_INTERVAL_MS,
    // One attempt may take WEBHOOK_TIMEOUT_MS: a graceful shutdown starts none, and leaves what is
    // due to the other instances (or the next start) rather than outlast its deadline.
    closingFlushMs: 0,
    ...(options.leaseMs === undefined ? {} : { leaseMs: options.leaseMs }),
  })
  app.decorate('webhookDelivery', worker)
  app.decorate('webhookSecrets', secrets)
  app.decorate('webhookResolve', resolve)
  app.decorate('webhookEvents', createWebhookEvents({
    db: app.db,
    clock: app.clock,
    times: () => ({ aheadMs: msAheadOfRealTime(app.clock), retryWindowMs: webhooks.retryWindowMs }),
    afterCommit: (work) => { app.afterCommit(work) },
    wake: () => worker.wake(),
  }))
  app.addHook('onReady', async () => worker.start())
  app.addHook('onClose', async () => worker.stop())
}, { name: 'webhook-delivery', dependencies: ['database', 'unit-of-work', 'clock', 'auth'] })
