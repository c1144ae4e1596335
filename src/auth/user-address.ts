import { APIError } from 'better-auth/api'
import { fullFormats } from 'ajv-formats/dist/formats.js'

/** The contract's `format: email` (ajv-formats' full pattern): what every address of an account matches. */
const EMAIL = fullFormats.email as RegExp

/**
 * The address an account is stored under, whichever way in gave it: our routes check theirs against
 * the contract, but a provider's claim reaches Better Auth's user table unchecked. Trimmed and
 * lower-cased, as every lookup by address normalises it; anything else (an inner space, a full-width
 * `＠`, a look-alike letter outside ASCII) is refused, rather than becoming a second account for
 * what a person would read as the same mailbox.
 */
export function storedAddress(email: string): string {
  const trimmed = email.trim()
  // Checked before lower-casing, which turns some letters outside ASCII into ASCII ones (the Kelvin sign into `k`).
  if (!EMAIL.test(trimmed) || trimmed.length > 254) throw APIError.from('BAD_REQUEST', { code: 'INVALID_EMAIL', message: 'Invalid email address' })
  return trimmed.toLowerCase()
}
