import type { FastifyRequest } from 'fastify'
import { auditAdminAction } from '../admin/admin-credential.js'
import type { ApiKeyRow } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'
import { msAheadOfRealTime } from '../outbox/outbox-repository.js'
import type { CreatedWebhookEndpoint, WebhookDelivery, WebhookDeliveryPage, WebhookEndpoint, WebhookEndpointUpdate, NewWebhookEndpoint } from '../schemas/index.js'
import { findDelivery, listDeliveries, requeueDelivery } from './webhook-delivery-repository.js'
import {
  deleteWebhookEndpoint, findWebhookEndpoint, insertWebhookEndpoint, listWebhookEndpoints, rotateWebhookSecret, updateWebhookEndpoint,
} from './webhook-endpoint-repository.js'
import { newSigningSecret } from './webhook-secrets.js'
import { acceptReceiverUrl } from './webhook-url.js'
import { toWebhookDeliveryView, toWebhookEndpointView } from './webhook-view.js'

const DEFAULT_OVERLAP_SECONDS = 24 * 60 * 60
const DEFAULT_PAGE_SIZE = 20

/** The admin API's webhook endpoints: each change in the request's unit of work, audited with the key. */
export async function createEndpoint(request: FastifyRequest, key: ApiKeyRow, body: NewWebhookEndpoint): Promise<CreatedWebhookEndpoint> {
  const { server } = request
  const url = await acceptReceiverUrl(server, body.url)
  const secret = newSigningSecret()
  const now = server.clock.now()
  const row = await insertWebhookEndpoint(server.db, { url, description: body.description ?? '', eventTypes: body.eventTypes, sealedSecret: server.webhookSecrets.seal(secret), now })
  await auditAdminAction(request, key, { type: 'webhook.endpoint_created', detail: { webhookEndpointId: row.id } })
  return { secret, endpoint: toWebhookEndpointView(row, now) }
}

export async function listEndpoints(request: FastifyRequest): Promise<WebhookEndpoint[]> {
  const now = request.server.clock.now()
  return (await listWebhookEndpoints(request.server.db)).map((row) => toWebhookEndpointView(row, now))
}

export async function getEndpoint(request: FastifyRequest, id: string): Promise<WebhookEndpoint> {
  const row = await findWebhookEndpoint(request.server.db, id)
  if (row === undefined) throw new AppError('NOT_FOUND', 'Webhook endpoint not found')
  return toWebhookEndpointView(row, request.server.clock.now())
}

export async function updateEndpoint(request: FastifyRequest, key: ApiKeyRow, id: string, changes: WebhookEndpointUpdate): Promise<WebhookEndpoint> {
  const { server } = request
  const url = changes.url === undefined ? undefined : await acceptReceiverUrl(server, changes.url)
  const now = server.clock.now()
  const row = await updateWebhookEndpoint(server.db, id, { ...changes, ...(url === undefined ? {} : { url }) }, now)
  if (row === undefined) throw new AppError('NOT_FOUND', 'Webhook endpoint not found')
  await auditAdminAction(request, key, { type: 'webhook.endpoint_updated', detail: { webhookEndpointId: id, fields: Object.keys(changes).sort() } })
  return toWebhookEndpointView(row, now)
}

export async function deleteEndpoint(request: FastifyRequest, key: ApiKeyRow, id: string): Promise<WebhookEndpoint> {
  const { server } = request
  const row = await findWebhookEndpoint(server.db, id)
  if (row === undefined || !await deleteWebhookEndpoint(server.db, id)) throw new AppError('NOT_FOUND', 'Webhook endpoint not found')
  await auditAdminAction(request, key, { type: 'webhook.endpoint_deleted', detail: { webhookEndpointId: id } })
  return toWebhookEndpointView(row, server.clock.now())
}

/** A new secret, shown once; the one before signs alongside it for `overlapSeconds`. */
export async function rotateSecret(request: FastifyRequest, key: ApiKeyRow, id: string, overlapSeconds: number = DEFAULT_OVERLAP_SECONDS): Promise<CreatedWebhookEndpoint> {
  const { server } = request
  const secret = newSigningSecret()
  const now = server.clock.now()
  const row = await rotateWebhookSecret(server.db, id, { sealedSecret: server.webhookSecrets.seal(secret), previousExpiresAt: new Date(now.getTime() + overlapSeconds * 1000), now })
  if (row === undefined) throw new AppError('NOT_FOUND', 'Webhook endpoint not found')
  await auditAdminAction(request, key, { type: 'webhook.secret_rotated', detail: { webhookEndpointId: id } })
  return { secret, endpoint: toWebhookEndpointView(row, now) }
}

export async function listEndpointDeliveries(request: FastifyRequest, id: string, query: { readonly limit?: number; readonly cursor?: string }): Promise<WebhookDeliveryPage> {
  const { server } = request
  if (await findWebhookEndpoint(server.db, id) === undefined) throw new AppError('NOT_FOUND', 'Webhook endpoint not found')
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const owner = `webhook-deliveries:${id}`
  const after = query.cursor === undefined ? undefined : server.pageCursors.open(query.cursor, owner)
  if (query.cursor !== undefined && after === undefined) throw new AppError('INVALID_CURSOR')
  const rows = await listDeliveries(server.db, id, { limit: limit + 1, ...(after === undefined ? {} : { after }) })
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    deliveries: page.map((row) => toWebhookDeliveryView(row.delivery, row.eventType, row.attempts)),
    nextCursor: rows.length > limit && last !== undefined ? server.pageCursors.seal(last.position, owner) : null,
  }
}

/** Due again now, same event and `webhook-id`; this instance's worker is woken once it commits. */
export async function resendDelivery(request: FastifyRequest, key: ApiKeyRow, endpointId: string, deliveryId: string): Promise<WebhookDelivery> {
  const { server } = request
  const endpoint = await findWebhookEndpoint(server.db, endpointId)
  if (endpoint === undefined) throw new AppError('NOT_FOUND', 'Webhook delivery not found')
  if (!endpoint.enabled) throw new AppError('VALIDATION_ERROR', 'The endpoint is disabled: enable it first')
  const times = { aheadMs: msAheadOfRealTime(server.clock), retryWindowMs: server.config.webhooks.retryWindowMs }
  if (!await requeueDelivery(server.db, endpointId, deliveryId, times)) throw new AppError('NOT_FOUND', 'Webhook delivery not found')
  await auditAdminAction(request, key, { type: 'webhook.delivery_resent', detail: { webhookEndpointId: endpointId, webhookDeliveryId: deliveryId } })
  server.afterCommit(() => server.webhookDelivery.wake())
  const found = (await findDelivery(server.db, endpointId, deliveryId))!
  return toWebhookDeliveryView(found.delivery, found.eventType, found.attempts)
}
