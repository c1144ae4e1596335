import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose'
import { ACCESS_TOKEN_ALGORITHM, type Auth } from '../auth/better-auth.js'

export interface AccessTokenClaims {
  /** The user id. */
  readonly sub: string
  /** The session the token hangs on: revoking it revokes the token. */
  readonly sid: string
  readonly exp: number
  readonly iat: number
}

export interface AccessTokens {
  /** A JWT carrying only `sub`, `sid`, `iss`, `aud`, `iat` and `exp` (never the user object). */
  sign(input: { readonly userId: string; readonly sessionId: string; readonly expiresAt: Date }): Promise<string>
  /** The claims of a token signed by one of our keys, unexpired, for our issuer and audience; else undefined. */
  verify(token: string): Promise<AccessTokenClaims | undefined>
  /** The public keys, as published at /.well-known/jwks.json. */
  publicKeys(): Promise<JSONWebKeySet>
}

/** An unknown key id refreshes the key set at most this often, so junk tokens cannot hammer the database. */
const REFRESH_INTERVAL_MS = 10_000

/**
 * Access tokens signed with the keys Better Auth's jwt plugin keeps, and verified against those
 * keys held in memory: the algorithm is pinned, and issuer, audience and expiry are checked.
 */
export function createAccessTokens(auth: Auth, issuer: string, now: () => number = Date.now): AccessTokens {
  let keySet: ReturnType<typeof createLocalJWKSet> | undefined
  let loadedAt = 0

  async function publicKeys(): Promise<JSONWebKeySet> {
    return (await auth.api.getJwks()) as JSONWebKeySet
  }

  async function keys(force: boolean): Promise<ReturnType<typeof createLocalJWKSet>> {
    if (keySet === undefined || (force && now() - loadedAt > REFRESH_INTERVAL_MS)) {
      keySet = createLocalJWKSet(await publicKeys())
      loadedAt = now()
    }
    return keySet
  }

  async function verifyWith(token: string, force: boolean): Promise<AccessTokenClaims | undefined> {
    const { payload } = await jwtVerify(token, await keys(force), {
      issuer, audience: issuer, algorithms: [ACCESS_TOKEN_ALGORITHM], currentDate: new Date(now()),
    })
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || payload.exp === undefined) return undefined
    return { sub: payload.sub, sid: payload.sid, exp: payload.exp, iat: payload.iat ?? 0 }
  }

  return {
    async sign({ userId, sessionId, expiresAt }): Promise<string> {
      const iat = Math.floor(now() / 1000)
      const exp = Math.floor(expiresAt.getTime() / 1000)
      const { token } = await auth.api.signJWT({ body: { payload: { sub: userId, sid: sessionId, iat, exp } } })
      return token
    },
    async verify(token: string): Promise<AccessTokenClaims | undefined> {
      try {
        return await verifyWith(token, false)
      } catch (error) {
        // A key minted by another instance since we loaded ours: look once more.
        if (error instanceof errors.JWKSNoMatchingKey) {
          try {
            return await verifyWith(token, true)
          } catch {
            return undefined
          }
        }
        return undefined
      }
    },
    publicKeys,
  }
}
