import { AsyncLocalStorage } from 'node:async_hooks'
import type { FastifyRequest } from 'fastify'
import type { PasswordHasher } from '../auth/password-hasher.js'

/** The request a state-changing operation is serving, for events recorded deep inside Better Auth. */
const requests = new AsyncLocalStorage<FastifyRequest>()

/** When the work of a request began: before it checked any credential. */
const startedAt = new WeakMap<FastifyRequest, Date>()

/** Runs `fn` as the work of `request`: events recorded inside it without a request are its. */
export function auditingRequest<T>(request: FastifyRequest, fn: () => Promise<T>): Promise<T> {
  // By the app clock, which marks a replacement of credentials too; an app without one (a test's) has none to compare.
  if (!startedAt.has(request) && 'clock' in request.server) startedAt.set(request, request.server.clock.now())
  return requests.run(request, fn)
}

/** The stored hash of the password a request's sign-in was accepted with. */
const acceptedPasswords = new WeakMap<FastifyRequest, string>()

/**
 * `hasher`, remembering for the request being served the stored hash of each password it accepts:
 * the session that sign-in then makes is admitted only while that hash is still the account's
 * (src/auth/session-admission.ts), so no connection need be held while the password is hashed.
 */
export function rememberingAccepted(hasher: PasswordHasher): PasswordHasher {
  return {
    hash: (password) => hasher.hash(password),
    async verify(input) {
      const accepted = await hasher.verify(input)
      const request = requests.getStore()
      if (accepted && request !== undefined) acceptedPasswords.set(request, input.hash)
      return accepted
    },
  }
}

/** The stored hash of the password the request being served was accepted with, if any. */
export function acceptedPasswordOfCurrentRequest(): string | undefined {
  const request = requests.getStore()
  return request === undefined ? undefined : acceptedPasswords.get(request)
}

/** When the work of the request being served began (by the app clock); undefined outside one. */
export function currentRequestStartedAt(): Date | undefined {
  const request = requests.getStore()
  return request === undefined ? undefined : startedAt.get(request)
}

/** The request being served, for work done deep inside Better Auth; undefined outside one. */
export function currentRequest(): FastifyRequest | undefined {
  return requests.getStore()
}
