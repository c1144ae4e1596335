import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock.js'
import type { Database } from '../db/tables.js'
import { findUserById } from '../sessions/user-repository.js'
import { insertWebhookEvent, type DeliveryTimes } from './webhook-delivery-repository.js'
import { findSubscribedEndpointIds } from './webhook-endpoint-repository.js'
import { webhookData, webhookTypeOf, type WebhookSource } from './webhook-events.js'

export interface WebhookEvents {
  /**
   * Writes the webhook event an audit event maps to (webhook-events.ts), with one delivery per
   * enabled endpoint that subscribes to it, through the app's one Kysely instance: inside a unit
   * of work, in its transaction, so a rolled-back change emits nothing. Nothing is written when
   * no endpoint listens.
   */
  emit(event: WebhookSource): Promise<void>
}

export interface WebhookEventsOptions {
  readonly db: Kysely<Database>
  readonly clock: Clock
  readonly times: () => DeliveryTimes
  /** Runs its argument once the current unit of work commits; at once outside one. */
  readonly afterCommit: (fn: () => void) => void
  /** Wakes this instance's worker (the rows are visible to workers once committed). */
  readonly wake: () => void
}

export function createWebhookEvents(options: WebhookEventsOptions): WebhookEvents {
  const { db, clock } = options
  return {
    async emit(event) {
      const type = webhookTypeOf(event.type)
      if (type === undefined) return
      const endpointIds = await findSubscribedEndpointIds(db, type)
      if (endpointIds.length === 0) return
      const userId = event.userId ?? null
      const user = userId === null || type === 'user.deleted' ? undefined : await findUserById(db, userId)
      const payload = JSON.stringify({ type, timestamp: clock.now().toISOString(), data: webhookData(type, event, user) })
      // The Standard Webhooks message id: `webhook-id` on every attempt of every delivery of it.
      const id = `msg_${randomBytes(16).toString('base64url')}`
      await insertWebhookEvent(db, { id, type, userId, payload }, endpointIds, options.times())
      options.afterCommit(() => options.wake())
    },
  }
}
