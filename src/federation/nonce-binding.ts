import type { BetterAuthPlugin } from 'better-auth'
import { verifyProviderIdToken, type OAuthProvider } from 'better-auth/oauth2'

/**
 * A provider of Better Auth's presets that knows how to verify its id_token (keys, issuer,
 * audience) but sends no `nonce` (Microsoft's): with a nonce in every authorization URL, and an
 * id_token accepted only when it is verified and carries that flow's nonce, as every OpenID
 * provider here is.
 */
export function bindNonce(provider: OAuthProvider): OAuthProvider {
  return {
    ...provider,
    requiresIdTokenNonce: true,
    async createAuthorizationURL(data) {
      if (data.idTokenNonce === undefined) throw new Error(`${provider.id}: an authorization request without a nonce`)
      const url = await provider.createAuthorizationURL(data)
      url.searchParams.set('nonce', data.idTokenNonce)
      return url
    },
    async getUserInfo(tokens) {
      const { expectedIdTokenNonce, ...rest } = tokens
      if (tokens.idToken === undefined || expectedIdTokenNonce === undefined) return null
      if (!await verifyProviderIdToken(provider, tokens.idToken, expectedIdTokenNonce)) return null
      return provider.getUserInfo(rest)
    },
  }
}

/** Adds providers to Better Auth's list of social providers (its `signIn.social` and callback serve them). */
export function extraProviders(providers: readonly OAuthProvider[]): BetterAuthPlugin {
  return {
    id: 'nonce-bound-providers',
    init: (context) => ({ context: { socialProviders: [...providers, ...context.socialProviders] } }),
  }
}
