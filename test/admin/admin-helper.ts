import type { FastifyInstance } from 'fastify'
import { insertApiKey } from '../../src/admin/api-key-repository.js'
import { issueApiKey, type ApiKeyScope } from '../../src/admin/api-keys.js'

/** A key written straight to the database, as `npm run admin -- create-key` does. */
export async function seedApiKey(app: FastifyInstance, scopes: readonly ApiKeyScope[], options: { name?: string; expiresAt?: Date } = {}): Promise<{ key: string; id: string }> {
  const issued = issueApiKey()
  const row = await insertApiKey(app.db, { name: options.name ?? 'test', prefix: issued.prefix, hash: issued.hash, scopes, expiresAt: options.expiresAt ?? null })
  return { key: issued.key, id: row.id }
}

export const bearer = (key: string): { authorization: string } => ({ authorization: `Bearer ${key}` })
