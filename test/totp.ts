import { createHmac } from 'node:crypto'

/**
 * A TOTP code as an authenticator app computes it (RFC 6238: HMAC-SHA1, 30 s, 6 digits) from an
 * otpauth:// URI. Written here from the RFC, not taken from the server's library, so the test
 * proves that any authenticator app would work.
 */
export function totpFromUri(uri: string, at = Date.now()): string {
  const secret = new URL(uri).searchParams.get('secret')
  if (secret === null) throw new Error(`no secret in ${uri}`)
  const key = base32Decode(secret)
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)))
  const digest = createHmac('sha1', key).update(counter).digest()
  const offset = digest[digest.length - 1]! & 0x0f
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000
  return binary.toString().padStart(6, '0')
}

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const character of text.replace(/=+$/, '').toUpperCase()) {
    const value = alphabet.indexOf(character)
    if (value < 0) throw new Error(`not base32: ${character}`)
    bits += value.toString(2).padStart(5, '0')
  }
  const bytes: number[] = []
  for (let index = 0; index + 8 <= bits.length; index += 8) bytes.push(Number.parseInt(bits.slice(index, index + 8), 2))
  return Buffer.from(bytes)
}

/**
 * A code the server accepts now (its step, the next or the previous) that is not in `spent`, which
 * it then joins: each code works once, so a flow that signs in several times needs several.
 */
export function unusedTotp(uri: string, spent: Set<string>): string {
  for (const offset of [0, 30_000, -30_000]) {
    const code = totpFromUri(uri, Date.now() + offset)
    if (!spent.has(code)) {
      spent.add(code)
      return code
    }
  }
  throw new Error('every code accepted now has been used')
}
