import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'

type Executor = Kysely<Database>

/** Better Auth's account of a password: not a provider identity. */
const CREDENTIAL_PROVIDER = 'credential'

export interface IdentityRow {
  readonly providerId: string
  readonly accountId: string
  readonly createdAt: Date
}

/** The provider identities linked to a user, oldest first. */
export async function listUserIdentities(db: Executor, userId: string): Promise<IdentityRow[]> {
  const rows = await db.selectFrom('account').select(['provider_id', 'account_id', 'created_at'])
    .where('user_id', '=', userId).where('provider_id', '!=', CREDENTIAL_PROVIDER)
    .orderBy('created_at').execute()
  return rows.map((row) => ({ providerId: row.provider_id, accountId: row.account_id, createdAt: row.created_at }))
}

/** Removes the user's identity at one provider; false when there was none. */
export async function deleteUserIdentity(db: Executor, userId: string, providerId: string): Promise<boolean> {
  if (providerId === CREDENTIAL_PROVIDER) return false
  const result = await db.deleteFrom('account').where('user_id', '=', userId).where('provider_id', '=', providerId).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Removes every provider identity of the user (never the password); the providers they were at. */
export async function deleteAllIdentities(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.deleteFrom('account').where('user_id', '=', userId).where('provider_id', '!=', CREDENTIAL_PROVIDER)
    .returning('provider_id').execute()
  return rows.map((row) => row.provider_id)
}

/** Removes the user's provider identities linked at or after `since` (never the password); how many went. */
export async function deleteIdentitiesLinkedSince(db: Executor, userId: string, since: Date): Promise<number> {
  const result = await db.deleteFrom('account')
    .where('user_id', '=', userId).where('provider_id', '!=', CREDENTIAL_PROVIDER).where('created_at', '>=', since)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** Every account of a user, the password's (`credential`) included, oldest first. */
export async function listUserAccounts(db: Executor, userId: string): Promise<IdentityRow[]> {
  const rows = await db.selectFrom('account').select(['provider_id', 'account_id', 'created_at'])
    .where('user_id', '=', userId).orderBy('created_at').execute()
  return rows.map((row) => ({ providerId: row.provider_id, accountId: row.account_id, createdAt: row.created_at }))
}
