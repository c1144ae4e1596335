import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database, FederatedSignInRow } from '../db/tables.js'

type Executor = Kysely<Database>

export interface StartedFlow {
  readonly stateHash: string
  readonly surface: 'v1' | 'jwt'
  readonly providerId: string
  readonly redirectTo: string
  readonly bindingHash: string
  readonly expiresAt: Date
}

export async function recordStartedFlow(db: Executor, flow: StartedFlow): Promise<void> {
  await db.insertInto('federated_sign_in').values({
    id: randomUUID(),
    state_hash: flow.stateHash,
    surface: flow.surface,
    provider_id: flow.providerId,
    redirect_to: flow.redirectTo,
    binding_hash: flow.bindingHash,
    expires_at: flow.expiresAt,
  }).execute()
}

/** The flow a provider's `state` belongs to while it waits for the provider's answer. */
export async function findWaitingFlow(db: Executor, stateHash: string, now: Date): Promise<FederatedSignInRow | undefined> {
  return db.selectFrom('federated_sign_in').selectAll()
    .where('state_hash', '=', stateHash).where('code_hash', 'is', null).where('expires_at', '>', now)
    .executeTakeFirst()
}

/** The provider answered: the flow now waits for its one-time code, until `expiresAt`. */
export async function recordCompletedFlow(
  db: Executor,
  id: string,
  outcome: { codeHash: string; userId: string; sessionId: string | null; pendingSecondFactor: string | null; expiresAt: Date },
): Promise<void> {
  await db.updateTable('federated_sign_in').set({
    code_hash: outcome.codeHash,
    user_id: outcome.userId,
    session_id: outcome.sessionId,
    pending_second_factor: outcome.pendingSecondFactor,
    expires_at: outcome.expiresAt,
  }).where('id', '=', id).execute()
}

/**
 * Spends a one-time code: the flow it names, once, and only while it is live. The update is the
 * check, so two exchanges of one code cannot both succeed.
 */
export async function spendFlowCode(db: Executor, codeHash: string, now: Date): Promise<FederatedSignInRow | undefined> {
  return db.updateTable('federated_sign_in').set({ exchanged_at: now })
    .where('code_hash', '=', codeHash).where('exchanged_at', 'is', null).where('expires_at', '>', now)
    // A link's code is spent by its completion alone (src/federation/link-flow-store.ts): shown
    // to a sign-in's exchange, it is unknown there, and its starter can still complete it.
    .where('surface', '<>', 'v1-link' as FederatedSignInRow['surface'])
    .returningAll()
    .executeTakeFirst()
}

/** The token of a live session, by id (a flow keeps the id, never the token). */
export async function findSessionToken(db: Executor, sessionId: string, now: Date): Promise<string | undefined> {
  const row = await db.selectFrom('session').select('token').where('id', '=', sessionId).where('expires_at', '>', now).executeTakeFirst()
  return row?.token
}
