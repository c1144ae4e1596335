import { Type, type Static } from 'typebox'
import Value from 'typebox/value'
import { isGuessableSecret, MIN_SECRET_BITS } from './secret-strength.js'
import { readFederationSettings, type FederationSettings } from './federation/provider-settings.js'

const OnOff = Type.Union([Type.Literal('on'), Type.Literal('off')])
const Bool = Type.Union([Type.Literal('true'), Type.Literal('false')])

/** Every setting the service reads from the environment, with its default. */
export const EnvironmentSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], { default: 'development' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3001 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^(postgres(ql)?://|pglite:)' })),
  BETTER_AUTH_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  BETTER_AUTH_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]+$' })),
  CORS_ORIGINS: Type.String({ default: 'http://localhost:3000,http://127.0.0.1:3000' }),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  REDIS_PREFIX: Type.String({ pattern: '^[\\w:.-]*$', default: 'auth-service:' }),
  RATE_LIMITS: Type.Optional(OnOff),
  TRUST_PROXY: Type.Integer({ minimum: 0, maximum: 10, default: 0 }),
  COOKIE_SAMESITE: Type.Union([Type.Literal('lax'), Type.Literal('strict'), Type.Literal('none')], { default: 'lax' }),
  COOKIE_DOMAIN: Type.Optional(Type.String({ pattern: '^\\.?[a-z0-9-]+(\\.[a-z0-9-]+)*$' })),
  SMTP_HOST: Type.Optional(Type.String({ minLength: 1 })),
  SMTP_PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 587 }),
  SMTP_USER: Type.Optional(Type.String()),
  SMTP_PASSWORD: Type.Optional(Type.String()),
  SMTP_FROM: Type.String({ minLength: 3, default: 'Auth Service <no-reply@localhost>' }),
  EMAIL_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 100, default: 12 }),
  EMAIL_RETRY_BASE_MS: Type.Integer({ minimum: 1, maximum: 3_600_000, default: 10_000 }),
  EMAIL_RETRY_MAX_MS: Type.Integer({ minimum: 1, maximum: 86_400_000, default: 3_600_000 }),
  EMAIL_RETENTION_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 7 }),
  NOTIFY_NEW_DEVICE: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'true' }),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)), { default: 'info' }),
  REFRESH_REUSE_INTERVAL: Type.Integer({ minimum: 0, maximum: 300, default: 10 }),
  AUDIT_RETENTION_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 365 }),
  REQUIRE_EMAIL_VERIFICATION: Type.Optional(Bool),
  INTROSPECTION_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  DATA_DIR: Type.String({ minLength: 1, default: '.data' }),
  PASSWORD_RESET_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  EMAIL_VERIFICATION_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  WEBAUTHN_RP_ID: Type.Optional(Type.String({ pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*$' })),
  WEBAUTHN_RP_NAME: Type.String({ minLength: 1, maxLength: 64, default: 'Auth Service' }),
  WEBAUTHN_ORIGINS: Type.Optional(Type.String({ minLength: 1 })),
  EMAIL_CHANGE_UNDO_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  WEBHOOK_ALLOW_PRIVATE: Type.Optional(Bool),
  WEBHOOK_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 60_000, default: 10_000 }),
  WEBHOOK_RETRY_BASE_MS: Type.Integer({ minimum: 1, maximum: 3_600_000, default: 5_000 }),
  WEBHOOK_RETRY_MAX_MS: Type.Integer({ minimum: 1, maximum: 86_400_000, default: 21_600_000 }),
  WEBHOOK_RETRY_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 72 }),
  WEBHOOK_RETENTION_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 7 }),
  // Sign-in providers: each named one has OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _SCOPES,
  // _NAME (read by src/federation/provider-settings.ts); google, microsoft and github are presets.
  OIDC_PROVIDERS: Type.Optional(Type.String()),
  OIDC_ALLOW_HTTP_ISSUER: Type.Optional(Bool),
  EMAIL_SIGN_IN_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  EMAIL_SIGN_UP: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false' }),
})
export type Environment = Static<typeof EnvironmentSchema>

export interface Config {
  readonly env: Environment['NODE_ENV']
  readonly port: number
  readonly host: string
  /** `postgres://…`, `pglite:memory`, or `pglite:<directory>`. */
  readonly databaseUrl: string
  /** Undefined means: read or create the development secret under `dataDir`. */
  readonly secret: string | undefined
  readonly baseUrl: string
  readonly corsOrigins: readonly string[]
  readonly redisUrl: string | undefined
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  readonly redisPrefix: string
  readonly rateLimits: boolean
  readonly trustProxy: number
  readonly cookieSameSite: 'lax' | 'strict' | 'none'
  readonly cookieDomain: string | undefined
  readonly smtp: SmtpConfig | undefined
  readonly mailFrom: string
  /** The email outbox: tries before a message is dead-lettered, and the backoff between them. */
  readonly email: EmailDeliveryConfig
  /** Whether a sign-in from a device not seen before is notified by email. */
  readonly notifyNewDevice: boolean
  readonly logLevel: string
  readonly refreshReuseInterval: number
  /** Days an audit event is kept before the purge deletes it. */
  readonly auditRetentionDays: number
  readonly requireEmailVerification: boolean
  readonly introspectionSecret: string | undefined
  readonly metricsToken: string | undefined
  readonly dataDir: string
  /** Where an emailed reset link leads when the request named no `redirectTo`: the front end's reset form. */
  readonly passwordResetUrl: string
  /** Where an emailed verification link leads when the request named no `callbackURL`. */
  readonly emailVerificationUrl: string
  /** Where the undo link of the notice sent to an old email address leads, with `?token=`: the front end's page that asks the owner to confirm the undo. */
  readonly emailChangeUndoUrl: string
  /** Where the link of a sign-in email sent through `/api/v1` leads when the request named no `redirectTo`, with `?token=`; and where `/api/auth`'s link sends the browser once signed in when it named no `callbackURL`. */
  readonly emailSignInUrl: string
  /** Whether signing in by email with an address that has no account creates one (EMAIL_SIGN_UP; off by default). */
  readonly emailSignUp: boolean
  readonly webauthn: WebAuthnConfig
  /** Sign-in with OpenID Connect (and GitHub's OAuth 2) providers. */
  readonly federation: FederationSettings
  readonly webhooks: WebhookConfig
}

/** Webhook delivery (src/webhooks/). */
export interface WebhookConfig {
  /** WEBHOOK_ALLOW_PRIVATE: receivers on loopback, private and link-local addresses allowed (development, tests). */
  readonly allowPrivate: boolean
  /** One attempt's deadline, connection to last byte read. */
  readonly timeoutMs: number
  /** The delay after the first failed attempt; it doubles after each further one, up to `retryMaxMs`. */
  readonly retryBaseMs: number
  readonly retryMaxMs: number
  /** How long a delivery is retried before it is dead-lettered and its endpoint disabled. */
  readonly retryWindowMs: number
  /** Days a delivered or dead-lettered delivery (and its attempts) is kept before the purge deletes it. */
  readonly retentionDays: number
}

/** Passkeys as configured; what is unset derives from BETTER_AUTH_URL and CORS_ORIGINS (src/passkeys/relying-party.ts). */
export interface WebAuthnConfig {
  /** WEBAUTHN_RP_ID: the domain passkeys are bound to. */
  readonly rpId: string | undefined
  /** WEBAUTHN_RP_NAME: the name authenticators show. */
  readonly rpName: string
  /** WEBAUTHN_ORIGINS: the origins whose pages run passkey ceremonies. */
  readonly origins: readonly string[] | undefined
}

export interface EmailDeliveryConfig {
  readonly maxAttempts: number
  /** The delay after the first failed attempt; it doubles after each further one, up to `retryMaxMs`. */
  readonly retryBaseMs: number
  readonly retryMaxMs: number
  /** Days a sent or dead-lettered message's row is kept before the purge deletes it. */
  readonly retentionDays: number
}

export interface SmtpConfig {
  readonly host: string
  readonly port: number
  readonly user: string | undefined
  readonly password: string | undefined
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads, validates and freezes the configuration; a bad value throws one line naming the variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, string> = {}
  for (const key of Object.keys(EnvironmentSchema.properties)) {
    const value = source[key]
    if (value !== undefined && value !== '') raw[key] = value.trim()
  }
  const given = new Set(Object.keys(raw))
  const converted = Value.Convert(EnvironmentSchema, Value.Default(EnvironmentSchema, raw))
  const first = Value.Errors(EnvironmentSchema, converted)[0]
  if (first !== undefined) {
    const variable = first.instancePath.replace(/^\//, '') || 'environment'
    const given = variable in raw && !/SECRET|PASSWORD|TOKEN/.test(variable) ? ` (got "${raw[variable]}")` : ''
    throw new ConfigError(`${variable}: ${describe(variable, first.message)}${given}`)
  }
  const env = converted as Environment
  if (env.NODE_ENV === 'production' && env.BETTER_AUTH_SECRET === undefined) {
    throw new ConfigError('BETTER_AUTH_SECRET: required in production (at least 32 random characters, e.g. `openssl rand -base64 32`)')
  }
  if (env.NODE_ENV === 'production') refuseProductionDefaults(given, env)
  const federation = readFederationSettings(source, { production: env.NODE_ENV === 'production' })
  // One line per problem, so that every provider's mistakes show at once.
  if (federation.problems.length > 0) throw new ConfigError(federation.problems.join('\n'))
  const port = env.PORT
  const baseUrl = env.BETTER_AUTH_URL ?? `http://${urlHost(env.HOST)}:${port}`
  return Object.freeze({
    env: env.NODE_ENV,
    port,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL ?? `pglite:${env.DATA_DIR}/pglite`,
    secret: env.BETTER_AUTH_SECRET,
    baseUrl,
    corsOrigins: Object.freeze(splitList(env.CORS_ORIGINS)),
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    rateLimits: env.RATE_LIMITS !== 'off',
    trustProxy: env.TRUST_PROXY,
    cookieSameSite: env.COOKIE_SAMESITE,
    cookieDomain: env.COOKIE_DOMAIN,
    smtp: env.SMTP_HOST === undefined
      ? undefined
      : Object.freeze({ host: env.SMTP_HOST, port: env.SMTP_PORT, user: env.SMTP_USER, password: env.SMTP_PASSWORD }),
    mailFrom: env.SMTP_FROM,
    email: Object.freeze({
      maxAttempts: env.EMAIL_MAX_ATTEMPTS,
      retryBaseMs: env.EMAIL_RETRY_BASE_MS,
      retryMaxMs: Math.max(env.EMAIL_RETRY_MAX_MS, env.EMAIL_RETRY_BASE_MS),
      retentionDays: env.EMAIL_RETENTION_DAYS,
    }),
    notifyNewDevice: env.NOTIFY_NEW_DEVICE === 'true',
    logLevel: env.LOG_LEVEL,
    refreshReuseInterval: env.REFRESH_REUSE_INTERVAL,
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    requireEmailVerification: env.REQUIRE_EMAIL_VERIFICATION === 'true',
    emailSignUp: env.EMAIL_SIGN_UP === 'true',
    introspectionSecret: env.INTROSPECTION_SECRET,
    metricsToken: env.METRICS_TOKEN,
    dataDir: env.DATA_DIR,
    ...emailLinkTargets(env, baseUrl),
    webauthn: Object.freeze({
      rpId: env.WEBAUTHN_RP_ID,
      rpName: env.WEBAUTHN_RP_NAME,
      origins: env.WEBAUTHN_ORIGINS === undefined ? undefined : Object.freeze(splitList(env.WEBAUTHN_ORIGINS)),
    }),
    webhooks: Object.freeze({
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE === 'true',
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: Math.max(env.WEBHOOK_RETRY_MAX_MS, env.WEBHOOK_RETRY_BASE_MS),
      retryWindowMs: env.WEBHOOK_RETRY_HOURS * 3_600_000,
      retentionDays: env.WEBHOOK_RETENTION_DAYS,
    }),
    federation: federation.settings,
  })
}

/**
 * In production the browser allow-list is never the development default (a front end on
 * localhost), and no secret is one an attacker could guess: each would let anyone forge sessions,
 * read sessions of others, or scrape metrics.
 */
function refuseProductionDefaults(given: ReadonlySet<string>, env: Environment): void {
  if (!given.has('CORS_ORIGINS')) {
    throw new ConfigError('CORS_ORIGINS: required in production; list the front-end origins that may call with cookies (e.g. https://app.example.com)')
  }
  const secrets = { BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET, INTROSPECTION_SECRET: env.INTROSPECTION_SECRET, METRICS_TOKEN: env.METRICS_TOKEN }
  for (const [variable, value] of Object.entries(secrets)) {
    if (value !== undefined && isGuessableSecret(value)) {
      throw new ConfigError(`${variable}: guessable (repeated, sequential, placeholder or too few random characters); in production use at least ${MIN_SECRET_BITS} random bits, e.g. \`openssl rand -base64 32\``)
    }
  }
}

/**
 * Where emailed links lead when a request names no target, so that every link works when
 * clicked: by default the first front end listed (an exact origin, not a pattern). The allow-list
 * check of these values runs at start-up with the origin policy (checkEmailLinkTargets).
 */
function emailLinkTargets(env: Environment, baseUrl: string): Pick<Config, 'passwordResetUrl' | 'emailVerificationUrl' | 'emailChangeUndoUrl' | 'emailSignInUrl'> {
  const origins = env.CORS_ORIGINS.split(',').map((origin) => origin.trim())
  const frontEnd = (origins.find((origin) => origin !== '' && !origin.includes('*')) ?? baseUrl).replace(/\/+$/, '')
  return {
    passwordResetUrl: env.PASSWORD_RESET_URL ?? `${frontEnd}/reset-password`,
    emailVerificationUrl: env.EMAIL_VERIFICATION_URL ?? `${frontEnd}/verify-email`,
    emailChangeUndoUrl: env.EMAIL_CHANGE_UNDO_URL ?? `${frontEnd}/undo-email-change`,
    emailSignInUrl: env.EMAIL_SIGN_IN_URL ?? `${frontEnd}/email-sign-in`,
  }
}

function splitList(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter(Boolean)
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}

function describe(variable: string, message: string): string {
  const property = (EnvironmentSchema.properties as Record<string, { anyOf?: Array<{ const?: unknown }> }>)[variable]
  const allowed = property?.anyOf?.map((option) => option.const).filter((value): value is string => typeof value === 'string')
  return allowed?.length ? `must be one of ${allowed.join(', ')}` : message
}
