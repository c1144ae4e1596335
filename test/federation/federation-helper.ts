import type { FastifyInstance } from 'fastify'
import { build, FRONTEND_ORIGIN, PASSWORD, uniqueEmail, type TestContext } from '../helper.js'
import { unusedTotp } from '../totp.js'
import { startTestProvider, followToCallback, type ProviderAccount, type TestProvider } from './test-provider.js'

export const DEFAULT_BASE_URL = 'http://localhost:3001'
export const FRONT_PAGE = `${FRONTEND_ORIGIN}/auth/callback`

export interface Providers {
  readonly acme: TestProvider
  readonly globex: TestProvider
  readonly env: Record<string, string>
}

/** Two OpenID providers on loopback, their callbacks on `baseUrl`, and the environment that configures them. */
export async function startProviders(t: TestContext, baseUrl = DEFAULT_BASE_URL): Promise<Providers> {
  const acme = await startTestProvider(t, { redirectUris: [`${baseUrl}/api/auth/callback/acme`] })
  const globex = await startTestProvider(t, { redirectUris: [`${baseUrl}/api/auth/callback/globex`] })
  return {
    acme,
    globex,
    env: { OIDC_PROVIDERS: 'acme,globex', OIDC_ACME_NAME: 'Acme SSO', OIDC_ALLOW_HTTP_ISSUER: 'true', ...acme.env('acme'), ...globex.env('globex') },
  }
}

export async function buildWithProviders(t: TestContext, env: Record<string, string> = {}): Promise<{ app: FastifyInstance } & Providers> {
  const providers = await startProviders(t, env.BETTER_AUTH_URL ?? DEFAULT_BASE_URL)
  const app = await build(t, { ...providers.env, ...env })
  return { app, ...providers }
}

let sequence = 0
/** A new person at a provider; signs in at its next authorization request. */
export function providerAccount(provider: TestProvider, account: Partial<ProviderAccount> & { email: string }): string {
  sequence += 1
  const sub = `sub-${process.pid}-${sequence}-${Math.random().toString(36).slice(2, 8)}`
  provider.accounts.set(sub, { email_verified: true, name: 'Provider Person', ...account })
  provider.signInAs = sub
  return sub
}

/**
 * The browser's part: to the provider, signed in there, and back to the service's callback, which
 * answers with its redirect. Returns the callback's answer.
 */
export async function completeAtProvider(app: FastifyInstance, authorizationUrl: string, headers: Record<string, string> = {}): Promise<{ statusCode: number; location: URL; setCookie: string[]; callback: URL }> {
  const callback = await followToCallback(authorizationUrl, `${app.config.baseUrl}/api/auth/callback/`)
  const response = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, headers })
  const location = response.headers.location
  if (typeof location !== 'string') throw new Error(`callback answered ${response.statusCode} ${response.body}`)
  return { statusCode: response.statusCode, location: new URL(location), setCookie: [response.headers['set-cookie'] ?? []].flat(), callback }
}

export interface LocalUser {
  readonly id: string
  readonly email: string
  /** A v1 access token (only for a verified address). */
  readonly accessToken: string | undefined
}

/** An account with a password, its address confirmed or not, as another surface would have made it. */
export async function localUser(app: FastifyInstance, options: { readonly verified: boolean; readonly email?: string }): Promise<LocalUser> {
  const email = options.email ?? uniqueEmail('local')
  const signedUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'Local Person' } })
  if (signedUp.statusCode !== 200) throw new Error(`sign-up: ${signedUp.statusCode} ${signedUp.body}`)
  const id = (signedUp.json() as { user: { id: string } }).user.id
  if (!options.verified) return { id, email, accessToken: undefined }
  await app.db.updateTable('user').set({ email_verified: true }).where('id', '=', id).execute()
  const login = await app.inject({ method: 'POST', url: '/api/v1/better-auth/login', payload: { email, password: PASSWORD } })
  if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`)
  return { id, email, accessToken: (login.json() as { accessToken: string }).accessToken }
}

/** Turns TOTP on for a verified user; returns the otpauth URI and the codes spent so far. */
export async function enableTotp(app: FastifyInstance, user: LocalUser): Promise<{ totpURI: string; spent: Set<string> }> {
  const authorization = `Bearer ${user.accessToken}`
  const setup = await app.inject({ method: 'POST', url: '/api/v1/better-auth/mfa/setup', headers: { authorization }, payload: { password: PASSWORD } })
  const { totpURI } = setup.json() as { totpURI: string }
  const spent = new Set<string>()
  const enabled = await app.inject({ method: 'POST', url: '/api/v1/better-auth/mfa/enable', headers: { authorization }, payload: { code: unusedTotp(totpURI, spent) } })
  if (enabled.statusCode !== 200) throw new Error(`mfa/enable: ${enabled.statusCode} ${enabled.body}`)
  return { totpURI, spent }
}

/** The audit events of a user, oldest first: type and detail. */
export async function eventsOf(app: FastifyInstance, userId: string): Promise<Array<{ type: string; detail: Record<string, unknown> }>> {
  const rows = await app.db.selectFrom('audit_event').select(['type', 'detail']).where('user_id', '=', userId).orderBy('occurred_at').execute()
  return rows.map((row) => ({ type: row.type, detail: row.detail as Record<string, unknown> }))
}
