import { randomBytes } from 'node:crypto'
import { hashToken } from '../sessions/token-hash.js'
import { bearerCredential } from '../auth/bearer-credential.js'

/** What an API key may do; a key holds one or more. Part of the contract (ApiKeyScope). */
export const API_KEY_SCOPES = Object.freeze(['users:read', 'users:write', 'sessions:write', 'audit:read', 'webhooks:write', 'keys:write'] as const)
export type ApiKeyScope = typeof API_KEY_SCOPES[number]

export const API_KEY_PREFIX = 'ask_'
/** `ask_` and eight characters of the key: enough to tell keys apart in a list, nothing to guess with. */
const VISIBLE_LENGTH = API_KEY_PREFIX.length + 8
const KEY_SHAPE = /^ask_[A-Za-z0-9_-]{43}$/

export interface IssuedKey {
  /** The key itself: shown once, never stored. */
  readonly key: string
  readonly prefix: string
  readonly hash: string
}

/**
 * A new key: `ask_` and 256 random bits. Stored as a plain SHA-256, not a slow password hash:
 * with 256 bits of entropy no guess can succeed offline, and a fast hash lets every request look
 * the key up by its hash at once (no per-key salt, no scan, no timing difference between keys).
 */
export function issueApiKey(): IssuedKey {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`
  return { key, prefix: key.slice(0, VISIBLE_LENGTH), hash: hashToken(key) }
}

/** The hash an Authorization header's key is looked up by; undefined when it is no API key at all. */
export function apiKeyHashOf(header: string | undefined): string | undefined {
  const key = bearerCredential(header)
  return key !== undefined && KEY_SHAPE.test(key) ? hashToken(key) : undefined
}

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value)
}
