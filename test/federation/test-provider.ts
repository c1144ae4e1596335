import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose'
import Provider from 'oidc-provider'
import type { TestContext } from '../helper.js'

/** A person with an account at a test provider: what its id_token and userinfo say. */
export interface ProviderAccount {
  readonly email: string
  readonly email_verified: boolean
  readonly name: string
}

/**
 * An OpenID provider on loopback (the certified `oidc-provider`), with one client. Whoever the
 * test names in `signInAs` is signed in and consents at the next authorization request, without a
 * login page; `tamperNextIdToken` re-signs the next id_token (with the provider's own key) after
 * changing its claims, as a provider or a network attacker could.
 */
export interface TestProvider {
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string
  readonly accounts: Map<string, ProviderAccount>
  signInAs: string | undefined
  tamperNextIdToken: ((claims: JWTPayload) => JWTPayload) | undefined
  /** The environment that configures this provider as `id`. */
  env(id: string): Record<string, string>
}

export async function startTestProvider(t: TestContext, options: { readonly redirectUris: readonly string[] }): Promise<TestProvider> {
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const kid = `test-${Math.random().toString(36).slice(2)}`
  const signingKey = { ...await exportJWK(privateKey), kid, alg: 'RS256', use: 'sig' }
  const clientId = `client-${Math.random().toString(36).slice(2)}`
  const clientSecret = `secret-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
  const accounts = new Map<string, ProviderAccount>()
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [...options.redirectUris],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Claims in the id_token, as Google puts them, not only at userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, IdToken: 600, Interaction: 600, Session: 600, Grant: 600, AuthorizationCode: 60 },
    pkce: { required: () => true },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_context, sub) => {
      const account = accounts.get(sub)
      return account === undefined ? undefined : { accountId: sub, claims: () => ({ sub, ...account }) }
    },
  })
  const state: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    accounts,
    signInAs: undefined,
    tamperNextIdToken: undefined,
    env: (id) => {
      const prefix = `OIDC_${id.toUpperCase()}_`
      return { [`${prefix}ISSUER`]: issuer, [`${prefix}CLIENT_ID`]: clientId, [`${prefix}CLIENT_SECRET`]: clientSecret }
    },
  }
  provider.use(async (context, next) => {
    await next()
    const body = context.body as { id_token?: string } | undefined
    const tamper = state.tamperNextIdToken
    if (context.path !== '/token' || tamper === undefined || body?.id_token === undefined) return
    state.tamperNextIdToken = undefined
    const forged = await new SignJWT(tamper({ ...decodeJwt(body.id_token) })).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey)
    context.body = { ...body, id_token: forged }
  })
  const callback = provider.callback()
  server.on('request', (request, response) => {
    if (request.url?.startsWith('/interaction/') !== true) {
      void callback(request, response)
      return
    }
    void (async () => {
      const details = await provider.interactionDetails(request, response)
      const accountId = state.signInAs
      if (accountId === undefined) throw new Error('test provider: nobody to sign in (set signInAs)')
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) })
      grant.addOIDCScope(String(details.params.scope))
      const grantId = await grant.save()
      await provider.interactionFinished(request, response, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false })
    })().catch((error: unknown) => {
      response.statusCode = 500
      response.end(String(error))
    })
  })
  return state
}

/**
 * Follows a browser's redirects from an authorization URL through the provider (keeping its
 * cookies) until it is sent back to `callbackPrefix`: that URL, with its code and state.
 */
export async function followToCallback(authorizationUrl: string, callbackPrefix: string): Promise<URL> {
  const jar = new Map<string, string>()
  let url = authorizationUrl
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') } })
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0]!
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1))
    }
    const location = response.headers.get('location')
    if (location === null) throw new Error(`provider answered ${response.status} without a redirect: ${(await response.text()).slice(0, 300)}`)
    const next = new URL(location, url)
    if (next.href.startsWith(callbackPrefix)) return next
    url = next.href
  }
  throw new Error('too many redirects at the provider')
}
