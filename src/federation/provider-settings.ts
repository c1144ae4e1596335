/** Sign-in providers as configured: OIDC_PROVIDERS names them, OIDC_<ID>_* describe each. */

export type ProviderKind = 'oidc' | 'google' | 'microsoft' | 'github'

export interface FederationProvider {
  /** As named in OIDC_PROVIDERS: the path segment of its start and callback URLs. */
  readonly id: string
  readonly kind: ProviderKind
  /** What a front end shows ("Continue with …"). */
  readonly name: string
  /** The OpenID issuer, whose `/.well-known/openid-configuration` is read; none for GitHub (OAuth 2). */
  readonly issuer: string | undefined
  readonly clientId: string
  readonly clientSecret: string
  readonly scopes: readonly string[]
}

export interface FederationSettings {
  readonly providers: readonly FederationProvider[]
  /** OIDC_ALLOW_HTTP_ISSUER: a plain-http issuer, for providers on loopback in development and tests. */
  readonly allowHttpIssuer: boolean
}

interface Preset {
  readonly name: string
  readonly issuer: string | undefined
  readonly scopes: readonly string[]
}

/** Providers that need only a client id and secret. */
const PRESETS: Readonly<Record<Exclude<ProviderKind, 'oidc'>, Preset>> = {
  google: { name: 'Google', issuer: 'https://accounts.google.com', scopes: ['openid', 'email', 'profile'] },
  microsoft: { name: 'Microsoft', issuer: undefined, scopes: ['openid', 'email', 'profile'] },
  github: { name: 'GitHub', issuer: undefined, scopes: ['read:user', 'user:email'] },
}

const PROVIDER_ID = /^[a-z][a-z0-9-]{0,31}$/

/** The environment variable of one provider's setting: OIDC_<ID>_<NAME>, the id upper-cased with `-` as `_`. */
export function providerVariable(id: string, setting: string): string {
  return `OIDC_${id.toUpperCase().replaceAll('-', '_')}_${setting}`
}

/**
 * Reads the providers from the environment. Every problem is one line naming its variable; the
 * caller refuses to start on any.
 */
export function readFederationSettings(
  source: Record<string, string | undefined>,
  options: { readonly production: boolean },
): { settings: FederationSettings; problems: string[] } {
  const problems: string[] = []
  const allowHttpIssuer = source.OIDC_ALLOW_HTTP_ISSUER?.trim() === 'true'
  if (allowHttpIssuer && options.production) problems.push('OIDC_ALLOW_HTTP_ISSUER: not allowed in production; an issuer must be https')
  const ids = (source.OIDC_PROVIDERS ?? '').split(',').map((id) => id.trim()).filter(Boolean)
  const providers: FederationProvider[] = []
  const seen = new Set<string>()
  for (const id of ids) {
    if (!PROVIDER_ID.test(id)) {
      problems.push(`OIDC_PROVIDERS: "${id}" is not a provider id (lower-case letters, digits and "-", starting with a letter)`)
      continue
    }
    if (seen.has(id)) {
      problems.push(`OIDC_PROVIDERS: "${id}" is named twice`)
      continue
    }
    seen.add(id)
    const provider = readProvider(source, id, { allowHttpIssuer }, problems)
    if (provider !== undefined) providers.push(provider)
  }
  return { settings: Object.freeze({ providers: Object.freeze(providers), allowHttpIssuer }), problems }
}

function readProvider(source: Record<string, string | undefined>, id: string, options: { allowHttpIssuer: boolean }, problems: string[]): FederationProvider | undefined {
  const read = (setting: string): string | undefined => {
    const value = source[providerVariable(id, setting)]?.trim()
    return value === '' ? undefined : value
  }
  const kind: ProviderKind = id in PRESETS ? id as ProviderKind : 'oidc'
  const preset = kind === 'oidc' ? undefined : PRESETS[kind]
  const before = problems.length
  const clientId = read('CLIENT_ID')
  const clientSecret = read('CLIENT_SECRET')
  if (clientId === undefined) problems.push(`${providerVariable(id, 'CLIENT_ID')}: required for provider "${id}" (the client id the provider issued)`)
  if (clientSecret === undefined) problems.push(`${providerVariable(id, 'CLIENT_SECRET')}: required for provider "${id}" (the client secret the provider issued)`)
  const issuer = preset === undefined ? read('ISSUER') : preset.issuer
  if (preset !== undefined && read('ISSUER') !== undefined) {
    problems.push(`${providerVariable(id, 'ISSUER')}: "${id}" is a preset with its own endpoints; leave it unset, or give the provider another id`)
  }
  if (preset === undefined) {
    const problem = issuerProblem(issuer, options.allowHttpIssuer)
    if (problem !== undefined) problems.push(`${providerVariable(id, 'ISSUER')}: ${problem}`)
  }
  const scopes = read('SCOPES')?.split(/[\s,]+/).filter(Boolean) ?? [...(preset?.scopes ?? ['openid', 'email', 'profile'])]
  if (kind !== 'github' && !scopes.includes('openid')) problems.push(`${providerVariable(id, 'SCOPES')}: must include "openid" for an OpenID Connect provider`)
  if (problems.length > before) return undefined
  return Object.freeze({
    id,
    kind,
    name: read('NAME') ?? preset?.name ?? id,
    issuer: issuer?.replace(/\/+$/, ''),
    clientId: clientId!,
    clientSecret: clientSecret!,
    scopes: Object.freeze(scopes),
  })
}

function issuerProblem(issuer: string | undefined, allowHttp: boolean): string | undefined {
  if (issuer === undefined) return 'required: the provider\'s issuer URL (its discovery document is read from <issuer>/.well-known/openid-configuration)'
  let url: URL
  try {
    url = new URL(issuer)
  } catch {
    return `"${issuer}" is not a URL`
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') return `"${issuer}" must be a plain URL (no query, fragment or credentials)`
  if (url.protocol === 'https:') return undefined
  if (url.protocol === 'http:' && allowHttp) return undefined
  return `"${issuer}" must be https (OIDC_ALLOW_HTTP_ISSUER=true admits http outside production)`
}
