import type { Kysely } from 'kysely'
import type { ApiKeyRow, Database } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'

/**
 * What a key may do to other keys through the admin API: no more than it could do itself. A key
 * with `keys:write` creates only keys whose scopes it holds, expiring no later than it does (a key
 * without an expiry may create any), and revokes only keys whose scopes it holds: `keys:write`
 * alone is no way to more scopes, to a key that outlives it, or to revoking a stronger key (the
 * operator's). `npm run admin -- create-key` is the root of every key and is not held to this.
 */
export function assertMayCreateKey(caller: ApiKeyRow, scopes: readonly string[], expiresAt: Date | null): void {
  const missing = scopesBeyond(caller, scopes)
  if (missing.length > 0) throw new AppError('FORBIDDEN', `This API key can create only keys with scopes it holds; it lacks ${missing.join(', ')}`)
  const callerExpiry = caller.expires_at
  if (callerExpiry !== null && (expiresAt === null || expiresAt.getTime() > callerExpiry.getTime())) {
    throw new AppError('FORBIDDEN', `This API key expires at ${callerExpiry.toISOString()}; a key it creates must have an expiresAt no later than that`)
  }
}

/** The key `id` as it stands, held until the unit of work ends; 404 NOT_FOUND for no such key, 403 FORBIDDEN for one with scopes the caller lacks. */
export async function lockRevocableKey(db: Kysely<Database>, caller: ApiKeyRow, id: string): Promise<ApiKeyRow> {
  const target = await db.selectFrom('api_key').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (target === undefined) throw new AppError('NOT_FOUND')
  const missing = scopesBeyond(caller, scopesOf(target))
  if (missing.length > 0) throw new AppError('FORBIDDEN', `This API key can revoke only keys with scopes it holds; it lacks ${missing.join(', ')}`)
  return target
}

function scopesOf(key: ApiKeyRow): string[] {
  return key.scopes.split(' ').filter((scope) => scope.length > 0)
}

function scopesBeyond(caller: ApiKeyRow, scopes: readonly string[]): string[] {
  const held = new Set(scopesOf(caller))
  return [...new Set(scopes)].filter((scope) => !held.has(scope))
}
