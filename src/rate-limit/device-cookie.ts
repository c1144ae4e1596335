import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { normalizeEmail } from './client-key.js'

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a successful
 * sign-in leaves the browser a signed cookie naming the account it signed in to. A later attempt
 * on that account that presents it is judged by that device's own failure budget, so failures
 * from anywhere else never keep the owner out; attempts without one share the account's budget.
 *
 * The value is `<payload>.<signature>`: payload = base64url(JSON { a, n, t }) where `a` is an HMAC
 * of the normalized email (no database lookup per attempt, and no email in clear), `n` a random
 * nonce naming this device, `t` when it was issued; signature = base64url(HMAC-SHA256(key,
 * payload)), the key derived from the service secret.
 */
export const DEVICE_COOKIE_NAME = 'better-auth.device'
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60
/** Longer values are not ours: refused before any work. */
const MAX_VALUE_LENGTH = 256
const BASE64URL = /^[A-Za-z0-9_-]+$/

export interface Device {
  /** Names this device's own failure budget. */
  readonly id: string
}

export interface DeviceCookies {
  /** A new cookie value for a device that just signed in to `email`'s account. */
  issue(email: string, now: number): string
  /** The device a cookie value names, if it is ours, unexpired, and bound to `email`'s account. */
  verify(value: string | undefined, email: string, now: number): Device | undefined
}

export function createDeviceCookies(secret: string): DeviceCookies {
  // A key of its own, so a device cookie's signature can never stand for another of our MACs.
  const key = createHmac('sha256', secret).update('auth-service/device-cookie/v1').digest()
  const mac = (value: string): Buffer => createHmac('sha256', key).update(value).digest()
  const accountTag = (email: string): string => mac(`account:${normalizeEmail(email)}`).subarray(0, 16).toString('base64url')
  return {
    issue(email, now) {
      const payload = Buffer.from(JSON.stringify({ a: accountTag(email), n: randomBytes(16).toString('base64url'), t: now })).toString('base64url')
      return `${payload}.${mac(payload).toString('base64url')}`
    },
    verify(value, email, now) {
      if (value === undefined || value.length > MAX_VALUE_LENGTH) return undefined
      const [payload, signature, ...rest] = value.split('.')
      if (payload === undefined || signature === undefined || rest.length > 0 || !BASE64URL.test(payload) || !BASE64URL.test(signature)) return undefined
      // The signature's text is compared, not its decoded bytes: the last character of a 32-byte
      // base64url value carries two unused bits, so four spellings decode alike, and only the one
      // this service wrote may count. Constant time: a signature must not be guessable byte by byte.
      const given = Buffer.from(signature)
      const expected = Buffer.from(mac(payload).toString('base64url'))
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
      let claims: unknown
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
      } catch {
        return undefined
      }
      const { a, n, t } = (claims ?? {}) as { a?: unknown; n?: unknown; t?: unknown }
      if (typeof a !== 'string' || typeof n !== 'string' || typeof t !== 'number') return undefined
      if (t > now + 60_000 || now - t >= DEVICE_COOKIE_MAX_AGE_SECONDS * 1000) return undefined
      const tag = Buffer.from(accountTag(email))
      const claimed = Buffer.from(a)
      if (tag.length !== claimed.length || !timingSafeEqual(tag, claimed)) return undefined
      return { id: n }
    },
  }
}
