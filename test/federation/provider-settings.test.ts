import t from 'tap'
import { ConfigError, loadConfig } from '../../src/config.js'
import { federationPlugins, federationSocialProviders } from '../../src/federation/auth-providers.js'
import { checkProviderDiscovery } from '../../src/federation/discovery-check.js'
import { TEST_SECRET } from '../helper.js'
import { startTestProvider } from './test-provider.js'

const PRODUCTION = { NODE_ENV: 'production', BETTER_AUTH_SECRET: 'Zq3v8mX2pL9rT4wY7nB1cK6dH0fJ5gSa', CORS_ORIGINS: 'https://app.example.com', BETTER_AUTH_URL: 'https://auth.example.com' }

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n')
    throw error
  }
  return []
}

t.test('providers by configuration: one clear line per problem, each naming its variable', async (t) => {
  t.same(problemsOf({ OIDC_PROVIDERS: 'acme,google', OIDC_ACME_ISSUER: 'http://idp.example.com', OIDC_GOOGLE_CLIENT_ID: 'x' }), [
    'OIDC_ACME_CLIENT_ID: required for provider "acme" (the client id the provider issued)',
    'OIDC_ACME_CLIENT_SECRET: required for provider "acme" (the client secret the provider issued)',
    'OIDC_ACME_ISSUER: "http://idp.example.com" must be https (OIDC_ALLOW_HTTP_ISSUER=true admits http outside production)',
    'OIDC_GOOGLE_CLIENT_SECRET: required for provider "google" (the client secret the provider issued)',
  ])
  t.same(problemsOf({ OIDC_PROVIDERS: 'Acme', OIDC_ALLOW_HTTP_ISSUER: 'true', ...PRODUCTION }), [
    'OIDC_ALLOW_HTTP_ISSUER: not allowed in production; an issuer must be https',
    'OIDC_PROVIDERS: "Acme" is not a provider id (lower-case letters, digits and "-", starting with a letter)',
  ])
  t.match(problemsOf({ OIDC_PROVIDERS: 'corp' , OIDC_CORP_CLIENT_ID: 'a', OIDC_CORP_CLIENT_SECRET: 'b' }), ['OIDC_CORP_ISSUER: required: the provider\'s issuer URL (its discovery document is read from <issuer>/.well-known/openid-configuration)'])
  t.match(problemsOf({ OIDC_PROVIDERS: 'github', OIDC_GITHUB_ISSUER: 'https://github.com', OIDC_GITHUB_CLIENT_ID: 'a', OIDC_GITHUB_CLIENT_SECRET: 'b' }), [/^OIDC_GITHUB_ISSUER: "github" is a preset/])
  t.match(problemsOf({ OIDC_PROVIDERS: 'corp', OIDC_CORP_ISSUER: 'https://idp.example.com', OIDC_CORP_CLIENT_ID: 'a', OIDC_CORP_CLIENT_SECRET: 'b', OIDC_CORP_SCOPES: 'email profile' }), [/^OIDC_CORP_SCOPES: must include "openid"/])
  t.same(problemsOf({ OIDC_PROVIDERS: 'acme,acme', OIDC_ACME_ISSUER: 'https://idp.example.com', OIDC_ACME_CLIENT_ID: 'a', OIDC_ACME_CLIENT_SECRET: 'b' }), ['OIDC_PROVIDERS: "acme" is named twice'])
  const secret = 'never-in-a-message-0123456789'
  t.notMatch(problemsOf({ OIDC_PROVIDERS: 'corp', OIDC_CORP_ISSUER: 'ftp://x', OIDC_CORP_CLIENT_ID: 'a', OIDC_CORP_CLIENT_SECRET: secret }).join('\n'), secret, 'no secret in a message')
})

t.test('presets need only a client id and secret', async (t) => {
  const config = loadConfig({
    BETTER_AUTH_SECRET: TEST_SECRET,
    OIDC_PROVIDERS: 'google, microsoft, github, corp',
    OIDC_GOOGLE_CLIENT_ID: 'g-id', OIDC_GOOGLE_CLIENT_SECRET: 'g-secret',
    OIDC_MICROSOFT_CLIENT_ID: 'm-id', OIDC_MICROSOFT_CLIENT_SECRET: 'm-secret',
    OIDC_GITHUB_CLIENT_ID: 'h-id', OIDC_GITHUB_CLIENT_SECRET: 'h-secret',
    OIDC_CORP_ISSUER: 'https://login.corp.example/', OIDC_CORP_CLIENT_ID: 'c-id', OIDC_CORP_CLIENT_SECRET: 'c-secret', OIDC_CORP_NAME: 'Corp SSO',
  })
  t.same(config.federation.providers.map(({ id, kind, name, issuer }) => ({ id, kind, name, issuer })), [
    { id: 'google', kind: 'google', name: 'Google', issuer: 'https://accounts.google.com' },
    { id: 'microsoft', kind: 'microsoft', name: 'Microsoft', issuer: undefined },
    { id: 'github', kind: 'github', name: 'GitHub', issuer: undefined },
    { id: 'corp', kind: 'oidc', name: 'Corp SSO', issuer: 'https://login.corp.example' },
  ])
  const [generic, microsoft] = federationPlugins(config.federation)
  const configs = (generic!.options as { config: Array<{ providerId: string; discoveryUrl: string; pkce: boolean; requireIdTokenVerification: boolean }> }).config
  t.same(configs.map(({ providerId, discoveryUrl, pkce, requireIdTokenVerification }) => ({ providerId, discoveryUrl, pkce, requireIdTokenVerification })), [
    { providerId: 'google', discoveryUrl: 'https://accounts.google.com/.well-known/openid-configuration', pkce: true, requireIdTokenVerification: true },
    { providerId: 'corp', discoveryUrl: 'https://login.corp.example/.well-known/openid-configuration', pkce: true, requireIdTokenVerification: true },
  ], 'OpenID providers by discovery, PKCE on, id_token verified')
  t.equal(microsoft?.id, 'nonce-bound-providers', 'Microsoft\'s preset, bound to a nonce')
  t.same(Object.keys(federationSocialProviders(config.federation)), ['github'])
  t.same(loadConfig({}).federation.providers, [], 'none by default')
})

t.test('in production, a provider whose discovery cannot be read stops start-up, one line each', async (t) => {
  const provider = await startTestProvider(t, { redirectUris: ['https://auth.example.com/api/auth/callback/good'] })
  const port = new URL(provider.issuer).port
  const settings = (providers: Array<{ id: string; issuer: string }>): Parameters<typeof checkProviderDiscovery>[0] => ({
    allowHttpIssuer: true,
    providers: providers.map(({ id, issuer }) => ({ id, kind: 'oidc', name: id, issuer, clientId: 'a', clientSecret: 'b', scopes: ['openid'] })),
  })
  await t.resolves(checkProviderDiscovery(settings([{ id: 'good', issuer: provider.issuer }])), 'a provider that answers')
  const refused = await checkProviderDiscovery(settings([
    { id: 'good', issuer: provider.issuer },
    { id: 'dead', issuer: 'http://127.0.0.1:9' },
    { id: 'other', issuer: `http://localhost:${port}` },
  ])).then(() => undefined, (error: unknown) => error)
  t.type(refused, ConfigError)
  const lines = (refused as Error).message.split('\n')
  t.equal(lines.length, 2)
  t.match(lines[0], /^OIDC_DEAD_ISSUER: discovery failed for provider "dead": http:\/\/127\.0\.0\.1:9\/\.well-known\/openid-configuration is not reachable/)
  t.match(lines[1], /^OIDC_OTHER_ISSUER: discovery failed for provider "other": .* names the issuer "http:\/\/127\.0\.0\.1:\d+", not "http:\/\/localhost:\d+"/)
})
