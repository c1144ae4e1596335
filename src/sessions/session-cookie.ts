import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The session token a signed cookie value carries, or undefined. The value is
 * `<token>.<base64 HMAC-SHA256(secret, token)>`, URL-decoded; the signature is compared in
 * constant time, so its bytes cannot be guessed one by one.
 */
export function verifySignedToken(value: string | undefined, secret: string): string | undefined {
  if (value === undefined) return undefined
  const separator = value.lastIndexOf('.')
  if (separator < 1) return undefined
  const token = value.slice(0, separator)
  const signature = value.slice(separator + 1)
  if (signature.length !== 44 || !signature.endsWith('=')) return undefined
  const expected = createHmac('sha256', secret).update(token).digest()
  const given = Buffer.from(signature, 'base64')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return token
}

export function signToken(token: string, secret: string): string {
  return `${token}.${createHmac('sha256', secret).update(token).digest('base64')}`
}
