import { randomUUID } from 'node:crypto'
import { signJWT } from 'better-auth/plugins/jwt'
import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose'
import { ACCESS_TOKEN_ALGORITHM, type Auth, type JwtPluginOptions } from '../auth/better-auth.js'

/**
 * The two kinds of JWT we sign, with one key set. Each has its own `typ` header and audience, and
 * a surface accepts only its own kind, so a token issued for one surface never opens another
 * (RFC 8725 §3.11, explicit typing; RFC 9068 for the access token):
 * - `access`: the REST surface's 15-minute access token, `typ: at+jwt`, `aud: <issuer>/api/v1`.
 * - `auth`: the `/auth` surface's session JWT (lives as long as its session), `typ: auth+jwt`,
 *   `aud: <issuer>/auth`.
 */
export type TokenKind = 'access' | 'auth'

export const TOKEN_TYPES: Readonly<Record<TokenKind, string>> = { access: 'at+jwt', auth: 'auth+jwt' }

export function tokenAudience(issuer: string, kind: TokenKind): string {
  return kind === 'access' ? `${issuer}/api/v1` : `${issuer}/auth`
}

export interface AccessTokenClaims {
  readonly kind: TokenKind
  /** The user id. */
  readonly sub: string
  /** The session the token hangs on: revoking it revokes the token. */
  readonly sid: string
  readonly exp: number
  readonly iat: number
}

export interface VerifyOptions {
  /**
   * Accept a token past its `exp` (signature, issuer, audience and type still checked), up to
   * this many seconds late. Only logout uses it: ending a session needs proof of possession, not
   * a live token.
   */
  readonly expiredUpToSeconds?: number
}

export interface AccessTokens {
  /** A JWT of this kind carrying only `sub`, `sid`, `iss`, `aud`, `iat`, `exp` and `jti` (never the user object). */
  sign(kind: TokenKind, input: { readonly userId: string; readonly sessionId: string; readonly expiresAt: Date }): Promise<string>
  /**
   * The claims of a token of one of `kinds`, signed by one of our keys with the pinned algorithm,
   * unexpired, for our issuer and that kind's audience and type; else undefined.
   */
  verify(token: string, kinds: readonly TokenKind[], options?: VerifyOptions): Promise<AccessTokenClaims | undefined>
  /** The public keys, as published at /.well-known/jwks.json. */
  publicKeys(): Promise<JSONWebKeySet>
}

/** An unknown key id refreshes the key set at most this often, so junk tokens cannot hammer the database. */
const REFRESH_INTERVAL_MS = 10_000
/** How many tokens whose signature was verified are remembered, at most (the oldest go first). */
const VERIFIED_TOKENS_KEPT = 10_000

/**
 * Tokens whose signature, issuer, audience and type were verified, with their claims: an Ed25519
 * verification is most of the cost of a request that carries a JWT, and its outcome for one token
 * never changes while our keys stay loaded. Only that is remembered: time (`exp`) is checked on
 * every use, and the session a token names is read on every use by the caller, so a revoked
 * session still ends its tokens at once. Bounded, so tokens cannot grow memory; cleared whenever
 * the key set is reloaded.
 */
class VerifiedTokens {
  readonly #claims = new Map<string, AccessTokenClaims>()

  get(token: string, kinds: readonly TokenKind[]): AccessTokenClaims | undefined {
    const claims = this.#claims.get(token)
    return claims !== undefined && kinds.includes(claims.kind) ? claims : undefined
  }

  set(token: string, claims: AccessTokenClaims): void {
    if (this.#claims.size >= VERIFIED_TOKENS_KEPT) this.#claims.delete(this.#claims.keys().next().value!)
    this.#claims.set(token, claims)
  }

  clear(): void {
    this.#claims.clear()
  }
}

/**
 * Tokens signed with the keys Better Auth's jwt plugin keeps (through its own `signJWT`, which
 * decrypts the private key and sets `kid`; its `auth.api.signJWT` endpoint cannot set `typ`), and
 * verified against those keys held in memory.
 */
export function createAccessTokens(auth: Auth, jwtOptions: JwtPluginOptions, issuer: string, now: () => number = Date.now): AccessTokens {
  let keySet: ReturnType<typeof createLocalJWKSet> | undefined
  let loadedAt = 0
  const verified = new VerifiedTokens()

  async function publicKeys(): Promise<JSONWebKeySet> {
    return (await auth.api.getJwks())
  }

  async function keys(force: boolean): Promise<ReturnType<typeof createLocalJWKSet>> {
    if (keySet === undefined || (force && now() - loadedAt > REFRESH_INTERVAL_MS)) {
      keySet = createLocalJWKSet(await publicKeys())
      loadedAt = now()
      verified.clear()
    }
    return keySet
  }

  async function verifyKind(token: string, kind: TokenKind, force: boolean, options: VerifyOptions): Promise<AccessTokenClaims | undefined> {
    const { payload } = await jwtVerify(token, await keys(force), {
      issuer,
      audience: tokenAudience(issuer, kind),
      typ: TOKEN_TYPES[kind],
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      requiredClaims: ['sub', 'sid', 'exp', 'iat'],
      currentDate: new Date(now()),
      ...(options.expiredUpToSeconds === undefined ? {} : { clockTolerance: options.expiredUpToSeconds }),
    })
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || payload.exp === undefined) return undefined
    return { kind, sub: payload.sub, sid: payload.sid, exp: payload.exp, iat: payload.iat ?? 0 }
  }

  async function verifyOnce(token: string, kinds: readonly TokenKind[], force: boolean, options: VerifyOptions): Promise<AccessTokenClaims | undefined> {
    let missingKey: Error | undefined
    for (const kind of kinds) {
      try {
        return await verifyKind(token, kind, force, options)
      } catch (error) {
        if (error instanceof errors.JWKSNoMatchingKey) missingKey = error
      }
    }
    if (missingKey !== undefined) throw missingKey
    return undefined
  }

  return {
    async sign(kind, { userId, sessionId, expiresAt }): Promise<string> {
      const context = await auth.$context
      return signJWT({ context } as unknown as Parameters<typeof signJWT>[0], {
        options: jwtOptions,
        header: { typ: TOKEN_TYPES[kind] },
        payload: {
          sub: userId,
          sid: sessionId,
          aud: tokenAudience(issuer, kind),
          iat: Math.floor(now() / 1000),
          exp: Math.floor(expiresAt.getTime() / 1000),
          // A unique id per token (RFC 9068 §2.2), for consumers that log or deny-list tokens.
          jti: randomUUID(),
        },
      })
    },
    async verify(token, kinds, options = {}): Promise<AccessTokenClaims | undefined> {
      const known = verified.get(token, kinds)
      if (known !== undefined) return isCurrent(known, now(), options) ? known : undefined
      try {
        const claims = await verifyOnce(token, kinds, false, options)
        // Remembered only when it is current without tolerance: what a later use checks is time alone.
        if (claims !== undefined && isCurrent(claims, now(), {})) verified.set(token, claims)
        return claims
      } catch (error) {
        // A key minted by another instance since we loaded ours: look once more.
        if (error instanceof errors.JWKSNoMatchingKey) {
          try {
            const claims = await verifyOnce(token, kinds, true, options)
            if (claims !== undefined && isCurrent(claims, now(), {})) verified.set(token, claims)
            return claims
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

/** Whether a verified token's time has not run out (jose's `exp` rule: expired at `exp` itself), with the tolerance asked for. */
function isCurrent(claims: AccessTokenClaims, nowMs: number, options: VerifyOptions): boolean {
  return claims.exp > Math.floor(nowMs / 1000) - (options.expiredUpToSeconds ?? 0)
}
