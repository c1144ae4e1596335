import { randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Database, WebhookAttemptRow, WebhookDeliveryRow } from '../db/tables.js'
import { databaseNow } from '../outbox/outbox-repository.js'
import type { EventPosition } from '../sessions/audit-event-repository.js'

/** The queries on webhook events, their deliveries (outbox rows) and the attempts of each. */
type Executor = Kysely<Database>

export interface NewWebhookEvent {
  readonly id: string
  readonly type: string
  readonly userId: string | null
  readonly payload: string
}

/** Times of the database's clock (see outbox-repository.ts): when due, and until when retried. */
export interface DeliveryTimes {
  readonly aheadMs: number
  readonly retryWindowMs: number
}

/** Writes the event and one pending delivery per endpoint; inside a unit of work, in its transaction. */
export async function insertWebhookEvent(db: Executor, event: NewWebhookEvent, endpointIds: readonly string[], times: DeliveryTimes): Promise<void> {
  await db.insertInto('webhook_event').values({ id: event.id, type: event.type, user_id: event.userId, payload: event.payload }).execute()
  await db.insertInto('webhook_delivery').values(endpointIds.map((endpointId) => ({
    id: `dlv_${randomUUID().replaceAll('-', '')}`,
    event_id: event.id,
    endpoint_id: endpointId,
    next_attempt_at: databaseNow(times.aheadMs),
    give_up_at: databaseNow(times.aheadMs, times.retryWindowMs),
  }))).execute()
}

/** What one delivery needs: the event's body and id, and where and with which (sealed) secrets. */
export interface DeliveryContext {
  readonly eventId: string
  readonly payload: string
  readonly endpointId: string
  readonly url: string
  readonly enabled: boolean
  readonly secret: string
  readonly previousSecret: string | null
  readonly previousSecretExpiresAt: Date | null
}

export async function findDeliveryContext(db: Executor, deliveryId: string): Promise<DeliveryContext | undefined> {
  const row = await db.selectFrom('webhook_delivery')
    .innerJoin('webhook_event', 'webhook_event.id', 'webhook_delivery.event_id')
    .innerJoin('webhook_endpoint', 'webhook_endpoint.id', 'webhook_delivery.endpoint_id')
    .select([
      'webhook_event.id as eventId', 'webhook_event.payload', 'webhook_endpoint.id as endpointId', 'webhook_endpoint.url', 'webhook_endpoint.enabled',
      'webhook_endpoint.secret', 'webhook_endpoint.previous_secret', 'webhook_endpoint.previous_secret_expires_at',
    ])
    .where('webhook_delivery.id', '=', deliveryId)
    .executeTakeFirst()
  if (row === undefined) return undefined
  return {
    eventId: row.eventId, payload: row.payload, endpointId: row.endpointId, url: row.url, enabled: row.enabled,
    secret: row.secret, previousSecret: row.previous_secret, previousSecretExpiresAt: row.previous_secret_expires_at,
  }
}

export interface NewAttempt {
  readonly deliveryId: string
  readonly attemptedAt: Date
  readonly statusCode: number | null
  readonly durationMs: number
  readonly responseExcerpt: string | null
  readonly error: string | null
}

export async function recordAttempt(db: Executor, attempt: NewAttempt): Promise<void> {
  await db.insertInto('webhook_attempt').values({
    id: randomUUID(),
    delivery_id: attempt.deliveryId,
    attempted_at: attempt.attemptedAt,
    status_code: attempt.statusCode,
    duration_ms: attempt.durationMs,
    response_excerpt: attempt.responseExcerpt,
    error: attempt.error,
  }).execute()
}

export interface DeliveryListing {
  readonly delivery: WebhookDeliveryRow
  readonly eventType: string
  readonly position: EventPosition
  readonly attempts: WebhookAttemptRow[]
}

/** An endpoint's deliveries, newest first, after `after`, each with its attempts (oldest first). */
export async function listDeliveries(db: Executor, endpointId: string, query: { readonly limit: number; readonly after?: EventPosition }): Promise<DeliveryListing[]> {
  let select = db.selectFrom('webhook_delivery')
    .innerJoin('webhook_event', 'webhook_event.id', 'webhook_delivery.event_id')
    .selectAll('webhook_delivery')
    .select('webhook_event.type as event_type')
    .select(sql<string>`to_char(webhook_delivery.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('position'))
    .where('webhook_delivery.endpoint_id', '=', endpointId)
  const after = query.after
  if (after !== undefined) select = select.where(sql<boolean>`(webhook_delivery.created_at, webhook_delivery.id) < (cast(${after.occurredAt} as timestamptz), ${after.id})`)
  const rows = await select.orderBy('webhook_delivery.created_at', 'desc').orderBy('webhook_delivery.id', 'desc').limit(query.limit).execute()
  const attempts = rows.length === 0
    ? []
    : await db.selectFrom('webhook_attempt').selectAll().where('delivery_id', 'in', rows.map((row) => row.id)).orderBy('attempted_at').orderBy('id').execute()
  return rows.map(({ event_type, position, ...delivery }) => ({
    delivery,
    eventType: event_type,
    position: { occurredAt: position, id: delivery.id },
    attempts: attempts.filter((attempt) => attempt.delivery_id === delivery.id),
  }))
}

export async function findDelivery(db: Executor, endpointId: string, deliveryId: string): Promise<DeliveryListing | undefined> {
  const row = await db.selectFrom('webhook_delivery')
    .innerJoin('webhook_event', 'webhook_event.id', 'webhook_delivery.event_id')
    .selectAll('webhook_delivery')
    .select('webhook_event.type as event_type')
    .where('webhook_delivery.id', '=', deliveryId)
    .where('webhook_delivery.endpoint_id', '=', endpointId)
    .executeTakeFirst()
  if (row === undefined) return undefined
  const { event_type, ...delivery } = row
  const attempts = await db.selectFrom('webhook_attempt').selectAll().where('delivery_id', '=', deliveryId).orderBy('attempted_at').orderBy('id').execute()
  return { delivery, eventType: event_type, position: { occurredAt: '', id: delivery.id }, attempts }
}

/**
 * Due again now, with a fresh backoff and retry window; the event (and so its `webhook-id`) is
 * the same. A worker that holds it now loses its claim: what it then hears is not recorded as the
 * outcome, and the delivery goes once more (at least once).
 */
export async function requeueDelivery(db: Executor, endpointId: string, deliveryId: string, times: DeliveryTimes): Promise<boolean> {
  const result = await db.updateTable('webhook_delivery')
    .set({
      state: 'pending', attempts: 0, next_attempt_at: databaseNow(times.aheadMs), give_up_at: databaseNow(times.aheadMs, times.retryWindowMs),
      locked_until: null, claim_id: null, last_error: null, sent_at: null,
    })
    .where('id', '=', deliveryId)
    .where('endpoint_id', '=', endpointId)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/**
 * An erased account's events, whatever their deliveries' state (their attempts go with them):
 * their payloads hold its address. The `user.deleted` event written after the erasure carries the
 * id alone, and is the one that goes out.
 */
export async function deleteWebhookEventsOfUser(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('webhook_event').where('user_id', '=', userId).execute()
}

/** Deletes delivered and dead-lettered deliveries created before `before`, then events left without any; returns how many deliveries. */
export async function purgeFinishedDeliveries(db: Executor, before: Date, batchSize = 1_000): Promise<number> {
  let total = 0
  for (;;) {
    const result = await db.deleteFrom('webhook_delivery')
      .where('id', 'in', (eb) => eb.selectFrom('webhook_delivery').select('id').where('state', 'in', ['sent', 'dead']).where('created_at', '<', before).limit(batchSize))
      .executeTakeFirst()
    const deleted = Number(result.numDeletedRows)
    total += deleted
    if (deleted < batchSize) break
  }
  await db.deleteFrom('webhook_event')
    .where('created_at', '<', before)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('webhook_delivery').select('id').whereRef('webhook_delivery.event_id', '=', 'webhook_event.id'))))
    .execute()
  return total
}
