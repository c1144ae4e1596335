import type { ApiKey } from '../schemas/index.js'
import type { ApiKeyRow } from '../db/tables.js'
import { isApiKeyScope, type ApiKeyScope } from './api-keys.js'

/** A key as the admin API shows it: never its hash. */
export function toApiKeyView(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.split(' ').filter(isApiKeyScope) satisfies ApiKeyScope[],
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  }
}
