import { timingSafeEqual } from 'node:crypto'

/**
 * Whether an Authorization header carries a service's static credential (INTROSPECTION_SECRET,
 * METRICS_TOKEN) as `Bearer <credential>`. Compared in constant time, so it cannot be guessed
 * byte by byte.
 */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') === true ? header.slice(7) : '')
  const wanted = Buffer.from(expected)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}
