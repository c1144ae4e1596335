import type { FastifyInstance, FastifyRequest } from 'fastify'
import { findLiveSessionWithUserById, findSessionWithUser, type SessionWithUserRow } from '../sessions/session-repository.js'
import type { AccessTokenClaims, TokenKind } from '../tokens/access-tokens.js'
import { isBanned } from './ban.js'
import { resolveCookieSession } from './request-session.js'
import { noteSessionUse } from './session-use.js'
import { decodeSignedValue } from './session-cookies.js'
import { bearerCredential } from './bearer-credential.js'

/** The cookie in which the `/auth` surface's JWT travels, beside the bearer header. */
export const AUTH_TOKEN_COOKIE = 'auth_token'

/** How the caller proved who they are. */
export type CredentialKind = 'session_cookie' | 'session_token' | 'access_token' | 'auth_token'

/** The live session behind a request, its user, and how that was proved. */
export interface Authenticated extends SessionWithUserRow {
  readonly via: CredentialKind
  /** The JWT's claims, when a JWT proved it. */
  readonly claims?: AccessTokenClaims
}

/** The same, proved by a token handed over as data. */
export interface AuthenticatedToken extends Authenticated {
  readonly via: Exclude<CredentialKind, 'session_cookie'>
}

/** The credentials a surface accepts from a request. */
export interface AcceptedCredentials {
  /**
   * JWT kinds accepted as `Authorization: Bearer <token>` (each surface accepts only its own kind).
   * A bearer credential, when the request has one, is the only one looked at: a bad one is not
   * made good by a cookie beside it.
   */
  readonly bearer?: readonly TokenKind[]
  /** Without a bearer credential: Better Auth's session cookie, or the `/auth` JWT's cookie. */
  readonly cookie?: 'session' | 'auth_token'
  /**
   * A JWT up to this many seconds past its `exp` still counts (its session must still live).
   * Only logout uses it: ending a session needs proof of possession, not a live token.
   */
  readonly expiredUpToSeconds?: number
}

/**
 * "Which live session and user is behind this request?", for every surface: a session cookie, or
 * a bearer JWT of an accepted kind. A valid signature is not enough: the session a JWT names
 * (`sid`) must still live and belong to its `sub`, so a revoked session ends its tokens at once.
 * A banned user's session and tokens prove nothing (src/auth/ban.ts): a ban deletes every session,
 * and one that raced it, or any credential a future path makes, is refused here all the same.
 */
export async function authenticate(request: FastifyRequest, accepted: AcceptedCredentials): Promise<Authenticated | undefined> {
  const { server } = request
  const bearer = bearerCredential(request.headers.authorization)
  if (accepted.bearer !== undefined && bearer !== undefined) return authenticateJwt(server, bearer, accepted.bearer, accepted.expiredUpToSeconds)
  if (accepted.cookie === 'session') {
    const found = await resolveCookieSession(request)
    return found === undefined ? undefined : { ...found, via: 'session_cookie' }
  }
  if (accepted.cookie === 'auth_token') {
    const token = server.parseCookie(request.headers.cookie ?? '')[AUTH_TOKEN_COOKIE]
    return token === undefined ? undefined : authenticateJwt(server, token, ['auth'], accepted.expiredUpToSeconds)
  }
  return undefined
}

/**
 * The same for a token handed over as data (introspection): a JWT of one of `kinds`, or a session
 * token, raw as in the database or signed as in the cookie.
 */
export async function authenticateToken(server: FastifyInstance, token: string, kinds: readonly TokenKind[]): Promise<AuthenticatedToken | undefined> {
  if (token.split('.').length === 3) return authenticateJwt(server, token, kinds)
  const raw = token.includes('.') ? server.sessionCookies.tokenFromSigned(decodeSignedValue(token)) : token
  if (raw === undefined) return undefined
  const found = await findSessionWithUser(server.db, raw)
  if (found === undefined || found.session.expires_at <= server.clock.now() || isBanned(found.user, server.clock.now())) return undefined
  await noteSessionUse(server, found.session)
  return { ...found, via: 'session_token' }
}

async function authenticateJwt(server: FastifyInstance, token: string, kinds: readonly TokenKind[], expiredUpToSeconds?: number): Promise<AuthenticatedToken | undefined> {
  if (kinds.length === 0) return undefined
  const claims = await server.accessTokens.verify(token, kinds, expiredUpToSeconds === undefined ? {} : { expiredUpToSeconds })
  if (claims === undefined) return undefined
  const found = await findLiveSessionWithUserById(server.db, claims.sid, server.clock.now())
  if (found === undefined || found.user.id !== claims.sub || isBanned(found.user, server.clock.now())) return undefined
  await noteSessionUse(server, found.session)
  return { ...found, via: claims.kind === 'access' ? 'access_token' : 'auth_token', claims }
}
