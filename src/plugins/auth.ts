import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import cookie from '@fastify/cookie'
import { createPageCursors, type PageCursors } from '../account/page-cursor.js'
import { createAfterResponse, type AfterResponse } from '../background/after-response.js'
import { parseRequestCookies } from '../auth/cookie-parser.js'
import { createAuth, jwtPluginOptions, SESSION_TTL_SECONDS, SESSION_UPDATE_AGE_SECONDS, type Auth } from '../auth/better-auth.js'
import { SESSION_COOKIE_NAME } from '../auth/cookie-policy.js'
import { createMailer, type Mailer } from '../auth/mailer.js'
import type { PasswordHasher } from '../auth/password-hasher.js'
import { resolveSecret } from '../auth/secret.js'
import { createSessionCookies, type SessionCookies } from '../auth/session-cookies.js'
import { createSessionCheck, type CheckSession } from '../sessions/session-check.js'
import { childRefreshToken } from '../sessions/token-hash.js'
import { createAccessTokens, type AccessTokens } from '../tokens/access-tokens.js'
import { relyingParty, type RelyingParty } from '../passkeys/relying-party.js'

declare module 'fastify' {
  interface FastifyInstance {
    auth: Auth
    mailer: Mailer
    config: Config
    /** "Who is this?" for a request's cookies, by one indexed query; see session-check.ts. */
    checkSession: CheckSession
    accessTokens: AccessTokens
    sessionCookies: SessionCookies
    /** The refresh token that follows a given one (an HMAC of it with the secret). */
    deriveRefreshToken(parent: string): string
    /** Sealed page cursors (encrypted and bound to their account) for paged lists. */
    pageCursors: PageCursors
    /** Account-dependent work of an endpoint that always answers the same, run after its answer. */
    afterResponse: AfterResponse
    /** The passkeys' relying party: rp id, name, and the origins ceremonies run on. */
    relyingParty: RelyingParty
  }
}

/** The Better Auth engine, on the app's database, with its mailer. */
export const authPlugin = fp(async (app: FastifyInstance, options: { config: Config; backgroundGate?: () => Promise<void>; passwordHasher?: PasswordHasher }) => {
  const { config } = options
  const resolved = resolveSecret(config)
  if (resolved.created) app.log.warn({ file: resolved.file }, 'BETTER_AUTH_SECRET is not set: generated a development secret')
  const afterResponse = createAfterResponse({ units: app.database.units, log: app.log, ...(options.backgroundGate === undefined ? {} : { gate: options.backgroundGate }) })
  app.decorate('afterResponse', afterResponse)
  const mailer = createMailer({
    db: app.db,
    delivery: app.mailDelivery,
    afterCommit: (work: () => void) => { app.afterCommit(work) },
    // Work after an answer may still write a message: "idle" waits for it first.
    settle: () => afterResponse.idle(),
  })
  const log = app.log.child({ module: 'better-auth' })
  const auth = createAuth({
    config,
    db: app.db,
    secret: resolved.secret,
    mailer,
    originPolicy: app.originPolicy,
    clock: app.clock,
    ...(options.passwordHasher === undefined ? {} : { passwordHasher: options.passwordHasher }),
    logger: {
      error: (message) => log.error(message),
      warn: (message) => log.warn(message),
      info: (message) => log.info(message),
      debug: (message) => log.debug(message),
    },
  })
  app.decorate('auth', auth)
  // Cookies are parsed on demand (app.parseCookie), only by the routes that read them.
  await app.register(cookie, { hook: false })
  // …and by Better Auth's own parser, not @fastify/cookie's: every decision must see the cookies
  // Better Auth sees (quotes, duplicates, encodings), or a check of ours and its check disagree.
  // @fastify/cookie stays for writing cookies (reply.setCookie).
  ;(app as { parseCookie: (header: string) => Record<string, string> }).parseCookie = (header) => parseRequestCookies(header)
  app.decorate('checkSession', createSessionCheck({
    db: app.db,
    secret: resolved.secret,
    cookieName: SESSION_COOKIE_NAME,
    expiresInSeconds: SESSION_TTL_SECONDS,
    updateAgeSeconds: SESSION_UPDATE_AGE_SECONDS,
    now: () => app.clock.nowMs(),
  }))
  app.decorate('mailer', mailer)
  app.decorate('relyingParty', relyingParty(config))
  const issuer = new URL(config.baseUrl).origin
  const accessTokens = createAccessTokens(auth, jwtPluginOptions(issuer), issuer, () => app.clock.nowMs())
  // Mint the first signing key now rather than racing for it on the first sign-ins.
  await accessTokens.publicKeys()
  app.decorate('accessTokens', accessTokens)
  app.decorate('sessionCookies', createSessionCookies(config, resolved.secret, app.clock))
  app.decorate('deriveRefreshToken', (parent: string) => childRefreshToken(parent, resolved.secret))
  app.decorate('pageCursors', createPageCursors(resolved.secret))
  app.addHook('onClose', async () => {
    // Work started after an answer may still write mail: it finishes before the worker stops.
    await afterResponse.idle()
  })
}, { name: 'auth', dependencies: ['database', 'unit-of-work', 'mail-delivery', 'origin-policy', 'clock'], decorators: { fastify: ['config'] } })
