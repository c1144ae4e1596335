import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import type { EventPosition } from '../sessions/audit-event-repository.js'

/** Seals and opens the `cursor` of a paged list: where the last page ended, for one account. */
export interface PageCursors {
  seal(position: EventPosition, owner: string): string
  /** The position a cursor names, or undefined when it was altered, forged or issued to another owner. */
  open(cursor: string, owner: string): EventPosition | undefined
}

const IV_BYTES = 12
const TAG_BYTES = 16
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/

/**
 * Cursors are encrypted (AES-256-GCM under a key derived from the service secret), not merely
 * encoded: a client sees no internal id or timestamp in them, and the tag makes any change to one
 * fail, as does using it for another account (the owner's id is the additional data), so a cursor
 * is only ever "where I stopped", never a query a client composes.
 */
export function createPageCursors(secret: string): PageCursors {
  const key = Buffer.from(hkdfSync('sha256', secret, '', 'auth-service page cursor v1', 32))
  return {
    seal(position, owner) {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      cipher.setAAD(Buffer.from(owner))
      const sealed = Buffer.concat([cipher.update(JSON.stringify([position.occurredAt, position.id])), cipher.final()])
      return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url')
    },
    open(cursor, owner) {
      const bytes = Buffer.from(cursor, 'base64url')
      if (bytes.length <= IV_BYTES + TAG_BYTES || bytes.toString('base64url') !== cursor) return undefined
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES))
        decipher.setAAD(Buffer.from(owner))
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES))
        const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()])
        const [occurredAt, id] = JSON.parse(plain.toString('utf8')) as unknown[]
        if (typeof occurredAt !== 'string' || !TIMESTAMP.test(occurredAt) || typeof id !== 'string') return undefined
        return { occurredAt, id }
      } catch {
        return undefined
      }
    },
  }
}
