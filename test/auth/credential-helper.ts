import type { FastifyInstance } from 'fastify'
import type { PasswordHasher } from '../../src/auth/password-hasher.js'
import { cheapPasswordHasher, FRONTEND_ORIGIN } from '../helper.js'
import type { MailCatcher } from '../mail-catcher.js'

/**
 * A password hasher that can hold one operation, for tests of what a change of credentials does
 * to a sign-in in flight: `holdNext()` holds the next check just after it was made (a sign-in
 * whose password was accepted), `holdNextHash()` the next hashing (a change of password, which
 * holds the account's row by then); each resolves, with the release, once one is held there.
 */
export function heldSignIns(): { hasher: PasswordHasher; holdNext(): { checked: Promise<() => void> }; holdNextHash(): { hashing: Promise<() => void> } } {
  let waitingCheck: ((release: () => void) => void) | undefined
  let waitingHash: ((release: () => void) => void) | undefined
  const hold = async (held: ((release: () => void) => void) | undefined): Promise<void> => {
    if (held !== undefined) await new Promise<void>((resolve) => { held(resolve) })
  }
  const hasher: PasswordHasher = {
    async hash(password) {
      const hashed = await cheapPasswordHasher.hash(password)
      const held = waitingHash
      waitingHash = undefined
      await hold(held)
      return hashed
    },
    async verify(input) {
      const verified = await cheapPasswordHasher.verify(input)
      const held = waitingCheck
      waitingCheck = undefined
      await hold(held)
      return verified
    },
  }
  return {
    hasher,
    holdNext: () => ({ checked: new Promise((resolve) => { waitingCheck = resolve }) }),
    holdNextHash: () => ({ hashing: new Promise((resolve) => { waitingHash = resolve }) }),
  }
}

/** Asks for a reset link for `email`, takes it from the mail server and sets `newPassword` with it; the reset's status. */
export async function resetPasswordByEmail(app: FastifyInstance, mail: MailCatcher, email: string, newPassword: string): Promise<number> {
  await app.inject({ method: 'POST', url: '/api/auth/request-password-reset', headers: { origin: FRONTEND_ORIGIN }, payload: { email, redirectTo: `${FRONTEND_ORIGIN}/reset` } })
  await app.afterResponse.idle()
  const message = await mail.waitFor(email, /^Reset your password$/)
  mail.messages.splice(mail.messages.indexOf(message), 1)
  const link = new URL(/https?:\/\/\S+/.exec(message.text)![0])
  const token = link.searchParams.get('token') ?? link.pathname.split('/').pop()!
  return (await app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: { origin: FRONTEND_ORIGIN }, payload: { token, newPassword } })).statusCode
}
