import { ConfigError } from '../config.js'
import { discoveryUrl } from './auth-providers.js'
import { providerVariable, type FederationSettings } from './provider-settings.js'

const DISCOVERY_TIMEOUT_MS = 5_000

/**
 * What is wrong with one provider's discovery document, or undefined: it must answer, name the
 * configured issuer exactly (OpenID Connect Discovery 1.0, section 4.3) and the endpoints and keys
 * a sign-in needs.
 */
async function discoveryProblem(issuer: string): Promise<string | undefined> {
  const url = discoveryUrl(issuer)
  let document: Record<string, unknown>
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS), redirect: 'error' })
    if (!response.ok) return `${url} answered ${response.status}`
    document = await response.json() as Record<string, unknown>
  } catch (error) {
    return `${url} is not reachable or not JSON (${error instanceof Error ? error.message : String(error)})`
  }
  if (document.issuer !== issuer) return `${url} names the issuer "${String(document.issuer)}", not "${issuer}"`
  const missing = ['authorization_endpoint', 'token_endpoint', 'jwks_uri'].filter((field) => typeof document[field] !== 'string')
  if (missing.length > 0) return `${url} has no ${missing.join(', ')}`
  return undefined
}

/**
 * Refuses to start, one line per provider, when a provider's discovery cannot be read: in
 * production a sign-in button must not lead to an error page. (Elsewhere Better Auth reads it at
 * start-up and again on the first sign-in with the provider.)
 */
export async function checkProviderDiscovery(settings: FederationSettings): Promise<void> {
  const problems: string[] = []
  await Promise.all(settings.providers.map(async (provider) => {
    if (provider.issuer === undefined || provider.kind === 'microsoft') return
    const problem = await discoveryProblem(provider.issuer)
    if (problem !== undefined) problems.push(`${provider.kind === 'oidc' ? providerVariable(provider.id, 'ISSUER') : providerVariable(provider.id, 'CLIENT_ID')}: discovery failed for provider "${provider.id}": ${problem}`)
  }))
  if (problems.length > 0) throw new ConfigError(problems.sort().join('\n'))
}
