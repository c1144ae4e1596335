import type { FastifyReply } from 'fastify'
import type { V1MessageResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { audit } from '../../audit/audit-trail.js'
import { authenticate } from '../../auth/authenticate.js'
import { REFRESH_COOKIE_NAME } from '../../auth/session-cookies.js'
import { findRefreshFamily, revokeRefreshFamily, type RefreshFamily } from '../../sessions/refresh-token-repository.js'
import { deleteUserSession } from '../../sessions/session-repository.js'
import { REFRESH_TTL_MS } from './tokens.js'

/**
 * How late an access token may still end its session: as long as a session of the REST surface
 * can live. Past that, its session is gone anyway.
 */
const LOGOUT_GRACE_SECONDS = REFRESH_TTL_MS / 1000

type Ending = Omit<RefreshFamily, 'familyId'> & { readonly familyId?: string }

/**
 * POST /api/v1/better-auth/logout: ends the session and the refresh family of every credential
 * presented — the bearer access token (even expired: logout needs proof of possession, not a live
 * token), the refresh token in the body or its cookie, the session cookie. A credential that does
 * not verify ends nothing. Always answers the same.
 */
export async function logout(request: OperationRequest<'v1Logout'>, reply: FastifyReply): Promise<V1MessageResult> {
  const { server } = request
  const now = server.clock.now()
  const endings = new Map<string, Ending>()
  const end = (ending: Ending | undefined): void => {
    if (ending === undefined) return
    const key = `${ending.sessionId} ${ending.userId}`
    endings.set(key, { ...endings.get(key), ...ending })
  }

  const byAccessToken = await authenticate(request, { bearer: ['access'], expiredUpToSeconds: LOGOUT_GRACE_SECONDS })
  end(byAccessToken === undefined ? undefined : { sessionId: byAccessToken.session.id, userId: byAccessToken.user.id })
  const refreshTokens = new Set([request.body.refreshToken, server.parseCookie(request.headers.cookie ?? '')[REFRESH_COOKIE_NAME]])
  for (const token of refreshTokens) {
    if (token !== undefined) end(await findRefreshFamily(server.db, token, now))
  }
  const byCookie = await authenticate(request, { cookie: 'session' })
  end(byCookie === undefined ? undefined : { sessionId: byCookie.session.id, userId: byCookie.user.id })

  for (const ending of endings.values()) {
    await revokeRefreshFamily(server.db, ending, now)
    // Only the credential's own session, of the user it names: a token signed for one user never ends another's.
    if (await deleteUserSession(server.db, ending.sessionId, ending.userId)) {
      await audit(request, { type: 'sign_out', userId: ending.userId, sessionId: ending.sessionId })
    }
  }
  server.sessionCookies.clearAll(reply)
  return { success: true, message: 'Logged out' }
}
