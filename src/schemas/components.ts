// Generated from openapi.yaml by `npm run generate`. Do not edit.
import { Type, type Static } from 'typebox'

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

/** Compared case-insensitively; stored lower-cased. */
export const EmailSchema = Type.String({ format: 'email', maxLength: 254 })
export type Email = Static<typeof EmailSchema>

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

export const HealthSchema = Type.Object({
  status: Type.Enum(['ok', 'unavailable']),
  database: Type.Enum(['up', 'down']),
  uptimeSeconds: Type.Integer({ minimum: 0 }),
})
export type Health = Static<typeof HealthSchema>

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

/**
 * Where a browser is sent afterwards: a URL on an allowed origin (`CORS_ORIGINS`, or this
 * service's own), or a path, which is on this service. The value is resolved as a browser
 * resolves it (WHATWG URL, against `BETTER_AUTH_URL`) and its origin decides; control
 * characters, spaces, backslashes and credentials (`user@`) are refused (`INVALID_REDIRECT`).
 * Omitted, emailed links lead to `PASSWORD_RESET_URL` or `EMAIL_VERIFICATION_URL`.
 */
export const RedirectUrlSchema = Type.String({ minLength: 1, maxLength: 2048 })
export type RedirectUrl = Static<typeof RedirectUrlSchema>

/** Better Auth's `changeEmail` body (`newEmail`, `callbackURL`), with the re-authentication its own endpoint lacks. */
export const NativeChangeEmailBodySchema = Type.Object({
  newEmail: EmailSchema,
  callbackURL: Type.Optional(RedirectUrlSchema),
  currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  code: Type.Optional(SecondFactorCodeSchema),
}, { additionalProperties: false })
export type NativeChangeEmailBody = Static<typeof NativeChangeEmailBodySchema>

export const PasswordResetRequestBodySchema = Type.Object({
  email: EmailSchema,
  redirectTo: Type.Optional(RedirectUrlSchema),
}, { additionalProperties: false })
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBodySchema>

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

export const V1VerifyMfaBodySchema = Type.Object({
  mfaToken: Type.String({ minLength: 1, maxLength: 512 }),
  /** A six-digit TOTP or an unused backup code. */
  code: Type.String({ minLength: 6, maxLength: 32 }),
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
