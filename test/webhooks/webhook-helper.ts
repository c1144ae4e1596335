import type { FastifyInstance } from 'fastify'
import { seedApiKey, bearer } from '../admin/admin-helper.js'
import type { Receiver } from './webhook-receiver.js'

export const WEBHOOKS = '/api/v1/admin/webhooks'

/** Every event type, `sign_in.failed` included. */
export const ALL_TYPES = [
  'user.created', 'user.verified', 'user.updated', 'user.deleted', 'user.banned', 'session.created', 'session.revoked',
  'password.changed', 'password.reset', 'mfa.enabled', 'mfa.disabled', 'sign_in.failed',
] as const

/** Registers `receiver` through the admin API for `types`; the receiver learns the secret. */
export async function registerReceiver(app: FastifyInstance, receiver: Receiver, types: readonly string[] = ALL_TYPES, key?: string): Promise<{ id: string; secret: string; key: string }> {
  const apiKey = key ?? (await seedApiKey(app, ['webhooks:write'])).key
  const response = await app.inject({ method: 'POST', url: WEBHOOKS, headers: bearer(apiKey), payload: { url: receiver.url, eventTypes: types, description: 'test receiver' } })
  if (response.statusCode !== 201) throw new Error(`register: ${response.statusCode} ${response.body}`)
  const { secret, endpoint } = response.json() as { secret: string; endpoint: { id: string } }
  receiver.secrets.push(secret)
  return { id: endpoint.id, secret, key: apiKey }
}

/** Waits until every delivery this instance can make now is made. */
export async function webhooksSettled(app: FastifyInstance): Promise<void> {
  await app.mailer.idle()
  await app.webhookDelivery.idle()
}
