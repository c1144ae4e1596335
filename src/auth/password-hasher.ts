import { randomBytes, timingSafeEqual } from 'node:crypto'
import { ScryptPool } from './scrypt-pool.js'

/**
 * How Better Auth hashes and checks passwords (`emailAndPassword.password`). Each call is one
 * scrypt, the cost of a sign-in: an unknown email must cost one too, or the answer's time tells
 * which emails exist.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(input: { hash: string; password: string }): Promise<boolean>
}

/** Better Auth's scrypt (`better-auth/crypto`): the same cost, salt and encoding, so either reads the other's hashes. */
const SCRYPT = { N: 16_384, r: 16, p: 1, maxmem: 128 * 16_384 * 16 * 2 }
const KEY_LENGTH = 64

let pool: ScryptPool | undefined

async function scryptKey(password: string, salt: string): Promise<Buffer> {
  pool ??= new ScryptPool()
  return pool.scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, SCRYPT)
}

/**
 * Better Auth's password hashing, N=16384 r=16 p=1, `<salt>:<key>` in hex, run on worker threads
 * of lower priority (scrypt-pool.ts) instead of node:crypto's thread pool, so that hashing never
 * keeps the event loop waiting for a core.
 */
export const scryptPasswordHasher: PasswordHasher = {
  async hash(password) {
    const salt = randomBytes(16).toString('hex')
    return `${salt}:${(await scryptKey(password, salt)).toString('hex')}`
  },
  async verify({ hash, password }) {
    const [salt, key] = hash.split(':')
    if (salt === undefined || salt === '' || key === undefined || key === '') throw new Error('Invalid password hash')
    const derived = await scryptKey(password, salt)
    const stored = Buffer.from(key, 'hex')
    return stored.length === derived.length && timingSafeEqual(stored, derived)
  },
}

export type PasswordOperation = 'hash' | 'verify'

/** The same hasher, telling `onOperation` of each scrypt it runs. */
export function observedPasswordHasher(inner: PasswordHasher, onOperation: (operation: PasswordOperation) => void): PasswordHasher {
  return {
    async hash(password) {
      onOperation('hash')
      return inner.hash(password)
    },
    async verify(input) {
      onOperation('verify')
      return inner.verify(input)
    },
  }
}
