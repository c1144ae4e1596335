import type { FastifyInstance } from 'fastify'
import { AppError } from '../errors/error-codes.js'
import { checkReceiverHost } from './webhook-transport.js'

/**
 * A receiver URL as registered: http(s), https alone in production (the payloads name accounts),
 * no user name or password in it (they would be stored and shown), and, unless
 * WEBHOOK_ALLOW_PRIVATE, a host whose every address is public. Delivery checks the addresses
 * again (webhook-transport.ts): a name may resolve elsewhere later. Returns the URL normalised.
 */
export async function acceptReceiverUrl(server: FastifyInstance, given: string): Promise<string> {
  let url: URL
  try {
    url = new URL(given)
  } catch {
    throw new AppError('VALIDATION_ERROR', 'url must be an absolute http(s) URL')
  }
  const { config } = server
  const allowed = config.env === 'production' ? ['https:'] : ['https:', 'http:']
  if (!allowed.includes(url.protocol)) throw new AppError('VALIDATION_ERROR', config.env === 'production' ? 'url must be https' : 'url must be http or https')
  if (url.username !== '' || url.password !== '') throw new AppError('VALIDATION_ERROR', 'url must not carry a user name or password')
  const verdict = await checkReceiverHost(url.hostname, { allowPrivate: config.webhooks.allowPrivate, resolve: server.webhookResolve })
  if (verdict === 'unresolvable') throw new AppError('VALIDATION_ERROR', 'url\'s host does not resolve')
  if (verdict === 'non-public') throw new AppError('VALIDATION_ERROR', 'url\'s host is a loopback, private, link-local or other non-public address (WEBHOOK_ALLOW_PRIVATE allows it)')
  return url.href
}
