import { betterAuth, type BetterAuthOptions } from 'better-auth'
import { APIError } from 'better-auth/api'
import { bearer, jwt, twoFactor } from 'better-auth/plugins'
import type { JwtOptions } from 'better-auth/plugins/jwt'
import type { Kysely } from 'kysely'
import { systemClock, type Clock } from '../clock.js'
import type { Config } from '../config.js'
import type { Database } from '../db/tables.js'
import type { OriginPolicy } from '../origins/origin-policy.js'
import { auditCurrentRequest } from '../audit/audit-trail.js'
import { acceptedPasswordOfCurrentRequest, currentRequestStartedAt, rememberingAccepted } from '../audit/current-request.js'
import { confirmAddress } from './address-confirmation.js'
import { admitSession } from './session-admission.js'
import { storedAddress } from './user-address.js'
import { markCredentialsReplaced } from './credentials-replaced.js'
import { deleteUserSessions } from '../sessions/session-repository.js'
import { AppError, ERROR_CODES } from '../errors/error-codes.js'
import { revokeUserRefreshTokens } from '../sessions/refresh-token-repository.js'
import type { Mailer } from './mailer.js'
import { scryptPasswordHasher, type PasswordHasher } from './password-hasher.js'
import { cookieAttributes } from './cookie-policy.js'
import { relyingParty } from '../passkeys/relying-party.js'
import { passkeyPlugin } from './passkey-options.js'
import { federationPlugins, federationSocialProviders } from '../federation/auth-providers.js'
import { ExplicitLinkProviders } from './explicit-link.js'
import { emailSignInPlugins } from './email-sign-in-plugins.js'

/** The request header through which the client IP, as Fastify resolved it, reaches Better Auth. */
export const CLIENT_IP_HEADER = 'x-auth-service-client-ip'
export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60
export const RESET_TOKEN_TTL_SECONDS = 60 * 60

export interface AuthDependencies {
  readonly config: Config
  readonly db: Kysely<Database>
  readonly secret: string
  readonly mailer: Mailer
  readonly originPolicy: OriginPolicy
  /** The time our own writes in its hooks read (default: the system's); Better Auth's own expiry checks use real time. */
  readonly clock?: Clock
  /** Default: Better Auth's own scrypt. */
  readonly passwordHasher?: PasswordHasher
  readonly logger: { error(message: string): void; warn(message: string): void; info(message: string): void; debug(message: string): void }
}

/** Better Auth's tables and columns in snake_case, so other backends can query them as documented. */
const tableFields = {
  user: {
    modelName: 'user',
    fields: { emailVerified: 'email_verified', createdAt: 'created_at', updatedAt: 'updated_at' },
  },
  session: {
    modelName: 'session',
    fields: {
      userId: 'user_id', expiresAt: 'expires_at', ipAddress: 'ip_address', userAgent: 'user_agent',
      createdAt: 'created_at', updatedAt: 'updated_at',
    },
  },
  account: {
    modelName: 'account',
    fields: {
      accountId: 'account_id', providerId: 'provider_id', userId: 'user_id', accessToken: 'access_token',
      refreshToken: 'refresh_token', idToken: 'id_token', accessTokenExpiresAt: 'access_token_expires_at',
      refreshTokenExpiresAt: 'refresh_token_expires_at', createdAt: 'created_at', updatedAt: 'updated_at',
    },
  },
  verification: {
    modelName: 'verification',
    fields: { expiresAt: 'expires_at', createdAt: 'created_at', updatedAt: 'updated_at' },
  },
} as const

/** The algorithm of the access tokens: verification accepts this one and no other. */
export const ACCESS_TOKEN_ALGORITHM = 'EdDSA'

/**
 * The jwt plugin's options, also handed to its `signJWT` by our token signer, so both use the one
 * key set published at /.well-known/jwks.json. `iss`, `aud` and `typ` are set per token kind
 * (src/tokens/access-tokens.ts).
 */
export function jwtPluginOptions(issuer: string) {
  return {
    // Keys for access tokens: Ed25519, private halves encrypted with the secret, in `jwks`.
    jwks: { keyPairConfig: { alg: ACCESS_TOKEN_ALGORITHM, crv: 'Ed25519' } },
    jwt: { issuer, audience: issuer, expirationTime: '15m' },
    // Signing a JWT on every get-session would cost more than the session check itself.
    disableSettingJwtHeader: true,
    schema: {
      jwks: {
        modelName: 'jwks',
        fields: { publicKey: 'public_key', privateKey: 'private_key', createdAt: 'created_at', expiresAt: 'expires_at' },
      },
    },
  } satisfies JwtOptions
}

export type JwtPluginOptions = ReturnType<typeof jwtPluginOptions>

// The return type is inferred on purpose: Better Auth derives `auth.api` (signJWT, getJwks…) from the plugins' literal types.
export function authOptions(deps: AuthDependencies) {
  const { config, mailer, originPolicy } = deps
  const clock = deps.clock ?? systemClock
  const issuer = new URL(config.baseUrl).origin
  return {
    appName: 'Auth Service',
    baseURL: config.baseUrl,
    basePath: '/api/auth',
    secret: deps.secret,
    database: { db: deps.db, type: 'postgres', transaction: true },
    user: tableFields.user,
    account: {
      ...tableFields.account,
      // The service never calls a provider's API with them: a copy of the database gives no one a
      // provider's access or refresh token in clear.
      encryptOAuthTokens: true,
      accountLinking: {
        enabled: true,
        // A provider identity joins an existing account on its own only when the provider asserts
        // `email_verified` and the account's address is confirmed here (Better Auth's rule, no
        // longer optional): an unconfirmed address owns nothing, and a provider's unverified claim
        // to an address takes over nothing. test/federation proves both.
        // No provider's word replaces `email_verified`, except in an explicit link (see there).
        trustedProviders: new ExplicitLinkProviders(),
        allowDifferentEmails: true,
      },
    },
    socialProviders: federationSocialProviders(config.federation),
    databaseHooks: {
      user: {
        // Every address an account gets, from a provider's claim as from our own routes, in one form.
        create: { before: async (user) => ({ data: { ...user, email: storedAddress(user.email) } }) },
        update: { before: async (user) => typeof user.email === 'string' ? { data: { ...user, email: storedAddress(user.email) } } : undefined },
      },
      account: {
        create: {
          async after(account) {
            // Every provider identity joins an account through a request of ours (a callback).
            if (account.providerId !== 'credential') {
              await auditCurrentRequest({ type: 'identity.linked', userId: account.userId, detail: { provider: account.providerId } })
            }
          },
        },
      },
      session: {
        create: {
          // Every session Better Auth makes, whichever way in made it (password, second factor,
          // passkey, a provider, a direct session, any way added later), is refused here to a
          // banned user, and to a sign-in whose credential was replaced meanwhile: after the
          // credentials were checked, so the answer tells no one else anything.
          async before(session) {
            try {
              await admitSession(deps.db, session.userId, clock, { startedAt: currentRequestStartedAt(), acceptedPassword: acceptedPasswordOfCurrentRequest() })
            } catch (error) {
              // As Better Auth's own errors: its plugins (passkeys) turn any other into one of theirs.
              if (error instanceof AppError && error.code === 'USER_BANNED') throw APIError.from('FORBIDDEN', { code: 'USER_BANNED', message: ERROR_CODES.USER_BANNED.message })
              if (error instanceof AppError && error.code === 'INVALID_CREDENTIALS') throw APIError.from('UNAUTHORIZED', { code: 'INVALID_EMAIL_OR_PASSWORD', message: ERROR_CODES.INVALID_CREDENTIALS.message })
              throw error
            }
          },
        },
      },
    },
    verification: tableFields.verification,
    session: {
      ...tableFields.session,
      expiresIn: SESSION_TTL_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
      // No cookie cache: a revoked session must stop working at once.
      cookieCache: { enabled: false },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      // A password it accepts is remembered for the request, for the session hook's check.
      password: rememberingAccepted(deps.passwordHasher ?? scryptPasswordHasher),
      autoSignIn: true,
      // Off: with it Better Auth hides duplicate sign-ups; the rule is applied by our routes instead.
      requireEmailVerification: false,
      resetPasswordTokenExpiresIn: RESET_TOKEN_TTL_SECONDS,
      revokeSessionsOnPasswordReset: true,
      // Better Auth deletes the sessions; the refresh tokens that hang on them go too, and the
      // audit event is written in the same transaction.
      async onPasswordReset({ user }) {
        // A sign-in with the old password still in flight, whose session Better Auth's deletion
        // did not see, is waited for and its session deleted; a later one is refused its session.
        await markCredentialsReplaced(deps.db, user.id, clock.now())
        await deleteUserSessions(deps.db, user.id)
        await revokeUserRefreshTokens(deps.db, user.id, clock.now())
        await auditCurrentRequest({ type: 'password.reset', userId: user.id })
        // The reset link came from the mailbox: that confirms an unconfirmed address, and whatever
        // its earlier registrations left behind goes.
        if (!user.emailVerified) {
          await confirmAddress(deps.db, user, clock.now())
          await auditCurrentRequest({ type: 'email.verified', userId: user.id, email: user.email, detail: { via: 'password_reset' } })
        }
      },
      async sendResetPassword({ user, url }) {
        await mailer.send({
          to: user.email,
          subject: 'Reset your password',
          kind: 'password_reset',
          text: `Someone asked to reset the password of this account. If it was you, open this link within one hour:\n\n${url}\n\nIf not, ignore this message.`,
          link: url,
        })
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: false,
      async sendVerificationEmail({ user, url }) {
        await mailer.send({
          to: user.email,
          subject: 'Verify your email address',
          kind: 'email_verification',
          // Clicking a link for a sign-up someone else made would confirm their password: say so plainly.
          text: `If you just signed up, open this link to verify your email address:\n\n${url}\n\nIf you did not sign up, do not open it: someone else gave this address. Ignore this message, or reset your password to take the account over.\n`,
          link: url,
        })
      },
    },
    // No `advanced.backgroundTasks`: Better Auth then awaits the email callbacks above inside the
    // call, so their outbox rows are written in the request's unit of work, and a rollback takes
    // them back (with a handler, they would run on after the transaction had ended).
    // Limits are enforced in front of Better Auth, once, from the contract.
    rateLimit: { enabled: false },
    // Our origin policy runs on every state-changing route before Better Auth is called.
    trustedOrigins: (request) => {
      const origin = request?.headers.get('origin') ?? undefined
      return origin !== undefined && originPolicy.isAllowedOrigin(origin) ? [origin] : [originPolicy.entries[0]!]
    },
    advanced: {
      disableCSRFCheck: true,
      disableOriginCheck: true,
      // The cookie keeps its plain name on https too: other backends read `better-auth.session_token`.
      useSecureCookies: false,
      cookiePrefix: 'better-auth',
      defaultCookieAttributes: { ...cookieAttributes(config) },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    plugins: [
      // TOTP and backup codes; a second-factor sign-in is pending in a signed cookie, and ten
      // wrong codes lock the account's second factor for fifteen minutes.
      twoFactor({
        issuer: 'Auth Service',
        accountLockout: { enabled: true },
        schema: {
          user: { fields: { twoFactorEnabled: 'two_factor_enabled' } },
          twoFactor: {
            modelName: 'two_factor',
            fields: {
              backupCodes: 'backup_codes', userId: 'user_id', failedVerificationCount: 'failed_verification_count', lockedUntil: 'locked_until',
            },
          },
        },
      }),
      // Keys for access tokens: Ed25519, private halves encrypted with the secret, in `jwks`.
      jwt(jwtPluginOptions(issuer)),
      // Native clients without cookies send the signed session token (`set-auth-token`) as a
      // bearer credential. Only the signed value: the raw token shows in the database and in
      // bodies, and must never be enough on its own.
      bearer({ requireSignature: true }),
      passkeyPlugin(relyingParty(config)),
      ...federationPlugins(config.federation),
      // Sign-in by an emailed link or six-digit code, with the second factor still asked for.
      ...emailSignInPlugins(config, mailer),
    ],
    telemetry: { enabled: false },
    logger: {
      level: 'warn',
      log: (level, message) => {
        deps.logger[level](`better-auth: ${message}`)
      },
    },
  } satisfies BetterAuthOptions
}

export function createAuth(deps: AuthDependencies) {
  return betterAuth(authOptions(deps))
}

export type Auth = ReturnType<typeof createAuth>
