import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import { emailChannel } from '../mail/email-channel.js'
import { createMailTransport } from '../mail/mail-transport.js'
import { createOutboxWorker, type OutboxWorker } from '../outbox/outbox-worker.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The worker that delivers the email outbox (see src/outbox/outbox-worker.ts); `mailer` writes to it. */
    mailDelivery: OutboxWorker
  }
}

export const MAIL_POLL_INTERVAL_MS = 5_000

/**
 * Every instance delivers the outbox: started once the app is ready, stopped when it closes
 * (what it holds is settled first; what is still due stays in the table for the next instance).
 */
export const mailDeliveryPlugin = fp(async (app: FastifyInstance, options: { config: Config; pollIntervalMs?: number }) => {
  const { config } = options
  const log = app.log.child({ module: 'mail' })
  const worker = createOutboxWorker({
    db: app.db,
    units: app.database.units,
    channel: emailChannel(createMailTransport(config, log), {
      retry: { baseMs: config.email.retryBaseMs, maxMs: config.email.retryMaxMs },
      maxAttempts: config.email.maxAttempts,
    }),
    log,
    pollIntervalMs: options.pollIntervalMs ?? MAIL_POLL_INTERVAL_MS,
  })
  app.decorate('mailDelivery', worker)
  app.addHook('onReady', async () => worker.start())
  app.addHook('onClose', async () => worker.stop())
}, { name: 'mail-delivery', dependencies: ['database', 'unit-of-work'] })
