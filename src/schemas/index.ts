// Generated from openapi.yaml by `npm run generate`. Do not edit.
import { Type, type Static } from 'typebox'

export const UserSchema = Type.Object({
  "id": Type.String(),
  "email": Type.String({"format":"email"}),
  "name": Type.String(),
  "emailVerified": Type.Boolean(),
  "image": Type.Union([Type.String(), Type.Null()]),
  "twoFactorEnabled": Type.Optional(Type.Union([Type.Boolean({"description":"Whether the user signs in with a second factor (TOTP or a backup code)."}), Type.Null()])),
  "createdAt": Type.String({"format":"date-time"}),
  "updatedAt": Type.String({"format":"date-time"}),
})
export type User = Static<typeof UserSchema>

export const SessionSchema = Type.Object({
  "id": Type.String(),
  "userId": Type.String(),
  "token": Type.String({"description":"The raw session token, as stored in `session.token`."}),
  "expiresAt": Type.String({"format":"date-time"}),
  "createdAt": Type.String({"format":"date-time"}),
  "updatedAt": Type.String({"format":"date-time"}),
  "ipAddress": Type.Union([Type.String(), Type.Null()]),
  "userAgent": Type.Union([Type.String(), Type.Null()]),
})
export type Session = Static<typeof SessionSchema>

export const AuthResultSchema = Type.Object({
  "redirect": Type.Boolean(),
  "token": Type.Union([Type.String({"description":"The session token (also in `session.token`); null when no session was created."}), Type.Null()]),
  "url": Type.Optional(Type.Union([Type.String(), Type.Null()])),
  "user": UserSchema,
  "session": Type.Union([SessionSchema, Type.Null()]),
})
export type AuthResult = Static<typeof AuthResultSchema>

export const NewPasswordSchema = Type.String({"minLength":8,"maxLength":128,"x-error-code":"WEAK_PASSWORD","description":"8 to 128 characters."})
export type NewPassword = Static<typeof NewPasswordSchema>

export const ChangePasswordBodySchema = Type.Object({
  "currentPassword": Type.String({"minLength":1,"maxLength":1024}),
  "newPassword": NewPasswordSchema,
  "revokeOtherSessions": Type.Optional(Type.Boolean()),
}, {"additionalProperties":false})
export type ChangePasswordBody = Static<typeof ChangePasswordBodySchema>

export const ChangePasswordResultSchema = Type.Object({
  "token": Type.Union([Type.String({"description":"The new session token when other sessions were revoked, else null."}), Type.Null()]),
  "user": UserSchema,
})
export type ChangePasswordResult = Static<typeof ChangePasswordResultSchema>

export const EmailSchema = Type.String({"format":"email","maxLength":254,"description":"Compared case-insensitively; stored lower-cased."})
export type Email = Static<typeof EmailSchema>

export const EmptyBodySchema = Type.Object({}, {"additionalProperties":false})
export type EmptyBody = Static<typeof EmptyBodySchema>

export const ErrorCodeSchema = Type.Enum(["INVALID_CREDENTIALS","EMAIL_ALREADY_EXISTS","WEAK_PASSWORD","INVALID_TOKEN","INVALID_CODE","INVALID_MFA_CODE","TOKEN_REUSED","MFA_REQUIRED","SESSION_EXPIRED","UNAUTHORIZED","EMAIL_NOT_VERIFIED","INVALID_REDIRECT","VALIDATION_ERROR","FORBIDDEN_ORIGIN","FORBIDDEN","NOT_FOUND","METHOD_NOT_ALLOWED","PAYLOAD_TOO_LARGE","UNSUPPORTED_MEDIA_TYPE","RATE_LIMITED","INTERNAL_ERROR","SERVICE_UNAVAILABLE"], {"description":"Stable; never renamed."})
export type ErrorCode = Static<typeof ErrorCodeSchema>

export const ErrorBodySchema = Type.Object({
  "error": Type.Object({
  "code": ErrorCodeSchema,
  "message": Type.String(),
}),
  "code": ErrorCodeSchema,
  "message": Type.String(),
}, {"description":"`code` and `message` are mirrored at the top level for the Better Auth SDK."})
export type ErrorBody = Static<typeof ErrorBodySchema>

export const FastApiFieldErrorSchema = Type.Object({
  "loc": Type.Array(Type.Union([Type.String(), Type.Integer()])),
  "msg": Type.String(),
  "type": Type.String(),
})
export type FastApiFieldError = Static<typeof FastApiFieldErrorSchema>

export const FastApiErrorSchema = Type.Object({
  "detail": Type.Union([Type.String(), Type.Array(FastApiFieldErrorSchema)]),
})
export type FastApiError = Static<typeof FastApiErrorSchema>

export const HealthSchema = Type.Object({
  "status": Type.Enum(["ok","unavailable"]),
  "database": Type.Enum(["up","down"]),
  "uptimeSeconds": Type.Integer({"minimum":0}),
})
export type Health = Static<typeof HealthSchema>

export const ImageUrlSchema = Type.String({"minLength":1,"maxLength":2048,"pattern":"^[Hh][Tt][Tt][Pp][Ss]?://[^\\s\\\\]+$","description":"An absolute `http` or `https` URL of a profile picture (e.g. `https://images.example.com/avatars/42.png`), without credentials (`user@`) or whitespace; anything else is `VALIDATION_ERROR`."})
export type ImageUrl = Static<typeof ImageUrlSchema>

export const IntrospectionBodySchema = Type.Object({
  "token": Type.String({"minLength":1,"maxLength":4096}),
  "token_type_hint": Type.Optional(Type.Enum(["access_token","auth_token","session_token"])),
}, {"additionalProperties":false})
export type IntrospectionBody = Static<typeof IntrospectionBodySchema>

export const IntrospectionResultSchema = Type.Object({
  "active": Type.Boolean(),
  "sub": Type.Optional(Type.String()),
  "sid": Type.Optional(Type.String()),
  "exp": Type.Optional(Type.Integer()),
  "token_type": Type.Optional(Type.Enum(["access_token","auth_token","session_token"], {"description":"`access_token`: a v1 access JWT (`typ: at+jwt`); `auth_token`: an `/auth` JWT (`typ: auth+jwt`); `session_token`: a session token or signed session cookie value."})),
})
export type IntrospectionResult = Static<typeof IntrospectionResultSchema>

export const JsonWebKeySchema = Type.Object({
  "kid": Type.String(),
  "kty": Type.String(),
  "alg": Type.String(),
  "crv": Type.Optional(Type.String()),
  "x": Type.Optional(Type.String()),
})
export type JsonWebKey = Static<typeof JsonWebKeySchema>

export const JsonWebKeySetSchema = Type.Object({
  "keys": Type.Array(JsonWebKeySchema),
})
export type JsonWebKeySet = Static<typeof JsonWebKeySetSchema>

export const JwtUserSchema = Type.Object({
  "id": Type.String(),
  "email": Type.String({"format":"email"}),
  "name": Type.String(),
  "emailVerified": Type.Boolean(),
})
export type JwtUser = Static<typeof JwtUserSchema>

export const JwtAuthResultSchema = Type.Object({
  "token": Type.String({"description":"A JWT: `sub` (user id), `sid` (session id), `iss`, `aud`, `iat`, `exp`; header `alg: EdDSA` and `kid`."}),
  "user": JwtUserSchema,
})
export type JwtAuthResult = Static<typeof JwtAuthResultSchema>

export const JwtLoginBodySchema = Type.Object({
  "email": EmailSchema,
  "password": Type.String({"minLength":1,"maxLength":1024}),
}, {"additionalProperties":false})
export type JwtLoginBody = Static<typeof JwtLoginBodySchema>

export const JwtLogoutResultSchema = Type.Object({
  "success": Type.Literal(true),
})
export type JwtLogoutResult = Static<typeof JwtLogoutResultSchema>

export const JwtSignupBodySchema = Type.Object({
  "email": EmailSchema,
  "password": NewPasswordSchema,
  "name": Type.String({"minLength":1,"maxLength":200}),
}, {"additionalProperties":false})
export type JwtSignupBody = Static<typeof JwtSignupBodySchema>

export const RedirectUrlSchema = Type.String({"minLength":1,"maxLength":2048,"description":"Where a browser is sent afterwards: a URL on an allowed origin (`CORS_ORIGINS`, or this\nservice's own), or a path, which is on this service. The value is resolved as a browser\nresolves it (WHATWG URL, against `BETTER_AUTH_URL`) and its origin decides; control\ncharacters, spaces, backslashes and credentials (`user@`) are refused (`INVALID_REDIRECT`).\nOmitted, emailed links lead to `PASSWORD_RESET_URL` or `EMAIL_VERIFICATION_URL`.\n"})
export type RedirectUrl = Static<typeof RedirectUrlSchema>

export const PasswordResetRequestBodySchema = Type.Object({
  "email": EmailSchema,
  "redirectTo": Type.Optional(RedirectUrlSchema),
}, {"additionalProperties":false})
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBodySchema>

export const ResetPasswordBodySchema = Type.Object({
  "token": Type.String({"minLength":1,"maxLength":256}),
  "password": Type.Optional(NewPasswordSchema),
  "newPassword": Type.Optional(NewPasswordSchema),
}, {"additionalProperties":false,"description":"The new password is `password` or, as the Better Auth SDK sends it, `newPassword`."})
export type ResetPasswordBody = Static<typeof ResetPasswordBodySchema>

export const RevokeSessionBodySchema = Type.Object({
  "token": Type.String({"minLength":1,"maxLength":256}),
}, {"additionalProperties":false})
export type RevokeSessionBody = Static<typeof RevokeSessionBodySchema>

export const SendVerificationEmailBodySchema = Type.Object({
  "email": EmailSchema,
  "callbackURL": Type.Optional(RedirectUrlSchema),
}, {"additionalProperties":false})
export type SendVerificationEmailBody = Static<typeof SendVerificationEmailBodySchema>

export const SessionStatusSchema = Type.Object({
  "session": Type.Union([SessionSchema, Type.Null()]),
  "user": Type.Union([UserSchema, Type.Null()]),
})
export type SessionStatus = Static<typeof SessionStatusSchema>

export const SessionWithUserSchema = Type.Object({
  "session": SessionSchema,
  "user": UserSchema,
})
export type SessionWithUser = Static<typeof SessionWithUserSchema>

export const SignInEmailBodySchema = Type.Object({
  "email": EmailSchema,
  "password": Type.String({"minLength":1,"maxLength":1024}),
  "callbackURL": Type.Optional(RedirectUrlSchema),
  "rememberMe": Type.Optional(Type.Boolean()),
}, {"additionalProperties":false})
export type SignInEmailBody = Static<typeof SignInEmailBodySchema>

export const SignInResultSchema = Type.Object({
  "kind": Type.Literal("session", {"description":"Always `session`: signed in (a second-factor step answers `two_factor_redirect`)."}),
  "redirect": Type.Boolean(),
  "token": Type.Union([Type.String({"description":"The session token (also in `session.token`); null when no session was created."}), Type.Null()]),
  "url": Type.Optional(Type.Union([Type.String(), Type.Null()])),
  "user": UserSchema,
  "session": Type.Union([SessionSchema, Type.Null()]),
}, {"description":"A completed sign-in: the user, the session, and its token."})
export type SignInResult = Static<typeof SignInResultSchema>

export const SignUpEmailBodySchema = Type.Object({
  "email": EmailSchema,
  "password": NewPasswordSchema,
  "name": Type.String({"minLength":1,"maxLength":200}),
  "image": Type.Optional(ImageUrlSchema),
  "callbackURL": Type.Optional(RedirectUrlSchema),
  "rememberMe": Type.Optional(Type.Boolean()),
}, {"additionalProperties":false})
export type SignUpEmailBody = Static<typeof SignUpEmailBodySchema>

export const SuccessResultSchema = Type.Object({
  "success": Type.Literal(true),
  "status": Type.Literal(true, {"description":"The same as `success`, for the Better Auth SDK."}),
  "message": Type.Optional(Type.String()),
})
export type SuccessResult = Static<typeof SuccessResultSchema>

export const TwoFactorCodeBodySchema = Type.Object({
  "code": Type.String({"minLength":6,"maxLength":32}),
  "trustDevice": Type.Optional(Type.Boolean()),
}, {"additionalProperties":false})
export type TwoFactorCodeBody = Static<typeof TwoFactorCodeBodySchema>

export const TwoFactorRedirectSchema = Type.Object({
  "kind": Type.Literal("two_factor_redirect", {"description":"Always `two_factor_redirect`: a second factor is needed."}),
  "twoFactorRedirect": Type.Literal(true),
  "twoFactorMethods": Type.Optional(Type.Array(Type.String())),
}, {"description":"A sign-in waiting for its second factor; the pending state is in the `better-auth.two_factor` cookie (ten minutes)."})
export type TwoFactorRedirect = Static<typeof TwoFactorRedirectSchema>

export const TwoFactorResultSchema = Type.Object({
  "token": Type.String(),
  "user": UserSchema,
})
export type TwoFactorResult = Static<typeof TwoFactorResultSchema>

export const V1CompleteRegistrationBodySchema = Type.Object({
  "registrationToken": Type.String({"minLength":1,"maxLength":256}),
  "name": Type.Optional(Type.String({"minLength":1,"maxLength":200})),
  "image": Type.Optional(ImageUrlSchema),
}, {"additionalProperties":false})
export type V1CompleteRegistrationBody = Static<typeof V1CompleteRegistrationBodySchema>

export const V1EmailBodySchema = Type.Object({
  "email": EmailSchema,
}, {"additionalProperties":false})
export type V1EmailBody = Static<typeof V1EmailBodySchema>

export const V1LoginBodySchema = Type.Object({
  "email": EmailSchema,
  "password": Type.String({"minLength":1,"maxLength":1024}),
}, {"additionalProperties":false})
export type V1LoginBody = Static<typeof V1LoginBodySchema>

export const V1MeResultSchema = Type.Object({
  "user": UserSchema,
})
export type V1MeResult = Static<typeof V1MeResultSchema>

export const V1MessageResultSchema = Type.Object({
  "success": Type.Literal(true),
  "message": Type.Optional(Type.String()),
})
export type V1MessageResult = Static<typeof V1MessageResultSchema>

export const V1MfaChallengeSchema = Type.Object({
  "kind": Type.Literal("mfa_challenge", {"description":"Always `mfa_challenge`: a second factor is needed."}),
  "mfaRequired": Type.Literal(true),
  "mfaToken": Type.String({"description":"Send it with the code to verify-mfa within ten minutes."}),
})
export type V1MfaChallenge = Static<typeof V1MfaChallengeSchema>

export const V1MfaCodeBodySchema = Type.Object({
  "code": Type.String({"pattern":"^[0-9]{6}$"}),
}, {"additionalProperties":false})
export type V1MfaCodeBody = Static<typeof V1MfaCodeBodySchema>

export const V1MfaSetupResultSchema = Type.Object({
  "totpURI": Type.String({"description":"otpauth:// URI for an authenticator app (as a QR code)."}),
  "backupCodes": Type.Array(Type.String()),
})
export type V1MfaSetupResult = Static<typeof V1MfaSetupResultSchema>

export const V1PasswordBodySchema = Type.Object({
  "password": Type.String({"minLength":1,"maxLength":1024}),
}, {"additionalProperties":false})
export type V1PasswordBody = Static<typeof V1PasswordBodySchema>

export const V1RefreshBodySchema = Type.Object({
  "refreshToken": Type.Optional(Type.String({"minLength":1,"maxLength":256})),
}, {"additionalProperties":false})
export type V1RefreshBody = Static<typeof V1RefreshBodySchema>

export const V1RegisterBodySchema = Type.Object({
  "email": EmailSchema,
  "password": NewPasswordSchema,
  "name": Type.String({"minLength":1,"maxLength":200}),
}, {"additionalProperties":false})
export type V1RegisterBody = Static<typeof V1RegisterBodySchema>

export const V1RegisterResultSchema = Type.Object({
  "user": UserSchema,
  "verificationRequired": Type.Literal(true),
})
export type V1RegisterResult = Static<typeof V1RegisterResultSchema>

export const V1ResetPasswordBodySchema = Type.Object({
  "token": Type.String({"minLength":1,"maxLength":256}),
  "password": NewPasswordSchema,
}, {"additionalProperties":false})
export type V1ResetPasswordBody = Static<typeof V1ResetPasswordBodySchema>

export const V1TokenResultSchema = Type.Object({
  "kind": Type.Literal("tokens", {"description":"Always `tokens`: tells a token answer from `V1MfaChallenge` (`mfa_challenge`) where `login` may answer either."}),
  "user": UserSchema,
  "accessToken": Type.String({"description":"A JWT (EdDSA): sub, sid, iss, aud, iat, exp; verify against /.well-known/jwks.json."}),
  "refreshToken": Type.String({"description":"Opaque; use once, within thirty days."}),
  "expiresIn": Type.Integer({"description":"Seconds the access token is valid (900)."}),
  "tokenType": Type.Literal("Bearer"),
})
export type V1TokenResult = Static<typeof V1TokenResultSchema>

export const V1VerifyCodeBodySchema = Type.Object({
  "email": EmailSchema,
  "code": Type.String({"pattern":"^[0-9]{6}$","description":"The six digits from the email."}),
}, {"additionalProperties":false})
export type V1VerifyCodeBody = Static<typeof V1VerifyCodeBodySchema>

export const V1VerifyCodeResultSchema = Type.Object({
  "registrationToken": Type.String({"description":"Finishes the sign-up once, within fifteen minutes."}),
  "user": UserSchema,
})
export type V1VerifyCodeResult = Static<typeof V1VerifyCodeResultSchema>

export const V1VerifyMfaBodySchema = Type.Object({
  "mfaToken": Type.String({"minLength":1,"maxLength":512}),
  "code": Type.String({"minLength":6,"maxLength":32,"description":"A six-digit TOTP or an unused backup code."}),
}, {"additionalProperties":false})
export type V1VerifyMfaBody = Static<typeof V1VerifyMfaBodySchema>

export const VerifyEmailBodySchema = Type.Object({
  "token": Type.String({"minLength":1,"maxLength":2048}),
}, {"additionalProperties":false})
export type VerifyEmailBody = Static<typeof VerifyEmailBodySchema>

export const VerifyEmailResultSchema = Type.Object({
  "success": Type.Literal(true),
  "status": Type.Literal(true),
  "user": Type.Object({
  "id": Type.String(),
  "emailVerified": Type.Boolean(),
}),
})
export type VerifyEmailResult = Static<typeof VerifyEmailResultSchema>
