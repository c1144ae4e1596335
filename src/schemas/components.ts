// Generated from openapi.yaml by `npm run generate`. Do not edit.
import { Type, type Static } from 'typebox'

export const AccountDeletionBodySchema = Type.Object({
  /** The account's current password. */
  password: Type.String({ minLength: 1, maxLength: 1024 }),
  /** Required for an account with MFA on: a six-digit TOTP code from the authenticator app (each works once), or an unused backup code (spent by it). */
  code: Type.Optional(Type.String({ minLength: 6, maxLength: 32 })),
}, { additionalProperties: false })
export type AccountDeletionBody = Static<typeof AccountDeletionBodySchema>

export const ExportedSessionSchema = Type.Object({
  /** The session's id (not its token). */
  id: Type.String(),
  /** Whether the export was asked for with this session. */
  current: Type.Boolean(),
  ipAddress: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
})
export type ExportedSession = Static<typeof ExportedSessionSchema>

export const ExportedSecurityEventSchema = Type.Object({
  /** What happened: `sign_in.succeeded`, `sign_in.failed`, `sign_out`, `session.revoked`, `password.changed`, `password.reset`, `mfa.enabled`, … */
  type: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  sessionId: Type.Union([Type.String(), Type.Null()]),
  ipAddress: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  /** The operationId of the request that caused it. */
  operation: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Object({
    /** How a sign-in was tried: `password`, `totp`, `backup_code`, `registration_token`, `passkey`, `magic_link`, `email_code`. */
    method: Type.Optional(Type.String()),
    /** The error code a failed attempt was answered with. */
    reason: Type.Optional(Type.String()),
    /** For session revocations: `one`, `others`, or `all` (every session, through the admin API). */
    scope: Type.Optional(Type.String()),
    /** For a confirmed address: `code`, `link` or `password_reset`. */
    via: Type.Optional(Type.String()),
  }),
})
export type ExportedSecurityEvent = Static<typeof ExportedSecurityEventSchema>

/** Everything the service holds about one account, for a data-subject request. Never a secret. */
export const AccountExportSchema = Type.Object({
  exportedAt: Type.String({ format: 'date-time' }),
  profile: Type.Object({
    id: Type.String(),
    email: Type.String({ format: 'email' }),
    name: Type.String(),
    emailVerified: Type.Boolean(),
    image: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  }),
  signInMethods: Type.Object({
    /** Whether the account has a password (never the password or its hash). */
    password: Type.Boolean(),
    /** Whether sign-ins ask for a second factor (never its secret or backup codes). */
    twoFactor: Type.Boolean(),
    /** How the account signs in: `credential` for email and password. */
    providers: Type.Array(Type.String()),
  }),
  /** Every session the service holds for the account (expired ones until they are purged), newest first; never a token. */
  sessions: Type.Array(ExportedSessionSchema),
  /** The account's audit events, newest first, as long as the audit retention keeps them. */
  securityEvents: Type.Array(ExportedSecurityEventSchema),
})
export type AccountExport = Static<typeof AccountExportSchema>

/** Compared case-insensitively; stored lower-cased. */
export const EmailSchema = Type.String({ format: 'email', maxLength: 254 })
export type Email = Static<typeof EmailSchema>

/** Exactly one of `password` and `invite: true`. */
export const AdminNewUserSchema = Type.Object({
  email: EmailSchema,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  /** The password; 8 to 128 characters, or `WEAK_PASSWORD`. */
  password: Type.Optional(Type.String({ maxLength: 1024 })),
  /** With a password: whether the address counts as verified (default false). Not with `invite`, whose acceptance verifies it. */
  emailVerified: Type.Optional(Type.Boolean()),
  /** true: no password; an invitation link goes to the address, valid for seven days. */
  invite: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })
export type AdminNewUser = Static<typeof AdminNewUserSchema>

/** A user, as the admin API shows it. */
export const AdminUserSchema = Type.Object({
  id: Type.String(),
  email: Type.String({ format: 'email' }),
  name: Type.String(),
  emailVerified: Type.Boolean(),
  twoFactorEnabled: Type.Boolean(),
  /** Whether a ban applies now: one that has ended does not. */
  banned: Type.Boolean(),
  /** The reason of the ban that applies; null without one. */
  banReason: Type.Union([Type.String(), Type.Null()]),
  /** When the ban that applies ends; null without one, or for a ban until lifted. */
  banExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type AdminUser = Static<typeof AdminUserSchema>

export const AdminUserBanSchema = Type.Object({
  /** Why, for the people who read the admin API and the audit trail; never shown to the user. */
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  /** When the ban ends by itself; a time to come. Without it, the ban lasts until lifted. A leap second (`:60`), or a time outside years 1 to 9999 (in UTC, once its offset is applied), is refused: 400 `VALIDATION_ERROR`. */
  banExpiresAt: Type.Optional(Type.String({ format: 'date-time' })),
}, { additionalProperties: false })
export type AdminUserBan = Static<typeof AdminUserBanSchema>

export const AdminUserPageSchema = Type.Object({
  /** Newest first. */
  users: Type.Array(AdminUserSchema),
  /** The next (older) page: pass it as `cursor` with the same filters. Null on the last page. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
})
export type AdminUserPage = Static<typeof AdminUserPageSchema>

export const AdminUserUpdateSchema = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  email: Type.Optional(EmailSchema),
  emailVerified: Type.Optional(Type.Boolean()),
}, { minProperties: 1, additionalProperties: false })
export type AdminUserUpdate = Static<typeof AdminUserUpdateSchema>

/** What an API key may do on the admin API. `users:read` lists and reads users and their sessions; `users:write` creates, changes, bans, unbans and deletes users, sends reset links and removes second factors; each of these that answers with a user answers it as written, so this scope reads the users it changes; `sessions:write` ends sessions; `audit:read` reads the audit trail; `webhooks:write` manages webhook endpoints; `keys:write` lists keys, and creates and revokes keys with no scope it does not hold itself. */
export const ApiKeyScopeSchema = Type.Enum([
  'users:read',
  'users:write',
  'sessions:write',
  'audit:read',
  'webhooks:write',
  'keys:write',
])
export type ApiKeyScope = Static<typeof ApiKeyScopeSchema>

/** An API key of the admin API, without the key itself. */
export const ApiKeySchema = Type.Object({
  /** What revoking it takes. */
  id: Type.String(),
  /** Who or what holds it. */
  name: Type.String(),
  /** The key's first twelve characters (`ask_` and eight more), to tell keys apart. */
  prefix: Type.String(),
  scopes: Type.Array(ApiKeyScopeSchema),
  createdAt: Type.String({ format: 'date-time' }),
  /** After this it is refused; null for a key that does not expire. */
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** When it last made a request, to within a minute. */
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** When it was revoked. */
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
})
export type ApiKey = Static<typeof ApiKeySchema>

export const ApiKeyListSchema = Type.Object({
  keys: Type.Array(ApiKeySchema),
})
export type ApiKeyList = Static<typeof ApiKeyListSchema>

/** One event of the audit trail. */
export const AuditEventSchema = Type.Object({
  id: Type.String(),
  /** What happened: `sign_in.succeeded`, `sign_in.failed`, `session.revoked`, `password.changed`, `admin.key_created`, …; `admin.no_change` for an admin call that found nothing to change (its `operation` says which, `detail.apiKeyId` which key). */
  type: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  userId: Type.Union([Type.String(), Type.Null()]),
  /** The address a sign-in was tried with, where no user is known. */
  email: Type.Union([Type.String(), Type.Null()]),
  sessionId: Type.Union([Type.String(), Type.Null()]),
  ipAddress: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  /** The operationId of the request that caused it. */
  operation: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Object({
    /** How a sign-in was tried: `password`, `totp`, `backup_code`, `registration_token`, `passkey`, `magic_link`, `email_code`. */
    method: Type.Optional(Type.String()),
    /** The error code a failed attempt was answered with. */
    reason: Type.Optional(Type.String()),
    /** For session revocations: `one`, `others` or `all`. */
    scope: Type.Optional(Type.String()),
    /** For a confirmed address: `code`, `link` or `password_reset`. */
    via: Type.Optional(Type.String()),
    passkeyId: Type.Optional(Type.String()),
    passkeyName: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    /** For an admin action: the API key that did it. */
    apiKeyId: Type.Optional(Type.String()),
    /** For a key created or revoked: which. */
    targetApiKeyId: Type.Optional(Type.String()),
    /** For a user changed through the admin API: which fields (`name`, `email`, `emailVerified`). */
    fields: Type.Optional(Type.Array(Type.String())),
    /** For `user.banned`: the reason given. */
    banReason: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    /** For `user.banned`: when the ban ends; null for one until lifted. */
    banExpiresAt: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    /** For `user.banned`: how many sessions it ended. */
    revokedSessions: Type.Optional(Type.Integer()),
    /** For `user.created` through the admin API: whether an invitation was sent rather than a password set. */
    invited: Type.Optional(Type.Boolean()),
    /** For `email.change_undone`: how many passkeys registered since the change was asked for were removed. */
    passkeysRemoved: Type.Optional(Type.Integer()),
    /** For `email.change_undone`: how many provider identities linked since the change was asked for were unlinked. */
    identitiesRemoved: Type.Optional(Type.Integer()),
    /** For a webhook endpoint changed, or disabled after failing: which. */
    webhookEndpointId: Type.Optional(Type.String()),
    /** For a webhook delivery re-sent, or whose failure disabled its endpoint: which. */
    webhookDeliveryId: Type.Optional(Type.String()),
  }),
})
export type AuditEvent = Static<typeof AuditEventSchema>

export const AuditEventPageSchema = Type.Object({
  /** Newest first. */
  events: Type.Array(AuditEventSchema),
  /** The next (older) page: pass it as `cursor` with the same filters. Null on the last page. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
})
export type AuditEventPage = Static<typeof AuditEventPageSchema>

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String({ format: 'email' }),
  name: Type.String(),
  emailVerified: Type.Boolean(),
  image: Type.Union([Type.String(), Type.Null()]),
  /** Whether the user signs in with a second factor (TOTP or a backup code). */
  twoFactorEnabled: Type.Optional(Type.Union([Type.Boolean(), Type.Null()])),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type User = Static<typeof UserSchema>

export const SessionSchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  /** The raw session token, as stored in `session.token`. */
  token: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  ipAddress: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
})
export type Session = Static<typeof SessionSchema>

export const AuthResultSchema = Type.Object({
  redirect: Type.Boolean(),
  /** The session token (also in `session.token`); null when no session was created. */
  token: Type.Union([Type.String(), Type.Null()]),
  url: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  user: UserSchema,
  session: Type.Union([SessionSchema, Type.Null()]),
})
export type AuthResult = Static<typeof AuthResultSchema>

/** For an account with a second factor (`twoFactorEnabled`), required beside the password: a six-digit TOTP code (each works once) or an unused backup code (then spent). */
export const SecondFactorCodeSchema = Type.String({ minLength: 6, maxLength: 32 })
export type SecondFactorCode = Static<typeof SecondFactorCodeSchema>

export const ChangeEmailBodySchema = Type.Object({
  newEmail: EmailSchema,
  currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  code: Type.Optional(SecondFactorCodeSchema),
}, { additionalProperties: false })
export type ChangeEmailBody = Static<typeof ChangeEmailBodySchema>

/** 8 to 128 characters. */
export const NewPasswordSchema = Type.String({ minLength: 8, maxLength: 128, 'x-error-code': 'WEAK_PASSWORD' })
export type NewPassword = Static<typeof NewPasswordSchema>

export const ChangePasswordBodySchema = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  newPassword: NewPasswordSchema,
  /** End every other session of the account. Default: `false` on `/api/auth` (as Better Auth has it), `true` on `/api/v1/better-auth` and `/auth`. */
  revokeOtherSessions: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })
export type ChangePasswordBody = Static<typeof ChangePasswordBodySchema>

export const ChangePasswordResultSchema = Type.Object({
  /** The new session token when other sessions were revoked, else null. */
  token: Type.Union([Type.String(), Type.Null()]),
  user: UserSchema,
})
export type ChangePasswordResult = Static<typeof ChangePasswordResultSchema>

export const CreatedApiKeySchema = Type.Object({
  /** The key (`ask_…`), for `Authorization: Bearer`. Shown only here. */
  key: Type.String(),
  apiKey: ApiKeySchema,
})
export type CreatedApiKey = Static<typeof CreatedApiKeySchema>

/**
 * An event a webhook endpoint may receive. The body of each is Standard Webhooks' `{ type,
 * timestamp, data }`; `data` has ids and, where a backend keeps it in step, the account's
 * address, never a password, token, code or IP address: `user.created`, `user.verified`
 * `{ userId, email, emailVerified }`; `user.updated` `{ userId, email, emailVerified, name,
 * fields? }` (an admin change, an address changed or its change undone, a ban lifted:
 * `fields: [banned]`); `user.deleted`,
 * `user.banned`, `password.changed`, `password.reset`, `mfa.enabled`, `mfa.disabled` `{ userId
 * }`; `session.created` `{ userId, sessionId, method }`; `session.revoked` `{ userId,
 * sessionId, scope, cause }` (`cause`: `sign_out` or `revoked`); `sign_in.failed` `{ userId,
 * email, method, reason }` (`userId` and `email` null for an address without an account),
 * sent only to endpoints that list it.
 */
export const WebhookEventTypeSchema = Type.Enum([
  'user.created',
  'user.verified',
  'user.updated',
  'user.deleted',
  'user.banned',
  'session.created',
  'session.revoked',
  'password.changed',
  'password.reset',
  'mfa.enabled',
  'mfa.disabled',
  'sign_in.failed',
])
export type WebhookEventType = Static<typeof WebhookEventTypeSchema>

/** A webhook endpoint, without its signing secret. */
export const WebhookEndpointSchema = Type.Object({
  id: Type.String(),
  url: Type.String({ format: 'uri' }),
  description: Type.String(),
  eventTypes: Type.Array(WebhookEventTypeSchema),
  /** False: nothing is sent to it (disabled through the API, or after its deliveries failed for the whole retry window). */
  enabled: Type.Boolean(),
  /** Why it was disabled. */
  disabledReason: Type.Union([Type.String(), Type.Null()]),
  /** After a rotation: until when the secret before the current one signs too. */
  previousSecretExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type WebhookEndpoint = Static<typeof WebhookEndpointSchema>

export const CreatedWebhookEndpointSchema = Type.Object({
  /** The signing secret (`whsec_…`), for the receiver's Standard Webhooks library. Shown only here. */
  secret: Type.String(),
  endpoint: WebhookEndpointSchema,
})
export type CreatedWebhookEndpoint = Static<typeof CreatedWebhookEndpointSchema>

export const DeleteUserResultSchema = Type.Object({
  success: Type.Literal(true),
  message: Type.Literal('User deleted'),
})
export type DeleteUserResult = Static<typeof DeleteUserResultSchema>

/** What a user agent says about the device it runs on (parsed with bowser); each part is null when the user agent does not tell, as curl's, another backend's or a missing one does not. */
export const DeviceSchema = Type.Object({
  /** The browser: `Chrome`, `Safari`, `Firefox`, `Microsoft Edge`, … */
  browser: Type.Union([Type.String(), Type.Null()]),
  browserVersion: Type.Union([Type.String(), Type.Null()]),
  /** The operating system: `Windows`, `macOS`, `iOS`, `Android`, `Linux`, … */
  os: Type.Union([Type.String(), Type.Null()]),
  osVersion: Type.Union([Type.String(), Type.Null()]),
  /** `desktop`, `mobile`, `tablet`, `tv` or `bot`. */
  platform: Type.Union([Type.String(), Type.Null()]),
})
export type Device = Static<typeof DeviceSchema>

/** One live session of the account, as the device it was signed in on. */
export const DeviceSessionSchema = Type.Object({
  /** The session's opaque id (the `sid` of its tokens), which revoking it takes. Never the session token, and no credential. */
  id: Type.String(),
  /** Whether this is the session the request was made with. */
  current: Type.Boolean(),
  /** When it was signed in. */
  createdAt: Type.String({ format: 'date-time' }),
  /** When it last proved a request (a session cookie, an access or `/auth` token naming it, a refresh), to within five minutes. */
  lastUsedAt: Type.String({ format: 'date-time' }),
  /** When it ends unless used (`/api/auth` sessions) or refreshed (`/api/v1` sessions). */
  expiresAt: Type.String({ format: 'date-time' }),
  /** The client address it was signed in from. */
  ipAddress: Type.Union([Type.String(), Type.Null()]),
  /** The `User-Agent` it was signed in with. */
  userAgent: Type.Union([Type.String(), Type.Null()]),
  device: DeviceSchema,
})
export type DeviceSession = Static<typeof DeviceSessionSchema>

export const DeviceSessionListSchema = Type.Object({
  /** Most recently used first. */
  sessions: Type.Array(DeviceSessionSchema),
})
export type DeviceSessionList = Static<typeof DeviceSessionListSchema>

/** The name of an account created by this sign-in (with `EMAIL_SIGN_UP=true`); ignored for an existing account. */
export const DisplayNameSchema = Type.String({ minLength: 1, maxLength: 100 })
export type DisplayName = Static<typeof DisplayNameSchema>

export const EmailChangeCodeBodySchema = Type.Object({
  /** The six digits sent to the new address. */
  code: Type.String({ pattern: '^[0-9]{6}$' }),
}, { additionalProperties: false })
export type EmailChangeCodeBody = Static<typeof EmailChangeCodeBodySchema>

export const EmailChangeUndoBodySchema = Type.Object({
  /** The token of the link in the notice sent to the old address. */
  token: Type.String({ minLength: 1, maxLength: 256 }),
}, { additionalProperties: false })
export type EmailChangeUndoBody = Static<typeof EmailChangeUndoBodySchema>

export const EmailChangedResultSchema = Type.Object({
  success: Type.Literal(true),
  status: Type.Literal(true),
  user: Type.Object({
    id: Type.String(),
    email: Type.String({ format: 'email' }),
    emailVerified: Type.Boolean(),
  }),
})
export type EmailChangedResult = Static<typeof EmailChangedResultSchema>

/**
 * Where a browser is sent afterwards: a URL on an allowed origin (`CORS_ORIGINS`, or this
 * service's own), or a path, which is on this service. The value is resolved as a browser
 * resolves it (WHATWG URL, against `BETTER_AUTH_URL`) and its origin decides; control
 * characters, spaces, backslashes and credentials (`user@`) are refused (`INVALID_REDIRECT`).
 * Omitted, emailed links lead to `PASSWORD_RESET_URL` or `EMAIL_VERIFICATION_URL`.
 */
export const RedirectUrlSchema = Type.String({ minLength: 1, maxLength: 2048 })
export type RedirectUrl = Static<typeof RedirectUrlSchema>

export const EmailSignInStartBodySchema = Type.Object({
  email: EmailSchema,
  /** The front-end page the emailed link opens, with `?token=` added (default: `EMAIL_SIGN_IN_URL`). */
  redirectTo: Type.Optional(RedirectUrlSchema),
  name: Type.Optional(DisplayNameSchema),
}, { additionalProperties: false })
export type EmailSignInStartBody = Static<typeof EmailSignInStartBodySchema>

/** `email` with `code` (`{ "email": "alex.kim@example.com", "code": "482913" }`), or `token` alone (`{ "token": "hQm3XbE7tZ2pWk9sRf4nLc8vJy6dGa1u" }`). */
export const EmailSignInVerifyBodySchema = Type.Object({
  email: Type.Optional(EmailSchema),
  /** The six-digit code from the email. */
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
  /** The `token` the emailed link carried. */
  token: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
}, { additionalProperties: false })
export type EmailSignInVerifyBody = Static<typeof EmailSignInVerifyBodySchema>

export const EmptyBodySchema = Type.Object({}, { additionalProperties: false })
export type EmptyBody = Static<typeof EmptyBodySchema>

/** Stable; never renamed. */
export const ErrorCodeSchema = Type.Enum([
  'INVALID_CREDENTIALS',
  'EMAIL_ALREADY_EXISTS',
  'WEAK_PASSWORD',
  'INVALID_TOKEN',
  'INVALID_CODE',
  'INVALID_MFA_CODE',
  'TOKEN_REUSED',
  'MFA_REQUIRED',
  'SESSION_EXPIRED',
  'UNAUTHORIZED',
  'EMAIL_NOT_VERIFIED',
  'INVALID_REDIRECT',
  'INVALID_CURSOR',
  'VALIDATION_ERROR',
  'FORBIDDEN_ORIGIN',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
  'INVALID_PASSKEY',
  'PASSKEY_REGISTRATION_FAILED',
  'FRESH_SESSION_REQUIRED',
  'LAST_SIGN_IN_METHOD',
  'USER_BANNED',
  'FEDERATED_SIGN_IN_FAILED',
])
export type ErrorCode = Static<typeof ErrorCodeSchema>

/** `code` and `message` are mirrored at the top level for the Better Auth SDK. */
export const ErrorBodySchema = Type.Object({
  error: Type.Object({
    code: ErrorCodeSchema,
    message: Type.String(),
  }),
  code: ErrorCodeSchema,
  message: Type.String(),
})
export type ErrorBody = Static<typeof ErrorBodySchema>

export const FastApiFieldErrorSchema = Type.Object({
  loc: Type.Array(Type.Union([Type.String(), Type.Integer()])),
  msg: Type.String(),
  type: Type.String(),
})
export type FastApiFieldError = Static<typeof FastApiFieldErrorSchema>

export const FastApiErrorSchema = Type.Object({
  detail: Type.Union([Type.String(), Type.Array(FastApiFieldErrorSchema)]),
})
export type FastApiError = Static<typeof FastApiErrorSchema>

export const FederatedExchangeBodySchema = Type.Object({
  /** The `code` parameter the callback put on `redirectTo`. */
  code: Type.String({ minLength: 1, maxLength: 256 }),
  /** What the start operation answered. */
  codeVerifier: Type.String({ minLength: 1, maxLength: 256 }),
})
export type FederatedExchangeBody = Static<typeof FederatedExchangeBodySchema>

export const FederatedStartBodySchema = Type.Object({
  redirectTo: RedirectUrlSchema,
})
export type FederatedStartBody = Static<typeof FederatedStartBodySchema>

export const FederatedStartResultSchema = Type.Object({
  /** The provider's authorization URL: send the browser there. */
  url: Type.String(),
  /** Keep it in the page; the exchange of the code needs it. Never put it in a URL. */
  codeVerifier: Type.String(),
})
export type FederatedStartResult = Static<typeof FederatedStartResultSchema>

export const HealthSchema = Type.Object({
  status: Type.Enum(['ok', 'unavailable']),
  database: Type.Enum(['up', 'down']),
  uptimeSeconds: Type.Integer({ minimum: 0 }),
})
export type Health = Static<typeof HealthSchema>

export const IdentityLinkCompleteBodySchema = Type.Object({
  /** The `code` parameter the callback put on `redirectTo`. */
  code: Type.String({ minLength: 1, maxLength: 256 }),
  /** What `identities/{provider}/link` answered this page. */
  codeVerifier: Type.String({ minLength: 1, maxLength: 256 }),
})
export type IdentityLinkCompleteBody = Static<typeof IdentityLinkCompleteBodySchema>

export const IdentityLinkStartSchema = Type.Object({
  /** The provider's authorization URL: send the browser there. */
  url: Type.String(),
  /** Keep it in the page; `link/complete` needs it, with this session's credentials. Never put it in a URL. */
  codeVerifier: Type.String(),
})
export type IdentityLinkStart = Static<typeof IdentityLinkStartSchema>

export const IdentityListSchema = Type.Object({
  identities: Type.Array(Type.Object({
    providerId: Type.String(),
    /** The user's id at the provider (`sub`). */
    accountId: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  })),
})
export type IdentityList = Static<typeof IdentityListSchema>

/** An absolute `http` or `https` URL of a profile picture (e.g. `https://images.example.com/avatars/42.png`), without credentials (`user@`) or whitespace; anything else is `VALIDATION_ERROR`. */
export const ImageUrlSchema = Type.String({ minLength: 1, maxLength: 2048, pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s\\\\]+$' })
export type ImageUrl = Static<typeof ImageUrlSchema>

export const IntrospectionBodySchema = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 4096 }),
  token_type_hint: Type.Optional(Type.Enum(['access_token', 'auth_token', 'session_token'])),
}, { additionalProperties: false })
export type IntrospectionBody = Static<typeof IntrospectionBodySchema>

export const IntrospectionResultSchema = Type.Object({
  active: Type.Boolean(),
  sub: Type.Optional(Type.String()),
  sid: Type.Optional(Type.String()),
  exp: Type.Optional(Type.Integer()),
  /** `access_token`: a v1 access JWT (`typ: at+jwt`); `auth_token`: an `/auth` JWT (`typ: auth+jwt`); `session_token`: a session token or signed session cookie value. */
  token_type: Type.Optional(Type.Enum(['access_token', 'auth_token', 'session_token'])),
})
export type IntrospectionResult = Static<typeof IntrospectionResultSchema>

export const JsonWebKeySchema = Type.Object({
  kid: Type.String(),
  kty: Type.String(),
  alg: Type.String(),
  crv: Type.Optional(Type.String()),
  x: Type.Optional(Type.String()),
})
export type JsonWebKey = Static<typeof JsonWebKeySchema>

export const JsonWebKeySetSchema = Type.Object({
  keys: Type.Array(JsonWebKeySchema),
})
export type JsonWebKeySet = Static<typeof JsonWebKeySetSchema>

export const JwtUserSchema = Type.Object({
  id: Type.String(),
  email: Type.String({ format: 'email' }),
  name: Type.String(),
  emailVerified: Type.Boolean(),
})
export type JwtUser = Static<typeof JwtUserSchema>

export const JwtAuthResultSchema = Type.Object({
  /** A JWT: `sub` (user id), `sid` (session id), `iss`, `aud`, `iat`, `exp`; header `alg: EdDSA` and `kid`. */
  token: Type.String(),
  user: JwtUserSchema,
})
export type JwtAuthResult = Static<typeof JwtAuthResultSchema>

export const JwtChangeEmailResultSchema = Type.Object({
  success: Type.Literal(true),
  user: JwtUserSchema,
})
export type JwtChangeEmailResult = Static<typeof JwtChangeEmailResultSchema>

export const JwtLoginBodySchema = Type.Object({
  email: EmailSchema,
  password: Type.String({ minLength: 1, maxLength: 1024 }),
}, { additionalProperties: false })
export type JwtLoginBody = Static<typeof JwtLoginBodySchema>

export const JwtLogoutResultSchema = Type.Object({
  success: Type.Literal(true),
})
export type JwtLogoutResult = Static<typeof JwtLogoutResultSchema>

export const JwtMessageResultSchema = Type.Object({
  success: Type.Literal(true),
  message: Type.String(),
})
export type JwtMessageResult = Static<typeof JwtMessageResultSchema>

export const JwtSignupBodySchema = Type.Object({
  email: EmailSchema,
  password: NewPasswordSchema,
  name: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false })
export type JwtSignupBody = Static<typeof JwtSignupBodySchema>

export const JwtSuccessResultSchema = Type.Object({
  success: Type.Literal(true),
})
export type JwtSuccessResult = Static<typeof JwtSuccessResultSchema>

/** What the Better Auth SDK's `linkSocial()` sends; other fields it may send are ignored. */
export const LinkSocialBodySchema = Type.Object({
  provider: Type.String({ minLength: 1, maxLength: 32 }),
  callbackURL: Type.Optional(RedirectUrlSchema),
  errorCallbackURL: Type.Optional(RedirectUrlSchema),
  disableRedirect: Type.Optional(Type.Boolean()),
})
export type LinkSocialBody = Static<typeof LinkSocialBodySchema>

export const LinkedAccountSchema = Type.Object({
  /** `credential` for the password, else the provider's id. */
  providerId: Type.String(),
  /** The user's id at the provider (`sub`); the user id for `credential`. */
  accountId: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
})
export type LinkedAccount = Static<typeof LinkedAccountSchema>

/** Better Auth's `changeEmail` body (`newEmail`, `callbackURL`), with the re-authentication its own endpoint lacks. */
export const NativeChangeEmailBodySchema = Type.Object({
  newEmail: EmailSchema,
  callbackURL: Type.Optional(RedirectUrlSchema),
  currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  code: Type.Optional(SecondFactorCodeSchema),
}, { additionalProperties: false })
export type NativeChangeEmailBody = Static<typeof NativeChangeEmailBodySchema>

/** A session as Better Auth's `listSessions` gives it (its `token` is what `revoke-session` takes), with the device fields of `DeviceSession`. */
export const NativeDeviceSessionSchema = Type.Object({
  /** The session's opaque id (the `sid` of its tokens). */
  id: Type.String(),
  userId: Type.String(),
  /** The raw session token, as stored in `session.token`, for Better Auth's `revokeSession`. It opens no session by itself (only its signed form does). */
  token: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  ipAddress: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  /** Whether this is the session the request was made with. */
  current: Type.Boolean(),
  /** When it last proved a request, to within five minutes (the same as `updatedAt`). */
  lastUsedAt: Type.String({ format: 'date-time' }),
  device: DeviceSchema,
})
export type NativeDeviceSession = Static<typeof NativeDeviceSessionSchema>

export const NativeMagicLinkBodySchema = Type.Object({
  email: EmailSchema,
  name: Type.Optional(DisplayNameSchema),
  callbackURL: Type.Optional(RedirectUrlSchema),
  newUserCallbackURL: Type.Optional(RedirectUrlSchema),
  errorCallbackURL: Type.Optional(RedirectUrlSchema),
}, { additionalProperties: false })
export type NativeMagicLinkBody = Static<typeof NativeMagicLinkBodySchema>

export const PasskeyClientExtensionResultsSchema = Type.Object({
  credProps: Type.Optional(Type.Object({
    rk: Type.Optional(Type.Boolean()),
  })),
})
export type PasskeyClientExtensionResults = Static<typeof PasskeyClientExtensionResultsSchema>

/** `AuthenticationResponseJSON`: what `navigator.credentials.get()` gave, encoded (`PublicKeyCredential.toJSON()`, or `@simplewebauthn/browser`'s `startAuthentication`). */
export const PasskeyAuthenticationResponseSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 1024 }),
  rawId: Type.String({ minLength: 1, maxLength: 1024 }),
  type: Type.Literal('public-key'),
  response: Type.Object({
    clientDataJSON: Type.String({ minLength: 1, maxLength: 4096 }),
    authenticatorData: Type.String({ minLength: 1, maxLength: 4096 }),
    signature: Type.String({ minLength: 1, maxLength: 2048 }),
    userHandle: Type.Optional(Type.String({ maxLength: 512 })),
  }, { additionalProperties: false }),
  authenticatorAttachment: Type.Optional(Type.Enum(['platform', 'cross-platform'])),
  clientExtensionResults: Type.Optional(PasskeyClientExtensionResultsSchema),
}, { additionalProperties: false })
export type PasskeyAuthenticationResponse = Static<typeof PasskeyAuthenticationResponseSchema>

export const NativePasskeyVerifyAuthenticationBodySchema = Type.Object({
  response: PasskeyAuthenticationResponseSchema,
}, { additionalProperties: false })
export type NativePasskeyVerifyAuthenticationBody = Static<typeof NativePasskeyVerifyAuthenticationBodySchema>

/** `RegistrationResponseJSON`: what `navigator.credentials.create()` gave, encoded (`PublicKeyCredential.toJSON()`, or `@simplewebauthn/browser`'s `startRegistration`). */
export const PasskeyRegistrationResponseSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 1024 }),
  rawId: Type.String({ minLength: 1, maxLength: 1024 }),
  type: Type.Literal('public-key'),
  response: Type.Object({
    clientDataJSON: Type.String({ minLength: 1, maxLength: 4096 }),
    attestationObject: Type.String({ minLength: 1, maxLength: 8192 }),
    authenticatorData: Type.Optional(Type.String({ maxLength: 8192 })),
    transports: Type.Optional(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 8 })),
    publicKeyAlgorithm: Type.Optional(Type.Integer()),
    publicKey: Type.Optional(Type.String({ maxLength: 2048 })),
  }, { additionalProperties: false }),
  authenticatorAttachment: Type.Optional(Type.Enum(['platform', 'cross-platform'])),
  clientExtensionResults: Type.Optional(PasskeyClientExtensionResultsSchema),
}, { additionalProperties: false })
export type PasskeyRegistrationResponse = Static<typeof PasskeyRegistrationResponseSchema>

export const NativePasskeyVerifyRegistrationBodySchema = Type.Object({
  response: PasskeyRegistrationResponseSchema,
  /** A label for the passkey. */
  name: Type.Optional(Type.String({ maxLength: 64 })),
}, { additionalProperties: false })
export type NativePasskeyVerifyRegistrationBody = Static<typeof NativePasskeyVerifyRegistrationBodySchema>

export const NativeSendSignInCodeBodySchema = Type.Object({
  email: EmailSchema,
  /** Only `sign-in`. */
  type: Type.Enum(['sign-in']),
}, { additionalProperties: false })
export type NativeSendSignInCodeBody = Static<typeof NativeSendSignInCodeBodySchema>

export const NativeSignInEmailOtpBodySchema = Type.Object({
  email: EmailSchema,
  /** The six-digit code from the email. */
  otp: Type.String({ minLength: 1, maxLength: 32 }),
  name: Type.Optional(DisplayNameSchema),
}, { additionalProperties: false })
export type NativeSignInEmailOtpBody = Static<typeof NativeSignInEmailOtpBodySchema>

export const NewApiKeySchema = Type.Object({
  /** Who or what will hold it. */
  name: Type.String({ minLength: 1, maxLength: 100 }),
  scopes: Type.Array(ApiKeyScopeSchema, { minItems: 1, maxItems: 6, uniqueItems: true }),
  /** When it stops working; a time to come, no later than the creating key's own expiry. Without it, the key lasts until revoked (only a key that does not expire may create one). A leap second (`:60`), or a time outside years 1 to 9999 (in UTC, once its offset is applied), is refused: 400 `VALIDATION_ERROR`. */
  expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
}, { additionalProperties: false })
export type NewApiKey = Static<typeof NewApiKeySchema>

export const NewWebhookEndpointSchema = Type.Object({
  /** Where events are POSTed: `https://` (or `http://` outside production), no user name or password in it. */
  url: Type.String({ minLength: 1, maxLength: 2048 }),
  /** Who or what receives them. */
  description: Type.Optional(Type.String({ maxLength: 500 })),
  eventTypes: Type.Array(WebhookEventTypeSchema, { minItems: 1, maxItems: 12, uniqueItems: true }),
}, { additionalProperties: false })
export type NewWebhookEndpoint = Static<typeof NewWebhookEndpointSchema>

export const PasskeySchema = Type.Object({
  /** The passkey's id, to rename or remove it. */
  id: Type.String(),
  /** The label its user gave it. */
  name: Type.Union([Type.String(), Type.Null()]),
  userId: Type.String(),
  /** The WebAuthn credential id (base64url). */
  credentialID: Type.String(),
  /** `multiDevice`: a synced passkey (a password manager, a platform keychain). */
  deviceType: Type.Enum(['singleDevice', 'multiDevice']),
  /** Whether the authenticator says the credential is backed up. */
  backedUp: Type.Boolean(),
  /** How the browser reaches the authenticator, comma-separated (`internal`, `hybrid`, `usb`…). */
  transports: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  /** The authenticator model's AAGUID (all zeros when it does not say). */
  aaguid: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  createdAt: Type.String({ format: 'date-time' }),
})
export type Passkey = Static<typeof PasskeySchema>

export const PasskeyCredentialDescriptorSchema = Type.Object({
  /** A credential id (base64url). */
  id: Type.String(),
  type: Type.Literal('public-key'),
  transports: Type.Optional(Type.Array(Type.String())),
})
export type PasskeyCredentialDescriptor = Static<typeof PasskeyCredentialDescriptorSchema>

/** `PublicKeyCredentialRequestOptionsJSON` (WebAuthn Level 3), the input of `navigator.credentials.get()` once decoded. */
export const PasskeyAuthenticationOptionsSchema = Type.Object({
  /** base64url. */
  challenge: Type.String(),
  /** Milliseconds. */
  timeout: Type.Optional(Type.Integer()),
  rpId: Type.Optional(Type.String()),
  /** Absent for a sign-in (the browser offers the discoverable passkeys); the pending user's passkeys for an MFA challenge. */
  allowCredentials: Type.Optional(Type.Array(PasskeyCredentialDescriptorSchema)),
  /** `required`. */
  userVerification: Type.Optional(Type.String()),
  extensions: Type.Optional(Type.Object({})),
  hints: Type.Optional(Type.Array(Type.String())),
})
export type PasskeyAuthenticationOptions = Static<typeof PasskeyAuthenticationOptionsSchema>

export const PasskeyIdBodySchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 128 }),
}, { additionalProperties: false })
export type PasskeyIdBody = Static<typeof PasskeyIdBodySchema>

/** `PublicKeyCredentialCreationOptionsJSON` (WebAuthn Level 3), the input of `navigator.credentials.create()` once decoded (`PublicKeyCredential.parseCreationOptionsFromJSON`, or `@simplewebauthn/browser`). */
export const PasskeyRegistrationOptionsSchema = Type.Object({
  /** base64url. */
  challenge: Type.String(),
  rp: Type.Object({
    /** `WEBAUTHN_RP_NAME`. */
    name: Type.String(),
    /** The rp id (`WEBAUTHN_RP_ID`, or derived from `BETTER_AUTH_URL`). */
    id: Type.String(),
  }),
  user: Type.Object({
    /** A random user handle (base64url), not the account's id. */
    id: Type.String(),
    name: Type.String(),
    displayName: Type.String(),
  }),
  pubKeyCredParams: Type.Array(Type.Object({
    /** A COSE algorithm: -8 EdDSA, -7 ES256, -257 RS256. */
    alg: Type.Integer(),
    type: Type.Literal('public-key'),
  })),
  /** Milliseconds. */
  timeout: Type.Optional(Type.Integer()),
  /** The user's passkeys: an authenticator that holds one does not register again. */
  excludeCredentials: Type.Optional(Type.Array(PasskeyCredentialDescriptorSchema)),
  authenticatorSelection: Type.Optional(Type.Object({
    authenticatorAttachment: Type.Optional(Type.Enum(['platform', 'cross-platform'])),
    /** `required`: a discoverable credential. */
    residentKey: Type.Optional(Type.String()),
    requireResidentKey: Type.Optional(Type.Boolean()),
    /** `required`. */
    userVerification: Type.Optional(Type.String()),
  })),
  /** `none`. */
  attestation: Type.Optional(Type.String()),
  extensions: Type.Optional(Type.Object({
    credProps: Type.Optional(Type.Boolean()),
  })),
  hints: Type.Optional(Type.Array(Type.String())),
})
export type PasskeyRegistrationOptions = Static<typeof PasskeyRegistrationOptionsSchema>

export const PasskeyUpdateBodySchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 128 }),
  name: Type.String({ minLength: 1, maxLength: 64 }),
}, { additionalProperties: false })
export type PasskeyUpdateBody = Static<typeof PasskeyUpdateBodySchema>

export const PasskeyUpdateResultSchema = Type.Object({
  passkey: PasskeySchema,
})
export type PasskeyUpdateResult = Static<typeof PasskeyUpdateResultSchema>

export const PasswordResetRequestBodySchema = Type.Object({
  email: EmailSchema,
  redirectTo: Type.Optional(RedirectUrlSchema),
}, { additionalProperties: false })
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBodySchema>

export const ProviderListSchema = Type.Object({
  providers: Type.Array(Type.Object({
    /** The id in start paths and in the callback path. */
    id: Type.String(),
    /** What to show. */
    name: Type.String(),
    /** `oidc`: OpenID Connect (an id_token, verified); `oauth2`: GitHub, without an id_token. */
    type: Type.Enum(['oidc', 'oauth2']),
  })),
})
export type ProviderList = Static<typeof ProviderListSchema>

/** The new password is `password` or, as the Better Auth SDK sends it, `newPassword`. */
export const ResetPasswordBodySchema = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 256 }),
  password: Type.Optional(NewPasswordSchema),
  newPassword: Type.Optional(NewPasswordSchema),
}, { additionalProperties: false })
export type ResetPasswordBody = Static<typeof ResetPasswordBodySchema>

export const RevokeSessionBodySchema = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 256 }),
}, { additionalProperties: false })
export type RevokeSessionBody = Static<typeof RevokeSessionBodySchema>

export const RevokedSessionsSchema = Type.Object({
  /** How many sessions ended. */
  revoked: Type.Integer({ minimum: 0 }),
})
export type RevokedSessions = Static<typeof RevokedSessionsSchema>

/**
 * What happened. New types may be added in any version: show an unknown one as a generic
 * security event rather than failing.
 *
 * - `sign_in.succeeded`, `sign_in.failed` (a wrong password or code, an unverified address),
 *   `sign_in.second_factor_required` (the password was right; a second factor was asked for)
 * - `sign_out`, `session.revoked`, `refresh_token.reused` (a refresh token presented again
 *   after it was replaced: taken for theft, its session was ended)
 * - `password.changed`, `password.reset`
 * - `email.verified`, `email.change_requested`, `email.changed`, `email.change_undone`
 * - `mfa.setup`, `mfa.enabled`, `mfa.disabled`, `passkey.added`, `passkey.removed`
 * - `user.deleted`
 */
export const SecurityEventTypeSchema = Type.Enum([
  'sign_in.succeeded',
  'sign_in.failed',
  'sign_in.second_factor_required',
  'sign_out',
  'session.revoked',
  'refresh_token.reused',
  'password.changed',
  'password.reset',
  'email.verified',
  'email.change_requested',
  'email.changed',
  'email.change_undone',
  'mfa.setup',
  'mfa.enabled',
  'mfa.disabled',
  'passkey.added',
  'passkey.removed',
  'user.deleted',
])
export type SecurityEventType = Static<typeof SecurityEventTypeSchema>

export const SecurityEventSchema = Type.Object({
  type: SecurityEventTypeSchema,
  occurredAt: Type.String({ format: 'date-time' }),
  /** The client address of the request that caused it. */
  ipAddress: Type.Union([Type.String(), Type.Null()]),
  /** That request's `User-Agent`. */
  userAgent: Type.Union([Type.String(), Type.Null()]),
  device: DeviceSchema,
  /** How a sign-in was proved or tried: `password`, `totp`, `backup_code`, `registration_token`, `passkey`, `magic_link`, `email_code` (more may appear); null for other events. */
  method: Type.Union([Type.String(), Type.Null()]),
  /** The session it concerns (its `id` in the list of sessions), when there is one. */
  sessionId: Type.Union([Type.String(), Type.Null()]),
})
export type SecurityEvent = Static<typeof SecurityEventSchema>

export const SecurityEventPageSchema = Type.Object({
  /** Newest first. */
  events: Type.Array(SecurityEventSchema),
  /** The next (older) page: pass it as `cursor`. Null on the last page. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
})
export type SecurityEventPage = Static<typeof SecurityEventPageSchema>

export const SendVerificationEmailBodySchema = Type.Object({
  email: EmailSchema,
  callbackURL: Type.Optional(RedirectUrlSchema),
}, { additionalProperties: false })
export type SendVerificationEmailBody = Static<typeof SendVerificationEmailBodySchema>

export const SessionStatusSchema = Type.Object({
  session: Type.Union([SessionSchema, Type.Null()]),
  user: Type.Union([UserSchema, Type.Null()]),
})
export type SessionStatus = Static<typeof SessionStatusSchema>

export const SessionWithUserSchema = Type.Object({
  session: SessionSchema,
  user: UserSchema,
})
export type SessionWithUser = Static<typeof SessionWithUserSchema>

export const SignInEmailBodySchema = Type.Object({
  email: EmailSchema,
  password: Type.String({ minLength: 1, maxLength: 1024 }),
  callbackURL: Type.Optional(RedirectUrlSchema),
  rememberMe: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })
export type SignInEmailBody = Static<typeof SignInEmailBodySchema>

/** A completed sign-in: the user, the session, and its token. */
export const SignInResultSchema = Type.Object({
  /** Always `session`: signed in (a second-factor step answers `two_factor_redirect`). */
  kind: Type.Literal('session'),
  redirect: Type.Boolean(),
  /** The session token (also in `session.token`); null when no session was created. */
  token: Type.Union([Type.String(), Type.Null()]),
  url: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  user: UserSchema,
  session: Type.Union([SessionSchema, Type.Null()]),
})
export type SignInResult = Static<typeof SignInResultSchema>

export const SignUpEmailBodySchema = Type.Object({
  email: EmailSchema,
  password: NewPasswordSchema,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  image: Type.Optional(ImageUrlSchema),
  callbackURL: Type.Optional(RedirectUrlSchema),
  rememberMe: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })
export type SignUpEmailBody = Static<typeof SignUpEmailBodySchema>

/** What the Better Auth SDK's `signIn.social()` sends; other fields it may send are ignored. */
export const SocialSignInBodySchema = Type.Object({
  /** The provider's id (`GET /api/v1/providers`). */
  provider: Type.String({ minLength: 1, maxLength: 32 }),
  callbackURL: Type.Optional(RedirectUrlSchema),
  errorCallbackURL: Type.Optional(RedirectUrlSchema),
  newUserCallbackURL: Type.Optional(RedirectUrlSchema),
  /** Answer `redirect: false`, so the SDK does not navigate by itself. */
  disableRedirect: Type.Optional(Type.Boolean()),
  /** The address to suggest at the provider (`login_hint`). */
  loginHint: Type.Optional(Type.String({ maxLength: 320 })),
})
export type SocialSignInBody = Static<typeof SocialSignInBodySchema>

export const SocialSignInResultSchema = Type.Object({
  /** The provider's authorization URL. */
  url: Type.String(),
  /** Whether the SDK should send the browser there itself. */
  redirect: Type.Boolean(),
})
export type SocialSignInResult = Static<typeof SocialSignInResultSchema>

export const SuccessResultSchema = Type.Object({
  success: Type.Literal(true),
  /** The same as `success`, for the Better Auth SDK. */
  status: Type.Literal(true),
  message: Type.Optional(Type.String()),
})
export type SuccessResult = Static<typeof SuccessResultSchema>

export const TwoFactorCodeBodySchema = Type.Object({
  code: Type.String({ minLength: 6, maxLength: 32 }),
  trustDevice: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })
export type TwoFactorCodeBody = Static<typeof TwoFactorCodeBodySchema>

/** A sign-in waiting for its second factor; the pending state is in the `better-auth.two_factor` cookie (ten minutes). */
export const TwoFactorRedirectSchema = Type.Object({
  /** Always `two_factor_redirect`: a second factor is needed. */
  kind: Type.Literal('two_factor_redirect'),
  twoFactorRedirect: Type.Literal(true),
  twoFactorMethods: Type.Optional(Type.Array(Type.String())),
})
export type TwoFactorRedirect = Static<typeof TwoFactorRedirectSchema>

export const TwoFactorResultSchema = Type.Object({
  token: Type.String(),
  user: UserSchema,
})
export type TwoFactorResult = Static<typeof TwoFactorResultSchema>

export const UnlinkAccountBodySchema = Type.Object({
  providerId: Type.String({ minLength: 1, maxLength: 32 }),
})
export type UnlinkAccountBody = Static<typeof UnlinkAccountBodySchema>

export const V1ChangeEmailResultSchema = Type.Object({
  success: Type.Literal(true),
  user: UserSchema,
})
export type V1ChangeEmailResult = Static<typeof V1ChangeEmailResultSchema>

export const V1CompleteRegistrationBodySchema = Type.Object({
  registrationToken: Type.String({ minLength: 1, maxLength: 256 }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  image: Type.Optional(ImageUrlSchema),
}, { additionalProperties: false })
export type V1CompleteRegistrationBody = Static<typeof V1CompleteRegistrationBodySchema>

export const V1EmailBodySchema = Type.Object({
  email: EmailSchema,
}, { additionalProperties: false })
export type V1EmailBody = Static<typeof V1EmailBodySchema>

export const V1LoginBodySchema = Type.Object({
  email: EmailSchema,
  password: Type.String({ minLength: 1, maxLength: 1024 }),
}, { additionalProperties: false })
export type V1LoginBody = Static<typeof V1LoginBodySchema>

export const V1MeResultSchema = Type.Object({
  user: UserSchema,
})
export type V1MeResult = Static<typeof V1MeResultSchema>

export const V1MessageResultSchema = Type.Object({
  success: Type.Literal(true),
  message: Type.Optional(Type.String()),
})
export type V1MessageResult = Static<typeof V1MessageResultSchema>

export const V1MfaChallengeSchema = Type.Object({
  /** Always `mfa_challenge`: a second factor is needed. */
  kind: Type.Literal('mfa_challenge'),
  mfaRequired: Type.Literal(true),
  /** Send it with the code to verify-mfa within ten minutes. */
  mfaToken: Type.String(),
})
export type V1MfaChallenge = Static<typeof V1MfaChallengeSchema>

export const V1MfaCodeBodySchema = Type.Object({
  code: Type.String({ pattern: '^[0-9]{6}$' }),
}, { additionalProperties: false })
export type V1MfaCodeBody = Static<typeof V1MfaCodeBodySchema>

export const V1MfaSetupResultSchema = Type.Object({
  /** otpauth:// URI for an authenticator app (as a QR code). */
  totpURI: Type.String(),
  backupCodes: Type.Array(Type.String()),
})
export type V1MfaSetupResult = Static<typeof V1MfaSetupResultSchema>

export const V1PasskeyAssertionSchema = Type.Object({
  /** From `passkeys/login/options`. */
  challengeToken: Type.String({ minLength: 1, maxLength: 256 }),
  response: PasskeyAuthenticationResponseSchema,
}, { additionalProperties: false })
export type V1PasskeyAssertion = Static<typeof V1PasskeyAssertionSchema>

export const V1PasskeyCreationChallengeSchema = Type.Object({
  /** Names the challenge; send it back with the answer. Good for five minutes, once. */
  challengeToken: Type.String(),
  options: PasskeyRegistrationOptionsSchema,
})
export type V1PasskeyCreationChallenge = Static<typeof V1PasskeyCreationChallengeSchema>

export const V1PasskeyListSchema = Type.Object({
  passkeys: Type.Array(PasskeySchema),
})
export type V1PasskeyList = Static<typeof V1PasskeyListSchema>

export const V1PasskeyLoginOptionsBodySchema = Type.Object({
  /** The `mfaToken` of a `login` that asked for a second factor: the options then list that user's passkeys. */
  mfaToken: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
}, { additionalProperties: false })
export type V1PasskeyLoginOptionsBody = Static<typeof V1PasskeyLoginOptionsBodySchema>

export const V1PasskeyRegisterOptionsBodySchema = Type.Object({
  /** `platform` for the device's own authenticator, `cross-platform` for a security key or a phone. */
  authenticatorAttachment: Type.Optional(Type.Enum(['platform', 'cross-platform'])),
}, { additionalProperties: false })
export type V1PasskeyRegisterOptionsBody = Static<typeof V1PasskeyRegisterOptionsBodySchema>

export const V1PasskeyRegisterVerifyBodySchema = Type.Object({
  challengeToken: Type.String({ minLength: 1, maxLength: 256 }),
  response: PasskeyRegistrationResponseSchema,
  /** A label for the passkey. */
  name: Type.Optional(Type.String({ maxLength: 64 })),
}, { additionalProperties: false })
export type V1PasskeyRegisterVerifyBody = Static<typeof V1PasskeyRegisterVerifyBodySchema>

export const V1PasskeyRequestChallengeSchema = Type.Object({
  /** Names the challenge; send it back with the answer. Good for five minutes, once. */
  challengeToken: Type.String(),
  options: PasskeyAuthenticationOptionsSchema,
})
export type V1PasskeyRequestChallenge = Static<typeof V1PasskeyRequestChallengeSchema>

export const V1PasswordBodySchema = Type.Object({
  password: Type.String({ minLength: 1, maxLength: 1024 }),
}, { additionalProperties: false })
export type V1PasswordBody = Static<typeof V1PasswordBodySchema>

export const V1RefreshBodySchema = Type.Object({
  refreshToken: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
}, { additionalProperties: false })
export type V1RefreshBody = Static<typeof V1RefreshBodySchema>

export const V1RegisterBodySchema = Type.Object({
  email: EmailSchema,
  password: NewPasswordSchema,
  name: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false })
export type V1RegisterBody = Static<typeof V1RegisterBodySchema>

export const V1RegisterResultSchema = Type.Object({
  user: UserSchema,
  verificationRequired: Type.Literal(true),
})
export type V1RegisterResult = Static<typeof V1RegisterResultSchema>

export const V1ResetPasswordBodySchema = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 256 }),
  password: NewPasswordSchema,
}, { additionalProperties: false })
export type V1ResetPasswordBody = Static<typeof V1ResetPasswordBodySchema>

export const V1RevokeOtherSessionsResultSchema = Type.Object({
  success: Type.Literal(true),
  message: Type.String(),
  /** How many sessions were ended. */
  revoked: Type.Integer({ minimum: 0 }),
})
export type V1RevokeOtherSessionsResult = Static<typeof V1RevokeOtherSessionsResultSchema>

export const V1TokenResultSchema = Type.Object({
  /** Always `tokens`: tells a token answer from `V1MfaChallenge` (`mfa_challenge`) where `login` may answer either. */
  kind: Type.Literal('tokens'),
  user: UserSchema,
  /** A JWT (EdDSA): sub, sid, iss, aud, iat, exp; verify against /.well-known/jwks.json. */
  accessToken: Type.String(),
  /** Opaque; use once, within thirty days. */
  refreshToken: Type.String(),
  /** Seconds the access token is valid (900). */
  expiresIn: Type.Integer(),
  tokenType: Type.Literal('Bearer'),
})
export type V1TokenResult = Static<typeof V1TokenResultSchema>

export const V1VerifyCodeBodySchema = Type.Object({
  email: EmailSchema,
  /** The six digits from the email. */
  code: Type.String({ pattern: '^[0-9]{6}$' }),
}, { additionalProperties: false })
export type V1VerifyCodeBody = Static<typeof V1VerifyCodeBodySchema>

export const V1VerifyCodeResultSchema = Type.Object({
  /** Finishes the sign-up once, within fifteen minutes. */
  registrationToken: Type.String(),
  user: UserSchema,
})
export type V1VerifyCodeResult = Static<typeof V1VerifyCodeResultSchema>

/** The `mfaToken` of `login`, and exactly one second factor: `code`, or `passkey`. */
export const V1VerifyMfaBodySchema = Type.Object({
  mfaToken: Type.String({ minLength: 1, maxLength: 512 }),
  /** A six-digit TOTP or an unused backup code. */
  code: Type.Optional(Type.String({ minLength: 6, maxLength: 32 })),
  /** An assertion of one of the user's passkeys, for the options `passkeys/login/options` gave for this `mfaToken`. */
  passkey: Type.Optional(V1PasskeyAssertionSchema),
}, { additionalProperties: false })
export type V1VerifyMfaBody = Static<typeof V1VerifyMfaBodySchema>

export const VerifyEmailBodySchema = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 2048 }),
}, { additionalProperties: false })
export type VerifyEmailBody = Static<typeof VerifyEmailBodySchema>

export const VerifyEmailResultSchema = Type.Object({
  success: Type.Literal(true),
  status: Type.Literal(true),
  user: Type.Object({
    id: Type.String(),
    emailVerified: Type.Boolean(),
  }),
})
export type VerifyEmailResult = Static<typeof VerifyEmailResultSchema>

/** One POST of a delivery, as the receiver answered it. */
export const WebhookAttemptSchema = Type.Object({
  attemptedAt: Type.String({ format: 'date-time' }),
  /** The receiver's HTTP status; a 2xx is success. Null when no answer came. */
  statusCode: Type.Union([Type.Integer(), Type.Null()]),
  durationMs: Type.Integer({ minimum: 0 }),
  /** The first KiB of the receiver's answer, as text. */
  responseExcerpt: Type.Union([Type.String({ maxLength: 1024 }), Type.Null()]),
  /** Why no answer came: refused, timed out, a non-public address. */
  error: Type.Union([Type.String(), Type.Null()]),
})
export type WebhookAttempt = Static<typeof WebhookAttemptSchema>

/** One event to one endpoint. */
export const WebhookDeliverySchema = Type.Object({
  id: Type.String(),
  /** The event's `webhook-id`: the same on every attempt and every re-send. */
  webhookId: Type.String(),
  eventType: WebhookEventTypeSchema,
  /** `pending` until a 2xx (`sent`), or `dead` once retries ran out or the endpoint was disabled. */
  state: Type.Enum(['pending', 'sent', 'dead']),
  createdAt: Type.String({ format: 'date-time' }),
  nextAttemptAt: Type.String({ format: 'date-time' }),
  /** After a failure past this time it is dead-lettered. */
  giveUpAt: Type.String({ format: 'date-time' }),
  deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  /** Oldest first. */
  attempts: Type.Array(WebhookAttemptSchema),
})
export type WebhookDelivery = Static<typeof WebhookDeliverySchema>

export const WebhookDeliveryPageSchema = Type.Object({
  /** Newest first. */
  deliveries: Type.Array(WebhookDeliverySchema),
  /** The next (older) page: pass it as `cursor`. Null on the last page. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
})
export type WebhookDeliveryPage = Static<typeof WebhookDeliveryPageSchema>

export const WebhookEndpointListSchema = Type.Object({
  endpoints: Type.Array(WebhookEndpointSchema),
})
export type WebhookEndpointList = Static<typeof WebhookEndpointListSchema>

export const WebhookEndpointUpdateSchema = Type.Object({
  url: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
  description: Type.Optional(Type.String({ maxLength: 500 })),
  eventTypes: Type.Optional(Type.Array(WebhookEventTypeSchema, { minItems: 1, maxItems: 12, uniqueItems: true })),
  /** False disables the endpoint; true enables it again. */
  enabled: Type.Optional(Type.Boolean()),
}, { minProperties: 1, additionalProperties: false })
export type WebhookEndpointUpdate = Static<typeof WebhookEndpointUpdateSchema>

export const WebhookSecretRotationSchema = Type.Object({
  /** How long the secret before keeps signing alongside the new one. */
  overlapSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 604800, default: 86400 })),
}, { additionalProperties: false })
export type WebhookSecretRotation = Static<typeof WebhookSecretRotationSchema>
