import { randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Database, WebhookEndpointRow } from '../db/tables.js'

/** The queries on `webhook_endpoint`: where webhooks go. Secrets arrive here sealed (webhook-secrets.ts). */
type Executor = Kysely<Database>

export interface NewWebhookEndpoint {
  readonly url: string
  readonly description: string
  readonly eventTypes: readonly string[]
  readonly sealedSecret: string
  readonly now: Date
}

export async function insertWebhookEndpoint(db: Executor, endpoint: NewWebhookEndpoint): Promise<WebhookEndpointRow> {
  return db.insertInto('webhook_endpoint')
    .values({
      id: `ep_${randomUUID().replaceAll('-', '')}`,
      url: endpoint.url,
      description: endpoint.description,
      event_types: endpoint.eventTypes.join(' '),
      secret: endpoint.sealedSecret,
      created_at: endpoint.now,
      updated_at: endpoint.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findWebhookEndpoint(db: Executor, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoint').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Every endpoint, newest first. */
export async function listWebhookEndpoints(db: Executor): Promise<WebhookEndpointRow[]> {
  return db.selectFrom('webhook_endpoint').selectAll().orderBy('created_at', 'desc').orderBy('id').execute()
}

/** The enabled endpoints that receive `type`: the types are space-separated, matched as words. */
export async function findSubscribedEndpointIds(db: Executor, type: string): Promise<string[]> {
  const rows = await db.selectFrom('webhook_endpoint')
    .select('id')
    .where('enabled', '=', true)
    .where(sql<string>`' ' || event_types || ' '`, 'like', `% ${type.replace(/[\\%_]/g, '\\$&')} %`)
    .execute()
  return rows.map((row) => row.id)
}

export interface WebhookEndpointChanges {
  readonly url?: string
  readonly description?: string
  readonly eventTypes?: readonly string[]
  readonly enabled?: boolean
}

export async function updateWebhookEndpoint(db: Executor, id: string, changes: WebhookEndpointChanges, now: Date): Promise<WebhookEndpointRow | undefined> {
  return db.updateTable('webhook_endpoint')
    .set({
      ...(changes.url === undefined ? {} : { url: changes.url }),
      ...(changes.description === undefined ? {} : { description: changes.description }),
      ...(changes.eventTypes === undefined ? {} : { event_types: changes.eventTypes.join(' ') }),
      // Enabling clears why it was disabled; disabling by hand says so.
      ...(changes.enabled === undefined ? {} : { enabled: changes.enabled, disabled_reason: changes.enabled ? null : 'disabled through the admin API' }),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
}

/** Replaces the secret; the one before signs alongside it until `previousExpiresAt`. Row-locked: two rotations at once keep one chain. */
export async function rotateWebhookSecret(db: Executor, id: string, rotation: { sealedSecret: string; previousExpiresAt: Date; now: Date }): Promise<WebhookEndpointRow | undefined> {
  const current = await db.selectFrom('webhook_endpoint').select('secret').where('id', '=', id).forUpdate().executeTakeFirst()
  if (current === undefined) return undefined
  return db.updateTable('webhook_endpoint')
    .set({ secret: rotation.sealedSecret, previous_secret: current.secret, previous_secret_expires_at: rotation.previousExpiresAt, updated_at: rotation.now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
}

/** Disables an enabled endpoint; false when it was disabled (or deleted) already. */
export async function disableWebhookEndpoint(db: Executor, id: string, reason: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('webhook_endpoint')
    .set({ enabled: false, disabled_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('enabled', '=', true)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Deletes the endpoint, its deliveries and their attempts (foreign keys cascade). */
export async function deleteWebhookEndpoint(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhook_endpoint').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}
