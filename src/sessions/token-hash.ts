import { createHash, createHmac, randomBytes } from 'node:crypto'

/** Only a SHA-256 of a secret token is stored: a copy of the table opens nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * The refresh token that follows `parent`: derived, not random, so that a parent presented again
 * within the reuse interval yields the same child without the child ever being stored in clear.
 */
export function childRefreshToken(parent: string, secret: string): string {
  return createHmac('sha256', secret).update(`refresh:${parent}`).digest('base64url')
}
