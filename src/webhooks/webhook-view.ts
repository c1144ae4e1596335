import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '../db/tables.js'
import type { WebhookDelivery, WebhookEndpoint, WebhookEventType } from '../schemas/index.js'

/** An endpoint as the admin API shows it: never its secrets. */
export function toWebhookEndpointView(row: WebhookEndpointRow, now: Date): WebhookEndpoint {
  const overlap = row.previous_secret_expires_at
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types.split(' ').filter(Boolean) as WebhookEventType[],
    enabled: row.enabled,
    disabledReason: row.enabled ? null : row.disabled_reason,
    previousSecretExpiresAt: overlap !== null && overlap.getTime() > now.getTime() ? overlap.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

export function toWebhookDeliveryView(delivery: WebhookDeliveryRow, eventType: string, attempts: readonly WebhookAttemptRow[]): WebhookDelivery {
  return {
    id: delivery.id,
    webhookId: delivery.event_id,
    eventType: eventType as WebhookEventType,
    state: delivery.state,
    createdAt: delivery.created_at.toISOString(),
    nextAttemptAt: delivery.next_attempt_at.toISOString(),
    giveUpAt: delivery.give_up_at.toISOString(),
    deliveredAt: delivery.sent_at?.toISOString() ?? null,
    lastError: delivery.last_error,
    attempts: attempts.map((attempt) => ({
      attemptedAt: attempt.attempted_at.toISOString(),
      statusCode: attempt.status_code,
      durationMs: attempt.duration_ms,
      responseExcerpt: attempt.response_excerpt,
      error: attempt.error,
    })),
  }
}
