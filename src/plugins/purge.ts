import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { purgeFinishedEmails } from '../sessions/email-outbox-repository.js'
import { purgeExpired } from '../sessions/purge-repository.js'
import { purgeSignInAttempts } from '../sessions/sign-in-throttle-repository.js'
import { purgeFinishedDeliveries } from '../webhooks/webhook-delivery-repository.js'

export const PURGE_INTERVAL_MS = 15 * 60_000
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Purges expired sessions, verification values and tokens, and audit events, sent or
 * dead-lettered emails and webhook deliveries past their retention, on a schedule. With several instances each runs it; the deletes are idempotent, so
 * that costs nothing but a few empty statements.
 */
export const purgePlugin = fp(async (app: FastifyInstance, options: { intervalMs?: number; auditRetentionDays: number; emailRetentionDays: number; webhookRetentionDays: number }) => {
  const intervalMs = options.intervalMs ?? PURGE_INTERVAL_MS
  if (intervalMs <= 0) return
  let running: Promise<void> | undefined
  const run = (): void => {
    if (running !== undefined) return
    const now = app.clock.now()
    running = purgeExpired(app.db, now, { auditRetentionDays: options.auditRetentionDays })
      .then(async (result) => ({
        ...result,
        signInAttempts: await purgeSignInAttempts(app.db, now),
        emails: await purgeFinishedEmails(app.db, new Date(now.getTime() - options.emailRetentionDays * DAY_MS)),
        webhookDeliveries: await purgeFinishedDeliveries(app.db, new Date(now.getTime() - options.webhookRetentionDays * DAY_MS)),
      }))
      .then((result) => {
        if (Object.values(result).some((count) => count > 0)) app.log.info(result, 'purged expired rows')
      }, (error: unknown) => {
        app.log.warn({ reason: error instanceof Error ? error.message : 'unknown' }, 'purge failed; will retry')
      })
      .finally(() => { running = undefined })
  }
  // A random first delay spreads instances that start together.
  const first = setTimeout(run, Math.floor(Math.random() * Math.min(intervalMs, 60_000)))
  const timer = setInterval(run, intervalMs)
  first.unref()
  timer.unref()
  app.addHook('onClose', async () => {
    clearTimeout(first)
    clearInterval(timer)
    await running
  })
}, { name: 'purge', dependencies: ['database', 'clock'] })
