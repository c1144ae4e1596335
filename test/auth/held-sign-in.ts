import type { PasswordHasher } from '../../src/auth/password-hasher.js'
import { cheapPasswordHasher } from '../helper.js'

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
