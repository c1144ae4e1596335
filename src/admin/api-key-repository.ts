import { randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { ApiKeyRow, Database } from '../db/tables.js'

/** The queries on `api_key`: the admin API's credentials. */
type Executor = Kysely<Database> | Transaction<Database>

export interface NewApiKey {
  readonly name: string
  readonly prefix: string
  readonly hash: string
  readonly scopes: readonly string[]
  readonly expiresAt: Date | null
}

export async function insertApiKey(db: Executor, key: NewApiKey): Promise<ApiKeyRow> {
  return db.insertInto('api_key')
    .values({ id: randomUUID(), name: key.name, prefix: key.prefix, key_hash: key.hash, scopes: key.scopes.join(' '), expires_at: key.expiresAt })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findApiKeyByHash(db: Executor, hash: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_key').selectAll().where('key_hash', '=', hash).executeTakeFirst()
}

/** Every key, newest first, revoked and expired ones included (they say so). */
export async function listApiKeys(db: Executor): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_key').selectAll().orderBy('created_at', 'desc').orderBy('id').execute()
}

/** Revokes a key; the row as it then stands, or undefined for an unknown id. A revoked key stays revoked at its first time. */
export async function revokeApiKey(db: Executor, id: string, now: Date): Promise<ApiKeyRow | undefined> {
  await db.updateTable('api_key').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute()
  return db.selectFrom('api_key').selectAll().where('id', '=', id).executeTakeFirst()
}

/** How closely a key's `last_used_at` follows its use: written at most once per interval. */
export const API_KEY_USE_RESOLUTION_MS = 60_000

/** Notes a use; at most once a minute per key, so a busy key does not write on every request. */
export async function touchApiKey(db: Executor, id: string, now: Date): Promise<void> {
  await db.updateTable('api_key').set({ last_used_at: now })
    .where('id', '=', id)
    .where((where) => where.or([where('last_used_at', 'is', null), where('last_used_at', '<', new Date(now.getTime() - API_KEY_USE_RESOLUTION_MS))]))
    .execute()
}
