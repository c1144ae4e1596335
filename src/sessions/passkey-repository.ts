import type { Kysely, Transaction } from 'kysely'
import type { Database, PasskeyRow } from '../db/tables.js'
import type { Passkey } from '../schemas/index.js'

/** The passkey table's queries; Better Auth's plugin writes the rows, these read and count them. */
type Executor = Kysely<Database> | Transaction<Database>

export async function listUserPasskeys(db: Executor, userId: string): Promise<PasskeyRow[]> {
  return db.selectFrom('passkey').selectAll().where('user_id', '=', userId).orderBy('created_at', 'asc').orderBy('id', 'asc').execute()
}

export async function findUserPasskey(db: Executor, userId: string, id: string): Promise<PasskeyRow | undefined> {
  return db.selectFrom('passkey').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst()
}

export async function findPasskeyByCredentialId(db: Executor, credentialId: string): Promise<PasskeyRow | undefined> {
  return db.selectFrom('passkey').selectAll().where('credential_id', '=', credentialId).executeTakeFirst()
}

/**
 * The ways an account can sign in: its accounts (a password, a federated identity) and its
 * passkeys. Counted inside the unit of work that removes one, after the user row is locked.
 */
export async function countSignInMethods(db: Executor, userId: string): Promise<number> {
  const accounts = await db.selectFrom('account').select((eb) => eb.fn.countAll<string>().as('count')).where('user_id', '=', userId).executeTakeFirstOrThrow()
  const passkeys = await db.selectFrom('passkey').select((eb) => eb.fn.countAll<string>().as('count')).where('user_id', '=', userId).executeTakeFirstOrThrow()
  return Number(accounts.count) + Number(passkeys.count)
}

/** Deletes the user's passkeys registered at or after `since`; how many went. */
export async function deletePasskeysRegisteredSince(db: Executor, userId: string, since: Date): Promise<number> {
  const result = await db.deleteFrom('passkey').where('user_id', '=', userId).where('created_at', '>=', since).executeTakeFirst()
  return Number(result.numDeletedRows)
}

export async function deleteUserPasskeys(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('passkey').where('user_id', '=', userId).execute()
}

export function toPasskeyView(row: PasskeyRow): Passkey {
  return {
    id: row.id,
    name: row.name,
    userId: row.user_id,
    credentialID: row.credential_id,
    deviceType: row.device_type === 'multiDevice' ? 'multiDevice' : 'singleDevice',
    backedUp: row.backed_up,
    transports: row.transports === '' ? null : row.transports,
    aaguid: row.aaguid,
    createdAt: (row.created_at ?? new Date(0)).toISOString(),
  }
}
