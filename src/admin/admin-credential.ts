import type { FastifyReply, FastifyRequest } from 'fastify'
import { audit, type AuditEvent } from '../audit/audit-trail.js'
import type { ApiKeyRow } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'
import { findApiKeyByHash, touchApiKey } from './api-key-repository.js'
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
  await touchApiKey(server.db, key.id, now)
  return key
}

/** Records an admin action in the audit trail, naming the key that did it (`detail.apiKeyId`). */
export async function auditAdminAction(request: FastifyRequest, key: ApiKeyRow, event: AuditEvent): Promise<void> {
  await audit(request, { ...event, detail: { ...event.detail, apiKeyId: key.id } })
}
