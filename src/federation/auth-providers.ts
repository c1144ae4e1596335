import { genericOAuth, type GenericOAuthConfig } from 'better-auth/plugins/generic-oauth'
import { microsoft, type SocialProviders } from 'better-auth/social-providers'
import { bindNonce, extraProviders } from './nonce-binding.js'
import type { FederationProvider, FederationSettings } from './provider-settings.js'

/** The discovery document of an issuer (OpenID Connect Discovery 1.0, section 4). */
export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`
}

/**
 * An OpenID provider (Google's preset included) as Better Auth's generic OAuth provider: endpoints
 * and keys from discovery, the authorization code flow with PKCE, `state`, and a `nonce` that the
 * id_token must carry; the id_token's signature, issuer and audience are checked against the
 * discovered keys, and a provider whose discovery yields no keys is not used at all.
 */
function openIdProvider(provider: FederationProvider): GenericOAuthConfig {
  return {
    providerId: provider.id,
    name: provider.name,
    discoveryUrl: discoveryUrl(provider.issuer!),
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    scopes: [...provider.scopes],
    pkce: true,
    requireIdTokenVerification: true,
  }
}

/**
 * Better Auth's plugins for the providers: the OpenID providers by discovery, and Microsoft's
 * preset (any tenant; its issuer is checked per tenant) bound to a nonce.
 */
export function federationPlugins(settings: FederationSettings): Array<ReturnType<typeof genericOAuth> | ReturnType<typeof extraProviders>> {
  const openId = settings.providers.filter((provider) => provider.kind === 'oidc' || provider.kind === 'google')
  const microsoftProvider = settings.providers.find((provider) => provider.kind === 'microsoft')
  return [
    ...openId.length === 0 ? [] : [genericOAuth({ config: openId.map(openIdProvider) })],
    ...microsoftProvider === undefined ? [] : [extraProviders([bindNonce(microsoft({
      clientId: microsoftProvider.clientId,
      clientSecret: microsoftProvider.clientSecret,
      tenantId: 'common',
      scope: [...microsoftProvider.scopes],
    }))])],
  ]
}

/** GitHub's preset: OAuth 2 without an id_token, so `state` and PKCE bind its flow. */
export function federationSocialProviders(settings: FederationSettings): SocialProviders {
  const providers: SocialProviders = {}
  for (const provider of settings.providers) {
    if (provider.kind === 'github') providers.github = { clientId: provider.clientId, clientSecret: provider.clientSecret, scope: [...provider.scopes] }
  }
  return providers
}
