import { AsyncLocalStorage } from 'node:async_hooks'

/** The provider of the explicit link whose callback is being completed, in its async context. */
const explicitLink = new AsyncLocalStorage<string>()

/** Runs `fn` as the callback of an explicit link (started by the signed-in owner) with `providerId`. */
export function asExplicitLink<T>(providerId: string, fn: () => Promise<T>): Promise<T> {
  return explicitLink.run(providerId, fn)
}

/**
 * Better Auth's `accountLinking.trustedProviders`: the providers whose word stands in for
 * `email_verified` when an identity is linked. None, ever, for a sign-in: automatic linking needs
 * the provider to assert the address. In an explicit link the owner is signed in and proves the
 * provider account by signing in to it, so its address does not matter: the link's own provider
 * counts as trusted there, and only there. (Better Auth reads this list once, at start-up, for
 * calls made in-process; hence a list whose membership asks the current async context.)
 */
export class ExplicitLinkProviders extends Array<string> {
  override includes(providerId: string): boolean {
    return explicitLink.getStore() === providerId
  }
}
