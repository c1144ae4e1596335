import type { FastifyInstance } from 'fastify'
import type { PasswordHasher } from '../../src/auth/password-hasher.js'
import { cheapPasswordHasher, FRONTEND_ORIGIN } from '../helper.js'
import type { MailCatcher } from '../mail-catcher.js'

/**
 * A password hasher that can hold one sign-in just after its password was checked, for tests of
 * what a change of credentials does to a sign-in in flight: `holdNext()` arms it and resolves, with
 * the release, once a sign-in is held there.
 */
export function heldSignIns(): { hasher: PasswordHasher; holdNext(): { checked: Promise<() => void> } } {
  let waiting: ((release: () => void) => void) | undefined
  const hasher: PasswordHasher = {
    hash: (password) => cheapPasswordHasher.hash(password),
    async verify(input) {
      const verified = await cheapPasswordHasher.verify(input)
      const held = waiting
      if (held !== undefined) {
        waiting = undefined
        await new Promise<void>((resolve) => { held(resolve) })
      }
      return verified
    },
  }
  return {
    hasher,
    holdNext: () => ({ checked: new Promise((resolve) => { waiting = resolve }) }),
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
