import type { FastifyReply } from 'fastify'
import type { ApiKey, ApiKeyList, CreatedApiKey } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { auditAdminAction, requireApiKey } from '../../admin/admin-credential.js'
import { assertMayCreateKey, lockRevocableKey } from '../../admin/api-key-grants.js'
import { insertApiKey, listApiKeys, revokeApiKey } from '../../admin/api-key-repository.js'
import { toApiKeyView } from '../../admin/api-key-view.js'
import { issueApiKey } from '../../admin/api-keys.js'
import { parseDateTimeInput } from '../../contract/date-input.js'
import { AppError } from '../../errors/error-codes.js'

/** POST /api/v1/admin/keys: a new key, shown once; no stronger and no longer-lived than the caller (src/admin/api-key-grants.ts). */
export async function serviceAdminCreateKey(request: OperationRequest<'serviceAdminCreateKey'>, reply: FastifyReply): Promise<CreatedApiKey> {
  const caller = await requireApiKey(request, reply, 'keys:write')
  const { name, scopes, expiresAt } = request.body
  const expires = expiresAt === undefined ? null : parseDateTimeInput(expiresAt, 'expiresAt')
  if (expires !== null && expires.getTime() <= request.server.clock.nowMs()) throw new AppError('VALIDATION_ERROR', 'expiresAt: must be in the future')
  assertMayCreateKey(caller, scopes, expires)
  const issued = issueApiKey()
  const row = await insertApiKey(request.server.db, { name, prefix: issued.prefix, hash: issued.hash, scopes, expiresAt: expires })
  await auditAdminAction(request, caller, { type: 'admin.key_created', detail: { targetApiKeyId: row.id } })
  reply.status(201)
  return { key: issued.key, apiKey: toApiKeyView(row) }
}

/** GET /api/v1/admin/keys */
export async function serviceAdminListKeys(request: OperationRequest<'serviceAdminListKeys'>, reply: FastifyReply): Promise<ApiKeyList> {
  await requireApiKey(request, reply, 'keys:write')
  return { keys: (await listApiKeys(request.server.db)).map(toApiKeyView) }
}

/** DELETE /api/v1/admin/keys/{id}: only a key whose scopes the caller holds. */
export async function serviceAdminRevokeKey(request: OperationRequest<'serviceAdminRevokeKey'>, reply: FastifyReply): Promise<ApiKey> {
  const caller = await requireApiKey(request, reply, 'keys:write')
  const target = await lockRevocableKey(request.server.db, caller, request.params.id)
  const row = await revokeApiKey(request.server.db, target.id, request.server.clock.now())
  if (row === undefined) throw new AppError('NOT_FOUND')
  await auditAdminAction(request, caller, { type: 'admin.key_revoked', detail: { targetApiKeyId: row.id } })
  return toApiKeyView(row)
}
