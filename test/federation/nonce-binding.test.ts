import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose'
import type { OAuthProvider } from 'better-auth/oauth2'
import t from 'tap'
import { bindNonce } from '../../src/federation/nonce-binding.js'

/**
 * Microsoft's preset sends no nonce of its own: bound, its authorization URL carries the flow's
 * nonce, and its id_token is accepted only verified and with that nonce. (A provider object like
 * Better Auth's preset, whose keys are the test's.)
 */
t.test('a preset bound to a nonce', async (t) => {
  const { privateKey, publicKey } = await generateKeyPair('RS256')
  const jwks = createLocalJWKSet({ keys: [{ ...await exportJWK(publicKey), kid: 'k1', alg: 'RS256' }] })
  const seen: unknown[] = []
  const preset = {
    id: 'microsoft',
    name: 'Microsoft',
    createAuthorizationURL: () => new URL('https://login.example/authorize?state=s'),
    validateAuthorizationCode: async () => ({}),
    idToken: { jwks, issuer: 'https://login.example/tenant/v2.0', audience: 'client-id', algorithms: ['RS256'] },
    getUserInfo: async (tokens: unknown) => {
      seen.push(tokens)
      return { user: { id: 'sub', email: 'a@example.com', emailVerified: true, name: 'A' }, data: {} }
    },
  } as unknown as OAuthProvider
  const bound = bindNonce(preset)
  const now = Math.floor(Date.now() / 1000)
  const idToken = (claims: Record<string, unknown>): Promise<string> => new SignJWT({ sub: 'sub', iss: 'https://login.example/tenant/v2.0', aud: 'client-id', iat: now, exp: now + 300, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(privateKey)

  t.equal(bound.requiresIdTokenNonce, true)
  const url = await bound.createAuthorizationURL({ state: 's', codeVerifier: 'v', redirectURI: 'https://auth.example/cb', idTokenNonce: 'n-1' })
  t.equal(url.searchParams.get('nonce'), 'n-1', 'the nonce is in the authorization URL')
  t.ok(await bound.getUserInfo({ idToken: await idToken({ nonce: 'n-1' }), expectedIdTokenNonce: 'n-1' }), 'its own nonce: accepted')
  t.equal(await bound.getUserInfo({ idToken: await idToken({ nonce: 'n-2' }), expectedIdTokenNonce: 'n-1' }), null, 'another flow\'s nonce: refused')
  t.equal(await bound.getUserInfo({ idToken: await idToken({}), expectedIdTokenNonce: 'n-1' }), null, 'no nonce: refused')
  t.equal(await bound.getUserInfo({ idToken: await idToken({ nonce: 'n-1', aud: 'another-client' }), expectedIdTokenNonce: 'n-1' }), null, 'another audience: refused')
  t.equal(await bound.getUserInfo({ idToken: await idToken({ nonce: 'n-1' }) }), null, 'a flow without a nonce: refused')
  t.equal(seen.length, 1, 'the preset reads only the one it accepted')
})
