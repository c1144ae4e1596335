import type { Kysely } from 'kysely'
import type { Clock } from '../clock.js'
import type { Database, WebhookDeliveryRow } from '../db/tables.js'
import type { OutboxChannel } from '../outbox/outbox-worker.js'
import { retryDelayMs, type RetrySchedule } from '../outbox/retry-delay.js'
import { recordAuditEvent } from '../sessions/audit-event-repository.js'
import { findDeliveryContext, recordAttempt, type DeliveryContext } from './webhook-delivery-repository.js'
import { disableWebhookEndpoint } from './webhook-endpoint-repository.js'
import { signatureHeader, type SecretBox } from './webhook-secrets.js'
import type { WebhookTransport } from './webhook-transport.js'

/** A failure no retry can mend (the endpoint was disabled): the delivery is dead-lettered now. */
class EndpointGoneError extends Error {
  override name = 'EndpointGoneError'
}

/** The receiver did not take it: no answer, or not a 2xx. */
class NotAcceptedError extends Error {
  override name = 'NotAcceptedError'
}

/**
 * Deliveries one worker has in flight, and at most how many of them (across every instance) go to
 * one endpoint: one endpoint that hangs leaves the others 16 of 20 slots, four that hang still
 * leave them four. An endpoint's backlog waits its turn, four at a time.
 */
export const WEBHOOK_SLOTS = 20
export const WEBHOOK_SLOTS_PER_ENDPOINT = 4

export interface WebhookChannelOptions {
  readonly db: Kysely<Database>
  readonly transport: WebhookTransport
  readonly secrets: SecretBox
  readonly clock: Clock
  readonly retry: RetrySchedule
}

/**
 * Webhook deliveries as the outbox worker delivers them: one signed POST per attempt (Standard
 * Webhooks: `webhook-id` is the event's, the same on every attempt and every re-send), each
 * attempt recorded; a 2xx is success. Failures are retried with backoff and jitter until the
 * delivery's `give_up_at` (WEBHOOK_RETRY_HOURS after it was written); then it is dead-lettered
 * and its endpoint disabled, with an audit event, so that a receiver gone for good stops costing
 * every instance its tries. A disabled endpoint's deliveries are dead-lettered untried; they
 * can be re-sent once it is enabled again. A receiver that answers slowly, or not at all until
 * WEBHOOK_TIMEOUT_MS, holds at most WEBHOOK_SLOTS_PER_ENDPOINT deliveries and delays no one else's.
 */
export function webhookChannel(options: WebhookChannelOptions): OutboxChannel<WebhookDeliveryRow> {
  const { db, transport, secrets, clock } = options
  return {
    table: 'webhook_delivery',
    name: 'webhook',
    slots: WEBHOOK_SLOTS,
    perKey: { column: 'endpoint_id', max: WEBHOOK_SLOTS_PER_ENDPOINT },
    async deliver(delivery) {
      const context = await findDeliveryContext(db, delivery.id)
      if (context === undefined || !context.enabled) throw new EndpointGoneError('endpoint disabled')
      // The signature's time is real time, whatever the app clock says: receivers check it against their own clocks.
      const signedAt = new Date()
      const answer = await transport.post(context.url, context.payload, {
        'content-type': 'application/json',
        'user-agent': 'auth-service-webhooks',
        'webhook-id': context.eventId,
        'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
        'webhook-signature': signatureHeader(signingSecrets(context), context.eventId, signedAt, context.payload),
      })
      await recordAttempt(db, {
        deliveryId: delivery.id,
        attemptedAt: clock.now(),
        statusCode: answer.statusCode,
        durationMs: answer.durationMs,
        responseExcerpt: answer.excerpt,
        error: answer.error,
      })
      if (answer.statusCode === null) throw new NotAcceptedError(answer.error ?? 'no answer')
      if (answer.statusCode < 200 || answer.statusCode > 299) throw new NotAcceptedError(`HTTP ${answer.statusCode}`)
    },
    describeFailure: (error) => error instanceof Error ? error.message.slice(0, 300) : 'unknown failure',
    retryDelayMs(delivery, error) {
      if (error instanceof EndpointGoneError || clock.nowMs() >= delivery.give_up_at.getTime()) return undefined
      return retryDelayMs(delivery.attempts, options.retry)
    },
    logContext: (delivery) => ({ webhookDelivery: delivery.id, endpoint: delivery.endpoint_id }),
    async onDead(delivery, reason) {
      if (reason === 'endpoint disabled') return
      const now = clock.now()
      if (await disableWebhookEndpoint(db, delivery.endpoint_id, `deliveries failed until ${now.toISOString()}: ${reason}`, now)) {
        await recordAuditEvent(db, {
          type: 'webhook.endpoint_disabled', user_id: null, email: null, session_id: null, ip_address: null, user_agent: null, operation: null,
          detail: { webhookEndpointId: delivery.endpoint_id, webhookDeliveryId: delivery.id, reason: reason.slice(0, 200) },
        })
      }
    },
    close() {},
  }

  /** The current secret, and the one before it while its overlap lasts. */
  function signingSecrets(context: DeliveryContext): string[] {
    const live = [secrets.open(context.secret)]
    if (context.previousSecret !== null && context.previousSecretExpiresAt !== null && context.previousSecretExpiresAt.getTime() > clock.nowMs()) {
      // Sealed under another BETTER_AUTH_SECRET (a rotation after the secret changed): the new one signs alone.
      try {
        live.push(secrets.open(context.previousSecret))
      } catch { /* unreadable: skipped */ }
    }
    return live
  }
}
