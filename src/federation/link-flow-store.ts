import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database, FederatedSignInRow, FederatedSignInTable } from '../db/tables.js'

/**
 * An explicit link of a provider identity, started on the REST surface, in `federated_sign_in`:
 * a row of its own kind (`surface = 'v1-link'`, so that neither exchange spends the other's
 * codes), bound from the start to the session that started it (`user_id`, `session_id`) and to
 * the SHA-256 of the `codeVerifier` it was given. The provider's answer (`callback_query`, see
 * migrations/2026-12-01-017-federated-link-callbacks.ts) waits there, sealed with the link's
 * one-time code, until that session completes the link.
 */
export const LINK_SURFACE = 'v1-link'

// The link's columns, beside those src/db/tables.ts names for the sign-in flows of the same table.
interface LinkFlowTable extends Omit<FederatedSignInTable, 'surface'> {
  surface: string
  callback_query: string | null
}

type Executor = Kysely<Database>

function linkFlows(db: Executor): Kysely<{ federated_sign_in: LinkFlowTable }> {
  return db as unknown as Kysely<{ federated_sign_in: LinkFlowTable }>
}

/** Whether a flow of the table is an explicit link (else a sign-in of v1 or /auth). */
export function isLinkFlow(flow: FederatedSignInRow): boolean {
  return (flow.surface as string) === LINK_SURFACE
}

export interface StartedLink {
  readonly stateHash: string
  readonly providerId: string
  readonly redirectTo: string
  readonly bindingHash: string
  readonly userId: string
  readonly sessionId: string
  readonly expiresAt: Date
}

export async function recordStartedLink(db: Executor, link: StartedLink): Promise<void> {
  await linkFlows(db).insertInto('federated_sign_in').values({
    id: randomUUID(),
    state_hash: link.stateHash,
    surface: LINK_SURFACE,
    provider_id: link.providerId,
    redirect_to: link.redirectTo,
    binding_hash: link.bindingHash,
    user_id: link.userId,
    session_id: link.sessionId,
    expires_at: link.expiresAt,
  }).execute()
}

/**
 * The provider answered a waiting link: its answer is kept, sealed, for the one-time code until
 * `expiresAt`. False when the flow no longer waits (the same answer twice at once).
 */
export async function holdLinkAnswer(db: Executor, id: string, answer: { codeHash: string; sealedQuery: string; expiresAt: Date }): Promise<boolean> {
  const held = await linkFlows(db).updateTable('federated_sign_in')
    .set({ code_hash: answer.codeHash, callback_query: answer.sealedQuery, expires_at: answer.expiresAt })
    .where('id', '=', id).where('surface', '=', LINK_SURFACE).where('code_hash', 'is', null)
    .returning('id')
    .executeTakeFirst()
  return held !== undefined
}

/** A flow that ends at the callback (a provider's refusal, a link that may not be completed there): it waits for nothing more. */
export async function endLinkFlow(db: Executor, id: string, now: Date): Promise<void> {
  await linkFlows(db).updateTable('federated_sign_in').set({ expires_at: now }).where('id', '=', id).execute()
}

export interface SpentLink {
  readonly providerId: string
  readonly bindingHash: string
  readonly userId: string
  readonly sessionId: string
  readonly sealedQuery: string
}

/**
 * Spends a link's one-time code: once, while it is live, whoever shows it (a refusal after this
 * leaves it spent). The update is the check, so two completions of one code cannot both run.
 */
export async function spendLinkCode(db: Executor, codeHash: string, now: Date): Promise<SpentLink | undefined> {
  const row = await linkFlows(db).updateTable('federated_sign_in').set({ exchanged_at: now })
    .where('code_hash', '=', codeHash).where('surface', '=', LINK_SURFACE)
    .where('exchanged_at', 'is', null).where('expires_at', '>', now)
    .returning(['provider_id', 'binding_hash', 'user_id', 'session_id', 'callback_query'])
    .executeTakeFirst()
  if (row?.user_id == null || row.session_id === null || row.callback_query === null) return undefined
  return { providerId: row.provider_id, bindingHash: row.binding_hash, userId: row.user_id, sessionId: row.session_id, sealedQuery: row.callback_query }
}

/** The provider's callback query, as Better Auth's callback reads it. */
export type CallbackQuery = Readonly<Record<string, string>>

function keyOf(code: string): Buffer {
  return Buffer.from(hkdfSync('sha256', code, 'auth-service', 'provider link answer', 32))
}

/** Seals the provider's answer with the link's one-time code: readable only by whoever shows the code. */
export function sealCallbackQuery(query: CallbackQuery, code: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(code), iv)
  const sealed = Buffer.concat([cipher.update(JSON.stringify(query), 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), sealed.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')
}

export function openCallbackQuery(sealed: string, code: string): CallbackQuery {
  const [version, iv, data, tag] = sealed.split('.')
  if (version !== 'v1' || iv === undefined || data === undefined || tag === undefined) throw new Error('unreadable provider answer')
  const decipher = createDecipheriv('aes-256-gcm', keyOf(code), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return JSON.parse(Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')) as CallbackQuery
}
