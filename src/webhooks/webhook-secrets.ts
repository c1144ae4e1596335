import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'

/**
 * An endpoint's signing secrets. Standard Webhooks signs with HMAC-SHA256, so the service must
 * keep each secret itself, not a hash of it: at rest it is encrypted (AES-256-GCM) with a key
 * derived from BETTER_AUTH_SECRET, so a copy of the database alone signs nothing.
 */
export const SECRET_PREFIX = 'whsec_'

/** A new secret as Standard Webhooks writes it: `whsec_` and 32 random bytes in base64. */
export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`
}

export interface SecretBox {
  seal(secret: string): string
  open(sealed: string): string
}

export function createSecretBox(appSecret: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', appSecret, 'auth-service', 'webhook signing secrets', 32))
  return {
    seal(secret) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
      return ['v1', iv.toString('base64url'), sealed.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')
    },
    open(sealed) {
      const [version, iv, data, tag] = sealed.split('.')
      if (version !== 'v1' || iv === undefined || data === undefined || tag === undefined) throw new Error('unreadable webhook secret')
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
    },
  }
}

/**
 * The `webhook-signature` header: one `v1,<base64>` per secret, space-separated, as Standard
 * Webhooks allows during a rotation; a receiver that knows either secret verifies it.
 */
export function signatureHeader(secrets: readonly string[], messageId: string, timestamp: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' ')
}
