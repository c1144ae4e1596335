import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/tables.js'

/**
 * Better Auth's rows (`verification`) of the emailed sign-ins: the code of an address under
 * `sign-in-otp-<email>` (its SHA-256 and the wrong tries so far), each link under
 * `magic-link:<SHA-256 of its token>` with the address in its JSON value. Neither holds a secret
 * a database reader could use.
 */
type Executor = Kysely<Database>

export function signInCodeIdentifier(email: string): string {
  return `sign-in-otp-${email}`
}

/** The row of a link's token, as Better Auth's magic link names it when it stores tokens hashed. */
export function signInLinkIdentifier(token: string): string {
  return `magic-link:${createHash('sha256').update(token).digest('base64url')}`
}

/**
 * Deletes the row under `identifier` if it has lapsed by `now`, so that Better Auth then finds no
 * such secret. Better Auth checks expiry against real time itself; this applies the service's
 * clock first, the one every lifetime here is read from.
 */
export async function deleteLapsedSignIn(db: Executor, identifier: string, now: Date): Promise<void> {
  await db.deleteFrom('verification').where('identifier', '=', identifier).where('expires_at', '<=', now).execute()
}

/** The address a link's row names, if the token has one (live or not). */
export async function findSignInLinkEmail(db: Executor, token: string): Promise<string | undefined> {
  const row = await db.selectFrom('verification').select('value').where('identifier', '=', signInLinkIdentifier(token)).executeTakeFirst()
  if (row === undefined) return undefined
  try {
    const value = JSON.parse(row.value) as { email?: unknown }
    return typeof value.email === 'string' ? value.email : undefined
  } catch {
    return undefined
  }
}

/** The name asked for with a pending link of the address, for an account its code creates (the same email carries both). */
export async function findPendingSignInName(db: Executor, email: string): Promise<string | undefined> {
  const rows = await db.selectFrom('verification').select('value')
    .where(linkOf(email))
    .orderBy('created_at', 'desc').execute()
  for (const row of rows) {
    const value = JSON.parse(row.value) as { name?: unknown }
    if (typeof value.name === 'string' && value.name !== '') return value.name
  }
  return undefined
}

/**
 * Spends every emailed sign-in of an address: its code and all its links. One used sign-in email
 * leaves no other working, and an erased account leaves none behind.
 */
export async function spendEmailSignIns(db: Executor, email: string): Promise<void> {
  const address = email.trim().toLowerCase()
  await db.deleteFrom('verification')
    .where((eb) => eb.or([eb('identifier', '=', signInCodeIdentifier(address)), linkOf(address)]))
    .execute()
}

/** The rows of the address's links. CASE, so that only the links' values are read as JSON (other rows hold plain text). */
function linkOf(email: string) {
  return sql<boolean>`case when identifier like 'magic-link:%' then lower(value::jsonb->>'email') end = ${email.trim().toLowerCase()}`
}
