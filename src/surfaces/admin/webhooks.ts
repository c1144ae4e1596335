import type { FastifyReply } from 'fastify'
import type { CreatedWebhookEndpoint, WebhookDelivery, WebhookDeliveryPage, WebhookEndpoint, WebhookEndpointList, WebhookSecretRotation } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { requireApiKey } from '../../admin/admin-credential.js'
import {
  createEndpoint, deleteEndpoint, getEndpoint, listEndpointDeliveries, listEndpoints, resendDelivery, rotateSecret, updateEndpoint,
} from '../../webhooks/webhook-admin.js'

/** GET /api/v1/admin/webhooks */
export async function serviceAdminListWebhookEndpoints(request: OperationRequest<'serviceAdminListWebhookEndpoints'>, reply: FastifyReply): Promise<WebhookEndpointList> {
  await requireApiKey(request, reply, 'webhooks:write')
  return { endpoints: await listEndpoints(request) }
}

/** POST /api/v1/admin/webhooks: a new endpoint and its signing secret, shown once. */
export async function serviceAdminCreateWebhookEndpoint(request: OperationRequest<'serviceAdminCreateWebhookEndpoint'>, reply: FastifyReply): Promise<CreatedWebhookEndpoint> {
  const key = await requireApiKey(request, reply, 'webhooks:write')
  const created = await createEndpoint(request, key, request.body)
  reply.status(201)
  return created
}

/** GET /api/v1/admin/webhooks/{id} */
export async function serviceAdminGetWebhookEndpoint(request: OperationRequest<'serviceAdminGetWebhookEndpoint'>, reply: FastifyReply): Promise<WebhookEndpoint> {
  await requireApiKey(request, reply, 'webhooks:write')
  return getEndpoint(request, request.params.id)
}

/** PATCH /api/v1/admin/webhooks/{id} */
export async function serviceAdminUpdateWebhookEndpoint(request: OperationRequest<'serviceAdminUpdateWebhookEndpoint'>, reply: FastifyReply): Promise<WebhookEndpoint> {
  const key = await requireApiKey(request, reply, 'webhooks:write')
  return updateEndpoint(request, key, request.params.id, request.body)
}

/** DELETE /api/v1/admin/webhooks/{id} */
export async function serviceAdminDeleteWebhookEndpoint(request: OperationRequest<'serviceAdminDeleteWebhookEndpoint'>, reply: FastifyReply): Promise<WebhookEndpoint> {
  const key = await requireApiKey(request, reply, 'webhooks:write')
  return deleteEndpoint(request, key, request.params.id)
}

/** POST /api/v1/admin/webhooks/{id}/rotate-secret */
export async function serviceAdminRotateWebhookSecret(request: OperationRequest<'serviceAdminRotateWebhookSecret'>, reply: FastifyReply): Promise<CreatedWebhookEndpoint> {
  const key = await requireApiKey(request, reply, 'webhooks:write')
  // The body is optional: none means the default overlap.
  const body = request.body as WebhookSecretRotation | undefined
  return rotateSecret(request, key, request.params.id, body?.overlapSeconds)
}

/** GET /api/v1/admin/webhooks/{id}/deliveries */
export async function serviceAdminListWebhookDeliveries(request: OperationRequest<'serviceAdminListWebhookDeliveries'>, reply: FastifyReply): Promise<WebhookDeliveryPage> {
  await requireApiKey(request, reply, 'webhooks:write')
  return listEndpointDeliveries(request, request.params.id, request.query)
}

/** POST /api/v1/admin/webhooks/{id}/deliveries/{deliveryId}/resend */
export async function serviceAdminResendWebhookDelivery(request: OperationRequest<'serviceAdminResendWebhookDelivery'>, reply: FastifyReply): Promise<WebhookDelivery> {
  const key = await requireApiKey(request, reply, 'webhooks:write')
  const delivery = await resendDelivery(request, key, request.params.id, request.params.deliveryId)
  reply.status(202)
  return delivery
}
