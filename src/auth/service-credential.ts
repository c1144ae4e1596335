import { timingSafeEqual } from 'node:crypto'
import { bearerCredential } from './bearer-credential.js'

/**
 * Whether an Authorization header carries a service's static credential (INTROSPECTION_SECRET,
 * METRICS_TOKEN) as `Bearer <credential>`. Compared in constant time, so it cannot be guessed
 * byte by byte.
 */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = Buffer.from(bearerCredential(header) ?? '')
  const wanted = Buffer.from(expected)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}
