import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { hashToken } from '../sessions/token-hash.js'
import { findSecondFactorSecret } from '../sessions/two-factor-repository.js'

/** A change is confirmed within these, then can be undone for UNDO_TTL_MS from its request. */
export const CODE_TTL_MS = 15 * 60_000
export const CODE_ATTEMPTS = 5
export const LINK_TTL_MS = 60 * 60_000
export const UNDO_TTL_MS = 72 * 60 * 60_000

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

/**
 * A code is stored as an HMAC keyed with the service secret and bound to its change: a copy of the
 * table does not give the codes away, as a plain hash of six digits would. (Link and undo tokens
 * are 256 random bits: a SHA-256 of them is enough.)
 */
export function hashCode(secret: string, changeId: string, code: string): string {
  return createHmac('sha256', secret).update(`email-change-code:${changeId}:${code}`).digest('base64url')
}

export function sameHash(stored: string | null, given: string): boolean {
  if (stored === null) return false
  const a = Buffer.from(stored)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Which second factor an account has on (a digest of its stored secret), or null: an undo removes any other. */
export async function secondFactorDigest(db: Kysely<Database>, user: { readonly id: string; readonly two_factor_enabled: boolean | null }): Promise<string | null> {
  if (user.two_factor_enabled !== true) return null
  const secret = await findSecondFactorSecret(db, user.id)
  return secret === undefined ? null : hashToken(secret)
}
