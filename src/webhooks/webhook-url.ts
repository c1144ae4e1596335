import type { FastifyInstance } from 'fastify'
import { AppError } from '../errors/error-codes.js'
import { checkReceiverHost, type Resolve } from './webhook-transport.js'

/** Registration waits this long at most for the host's addresses, or WEBHOOK_TIMEOUT_MS when shorter. */
const RESOLVE_DEADLINE_MS = 5_000

/**
 * A receiver URL as registered: http(s), https alone in production (the payloads name accounts),
 * no user name or password in it (they would be stored and shown), and, unless
 * WEBHOOK_ALLOW_PRIVATE, a host whose every address is public. Delivery checks the addresses
 * again (webhook-transport.ts): a name may resolve elsewhere later. A host that does not resolve
 * within RESOLVE_DEADLINE_MS (a slow nameserver) is answered as one that does not resolve: the
 * admin's request is not left waiting on it. Returns the URL normalised.
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
  const resolve = resolveWithin(server.webhookResolve, Math.min(config.webhooks.timeoutMs, RESOLVE_DEADLINE_MS))
  const verdict = await checkReceiverHost(url.hostname, { allowPrivate: config.webhooks.allowPrivate, resolve })
  if (verdict === 'unresolvable') throw new AppError('VALIDATION_ERROR', 'url\'s host does not resolve')
  if (verdict === 'non-public') throw new AppError('VALIDATION_ERROR', 'url\'s host is a loopback, private, link-local or other non-public address (WEBHOOK_ALLOW_PRIVATE allows it)')
  return url.href
}

/** `resolve`, failing once `ms` have passed without an answer (the lookup itself cannot be cancelled: it ends unheeded). */
function resolveWithin(resolve: Resolve, ms: number): Resolve {
  return (hostname) => new Promise((answer, fail) => {
    const deadline = setTimeout(() => fail(new Error(`${hostname} did not resolve within ${ms} ms`)), ms)
    resolve(hostname).then(answer, fail).finally(() => clearTimeout(deadline))
  })
}
