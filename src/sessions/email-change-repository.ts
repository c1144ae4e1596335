import type { Kysely } from 'kysely'
import type { Database, EmailChangeRow } from '../db/tables.js'

/** Changes of email address, pending, confirmed or undone: the SQL of changing an address. */
type Executor = Kysely<Database>

export interface NewEmailChange {
  readonly id: string
  readonly userId: string
  readonly sessionId: string
  readonly oldEmail: string
  readonly newEmail: string
  readonly confirmation: 'code' | 'link'
  readonly confirmationHash: string
  readonly confirmationExpiresAt: Date
  readonly undoHash: string
  readonly secondFactorDigest: string | null
  readonly expiresAt: Date
  readonly now: Date
}

export async function createEmailChange(db: Executor, input: NewEmailChange): Promise<void> {
  await db.insertInto('email_change').values({
    id: input.id, user_id: input.userId, session_id: input.sessionId, old_email: input.oldEmail, new_email: input.newEmail,
    confirmation: input.confirmation, confirmation_hash: input.confirmationHash, confirmation_expires_at: input.confirmationExpiresAt,
    confirmed_at: null, undo_hash: input.undoHash, second_factor_digest: input.secondFactorDigest, undone_at: null, expires_at: input.expiresAt, created_at: input.now,
  }).execute()
}

/** The account's changes still waiting for their code or link can no longer be confirmed; their undo links stay. */
export async function cancelPendingEmailChanges(db: Executor, userId: string): Promise<void> {
  await db.updateTable('email_change').set({ confirmation_hash: null })
    .where('user_id', '=', userId).where('confirmed_at', 'is', null).where('confirmation_hash', 'is not', null)
    .execute()
}

/**
 * The account's change waiting for a code from this session, locked until the unit of work ends:
 * checks of one change take turns, so each wrong code is counted before the next is compared.
 */
export async function lockPendingCodeChange(db: Executor, input: { userId: string; sessionId: string; now: Date }): Promise<EmailChangeRow | undefined> {
  return db.selectFrom('email_change').selectAll()
    .where('user_id', '=', input.userId).where('session_id', '=', input.sessionId).where('confirmation', '=', 'code')
    .where('confirmation_hash', 'is not', null).where('confirmation_expires_at', '>', input.now)
    .orderBy('created_at', 'desc').limit(1)
    .forUpdate()
    .executeTakeFirst()
}

/** The change a link's token confirms, while it can be confirmed, locked until the unit of work ends. */
export async function lockPendingLinkChange(db: Executor, input: { confirmationHash: string; now: Date }): Promise<EmailChangeRow | undefined> {
  return db.selectFrom('email_change').selectAll()
    .where('confirmation_hash', '=', input.confirmationHash).where('confirmation', '=', 'link')
    .where('confirmation_expires_at', '>', input.now)
    .forUpdate()
    .executeTakeFirst()
}

/** Counts one wrong code; the last allowed one spends the code. Returns the tries left. */
export async function countWrongEmailChangeCode(db: Executor, id: string, allowedAttempts: number): Promise<number> {
  const row = await db.updateTable('email_change')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      confirmation_hash: eb.case().when('attempts', '>=', allowedAttempts - 1).then(null).else(eb.ref('confirmation_hash')).end(),
    }))
    .where('id', '=', id)
    .returning('attempts')
    .executeTakeFirstOrThrow()
  return Math.max(allowedAttempts - row.attempts, 0)
}

/** The change's code or link stops working (it went stale, or its address was taken). */
export async function spendEmailChangeConfirmation(db: Executor, id: string): Promise<void> {
  await db.updateTable('email_change').set({ confirmation_hash: null }).where('id', '=', id).execute()
}

export async function markEmailChangeConfirmed(db: Executor, id: string, now: Date): Promise<void> {
  await db.updateTable('email_change').set({ confirmation_hash: null, confirmed_at: now }).where('id', '=', id).execute()
}

/** The change an undo token names, while it can be undone. */
export async function findUndoableEmailChange(db: Executor, input: { undoHash: string; now: Date }): Promise<EmailChangeRow | undefined> {
  return db.selectFrom('email_change').selectAll()
    .where('undo_hash', '=', input.undoHash).where('undone_at', 'is', null).where('expires_at', '>', input.now)
    .executeTakeFirst()
}

/**
 * Spends the undo token in one statement, so two requests racing with it cannot both undo; the
 * change it named, if it was live.
 */
export async function spendUndoToken(db: Executor, input: { undoHash: string; now: Date }): Promise<EmailChangeRow | undefined> {
  return db.updateTable('email_change').set({ undone_at: input.now, confirmation_hash: null })
    .where('undo_hash', '=', input.undoHash).where('undone_at', 'is', null).where('expires_at', '>', input.now)
    .returningAll()
    .executeTakeFirst()
}

/**
 * After an undo, the changes the account made since can be neither confirmed nor undone (an
 * intruder's undo of their own later change must not bring their address back), and none of its
 * changes still pending can be confirmed.
 */
export async function closeEmailChangesSince(db: Executor, input: { userId: string; since: Date; now: Date }): Promise<void> {
  await db.updateTable('email_change').set({ undone_at: input.now, confirmation_hash: null })
    .where('user_id', '=', input.userId).where('created_at', '>', input.since).where('undone_at', 'is', null)
    .execute()
  await cancelPendingEmailChanges(db, input.userId)
}
