// An explicit link of a provider identity started on the REST surface (`federated_sign_in` rows
// with `surface = 'v1-link'`) is not made by the provider's callback: the callback keeps the
// provider's answer (its query: `state`, `code`, `iss`…) until the session that started the link
// completes it with the link's one-time code and `codeVerifier` (src/federation/identity-link.ts).
// The answer is kept here, sealed (AES-256-GCM) with a key derived from that one-time code, of
// which only the SHA-256 is stored: a copy of the table redeems no provider code.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('federated_sign_in').addColumn('callback_query', 'text').execute()
}
