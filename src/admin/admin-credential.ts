import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { audit, type AuditEvent } from '../audit/audit-trail.js'
import type { ApiKeyRow } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'
import { API_KEY_USE_RESOLUTION_MS, findApiKeyByHash, touchApiKey } from './api-key-repository.js'
import { apiKeyHashOf, type ApiKeyScope } from './api-keys.js'

/**
 * The API key an admin request is made with, if it holds `scope`. Unknown, malformed, revoked and
 * expired keys get one answer, 401 UNAUTHORIZED, so the answer says nothing about which keys
 * exist; a live key without the scope gets 403 FORBIDDEN naming the scope (its holder may know
 * what it lacks). The key is looked up by its SHA-256, an indexed equality: no comparison of the
 * key itself happens in our code to leak timing.
 */
export async function requireApiKey(request: FastifyRequest, reply: FastifyReply, scope: ApiKeyScope): Promise<ApiKeyRow> {
  const { server } = request
  const hash = apiKeyHashOf(request.headers.authorization)
  const key = hash === undefined ? undefined : await findApiKeyByHash(server.db, hash)
  const now = server.clock.now()
  if (key === undefined || key.revoked_at !== null || (key.expires_at !== null && key.expires_at.getTime() <= now.getTime())) {
    reply.header('www-authenticate', 'Bearer')
    throw new AppError('UNAUTHORIZED')
  }
  if (!key.scopes.split(' ').includes(scope)) throw new AppError('FORBIDDEN', `This API key lacks the scope ${scope}`)
  await noteApiKeyUse(server, key, now)
  return key
}

/**
 * Records the key's last use as a statement of its own, never in the request's transaction: a use
 * is a fact whatever the request then commits, and a request that goes on to wait (for a receiver's
 * name to resolve) must not hold the key's row locked meanwhile, which would queue every other
 * request made with the key behind it. At most once per API_KEY_USE_RESOLUTION_MS; a failure of it
 * fails nothing but itself.
 */
async function noteApiKeyUse(server: FastifyInstance, key: ApiKeyRow, now: Date): Promise<void> {
  if (key.last_used_at !== null && key.last_used_at.getTime() >= now.getTime() - API_KEY_USE_RESOLUTION_MS) return
  const { units } = server.database
  // A unit that has begun holds the only session of an embedded database: skip rather than wait.
  if (units.current()?.begun === true) return
  try {
    await units.outside(() => touchApiKey(server.db, key.id, now))
  } catch (error) {
    server.log.warn({ reason: error instanceof Error ? error.message : 'unknown' }, 'could not record an API key\'s last use')
  }
}

/** Records an admin action in the audit trail, naming the key that did it (`detail.apiKeyId`). */
export async function auditAdminAction(request: FastifyRequest, key: ApiKeyRow, event: AuditEvent): Promise<void> {
  await audit(request, { ...event, detail: { ...event.detail, apiKeyId: key.id } })
}
