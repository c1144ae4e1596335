import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'

export interface PurgeResult {
  readonly sessions: number
  readonly verifications: number
  readonly refreshTokens: number
  readonly registrationTokens: number
  readonly spentTotpCodes: number
  readonly pendingRegistrations: number
  /** Changes of email address past their 72 hours of undo. */
  readonly emailChanges: number
  /** Provider sign-ins of the REST and JWT surfaces past their ten minutes (or their code's sixty seconds). */
  readonly federatedSignIns: number
  readonly auditEvents: number
}

/**
 * Deletes what has expired, and audit events older than `auditRetentionDays`, in batches of
 * `batchSize` rows, each its own short statement, so the tables are never locked for long however
 * much has piled up.
 */
export async function purgeExpired(db: Kysely<Database>, now: Date, options: { auditRetentionDays: number; batchSize?: number }): Promise<PurgeResult> {
  const batchSize = options.batchSize ?? 1_000
  type Purged = 'session' | 'verification' | 'refresh_token' | 'registration_token' | 'spent_totp_code' | 'pending_registration' | 'email_change' | 'federated_sign_in' | 'audit_event'
  const purge = async (table: Purged, column: 'expires_at' | 'occurred_at', before: Date): Promise<number> => {
    const key = table === 'registration_token' ? 'token_hash' : table === 'spent_totp_code' ? 'code_hash' : 'id'
    let total = 0
    for (;;) {
      const result = await db
        .deleteFrom(table)
        .where(key as 'id', 'in', (eb) => eb.selectFrom(table).select(key as 'id').where(column as 'expires_at', '<', before).limit(batchSize))
        .executeTakeFirst()
      const deleted = Number(result.numDeletedRows)
      total += deleted
      if (deleted < batchSize) return total
    }
  }
  return {
    sessions: await purge('session', 'expires_at', now),
    verifications: await purge('verification', 'expires_at', now),
    refreshTokens: await purge('refresh_token', 'expires_at', now),
    registrationTokens: await purge('registration_token', 'expires_at', now),
    spentTotpCodes: await purge('spent_totp_code', 'expires_at', now),
    pendingRegistrations: await purge('pending_registration', 'expires_at', now),
    emailChanges: await purge('email_change', 'expires_at', now),
    federatedSignIns: await purge('federated_sign_in', 'expires_at', now),
    auditEvents: await purge('audit_event', 'occurred_at', new Date(now.getTime() - options.auditRetentionDays * 24 * 60 * 60 * 1000)),
  }
}
