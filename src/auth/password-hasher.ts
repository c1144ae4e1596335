import { hashPassword, verifyPassword } from 'better-auth/crypto'

/**
 * How Better Auth hashes and checks passwords (`emailAndPassword.password`). Each call is one
 * scrypt, the cost of a sign-in: an unknown email must cost one too, or the answer's time tells
 * which emails exist.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(input: { hash: string; password: string }): Promise<boolean>
}

/** Better Auth's own: scrypt N=16384 r=16 p=1 on node:crypto's thread pool, `<salt>:<key>` in hex. */
export const scryptPasswordHasher: PasswordHasher = {
  hash: (password) => hashPassword(password),
  verify: (input) => verifyPassword(input),
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
