// Generated from openapi.yaml by `npm run generate`. Do not edit.
import type {
  AuthResult,
  ChangeEmailBody,
  ChangePasswordBody,
  ChangePasswordResult,
  EmailChangeCodeBody,
  EmailChangeUndoBody,
  EmailChangedResult,
  EmptyBody,
  FastApiError,
  Health,
  IntrospectionBody,
  IntrospectionResult,
  JsonWebKeySet,
  JwtAuthResult,
  JwtChangeEmailResult,
  JwtLoginBody,
  JwtLogoutResult,
  JwtMessageResult,
  JwtSignupBody,
  JwtUser,
  NativeChangeEmailBody,
  PasswordResetRequestBody,
  ResetPasswordBody,
  RevokeSessionBody,
  SendVerificationEmailBody,
  Session,
  SessionStatus,
  SessionWithUser,
  SignInEmailBody,
  SignInResult,
  SignUpEmailBody,
  SuccessResult,
  TwoFactorCodeBody,
  TwoFactorRedirect,
  TwoFactorResult,
  V1ChangeEmailResult,
  V1CompleteRegistrationBody,
  V1EmailBody,
  V1LoginBody,
  V1MeResult,
  V1MessageResult,
  V1MfaChallenge,
  V1MfaCodeBody,
  V1MfaSetupResult,
  V1PasswordBody,
  V1RefreshBody,
  V1RegisterBody,
  V1RegisterResult,
  V1ResetPasswordBody,
  V1TokenResult,
  V1VerifyCodeBody,
  V1VerifyCodeResult,
  V1VerifyMfaBody,
  VerifyEmailBody,
  VerifyEmailResult,
} from './components.js'

/** POST /api/auth/sign-up/email: Create an account with email and password, and sign in */
export interface SignUpEmailOperation {
  body: SignUpEmailBody
  reply: {
    200: AuthResult
    400: { error: { code: 'EMAIL_ALREADY_EXISTS' | 'WEAK_PASSWORD' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'EMAIL_ALREADY_EXISTS' | 'WEAK_PASSWORD' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/sign-in/email: Sign in with email and password */
export interface SignInEmailOperation {
  body: SignInEmailBody
  reply: {
    200: SignInResult | TwoFactorRedirect
    400: { error: { code: 'INVALID_CREDENTIALS' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CREDENTIALS' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/sign-out: Delete the current session and clear the cookie */
export interface SignOutOperation {
  body: EmptyBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/get-session: The current session and user, or null (Better Auth SDK) */
export interface GetSessionOperation {
  reply: {
    200: SessionWithUser | null
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/session: The current session and user, with nulls when not signed in */
export interface GetSessionStatusOperation {
  reply: {
    200: SessionStatus
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/forgot-password: Email a password-reset link (valid for one hour) */
export interface ForgotPasswordOperation {
  body: PasswordResetRequestBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/request-password-reset: Email a password-reset link (Better Auth SDK) */
export interface RequestPasswordResetOperation {
  body: PasswordResetRequestBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/reset-password/{token}: The link in the reset email; redirects to the front end with the token */
export interface ResetPasswordCallbackOperation {
  params: { token: string }
  query: { callbackURL?: string }
  reply: {
    302: undefined
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/reset-password: Set a new password with the token from the reset email */
export interface ResetPasswordOperation {
  body: ResetPasswordBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'INVALID_TOKEN' | 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/verify-email: The link in the verification email (Better Auth SDK) */
export interface VerifyEmailOperation {
  query: { token: string; callbackURL?: string }
  reply: {
    200: VerifyEmailResult
    302: undefined
    400: { error: { code: 'INVALID_TOKEN' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/verify-email: Verify an email address with the token from the verification email */
export interface VerifyEmailTokenOperation {
  body: VerifyEmailBody
  reply: {
    200: VerifyEmailResult
    400: { error: { code: 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/send-verification-email: Email a verification link */
export interface SendVerificationEmailOperation {
  body: SendVerificationEmailBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/change-password: Change the password of the signed-in user */
export interface ChangePasswordOperation {
  body: ChangePasswordBody
  reply: {
    200: ChangePasswordResult
    400: { error: { code: 'INVALID_CREDENTIALS' | 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CREDENTIALS' | 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/change-email: Ask to change the email address of the signed-in user (Better Auth SDK) */
export interface NativeChangeEmailOperation {
  body: NativeChangeEmailBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'INVALID_CREDENTIALS' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CREDENTIALS' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED' | 'MFA_REQUIRED' | 'INVALID_MFA_CODE'; message: string }; code: 'SESSION_EXPIRED' | 'MFA_REQUIRED' | 'INVALID_MFA_CODE'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/change-email/verify: The link sent to the new address: confirms the change */
export interface NativeVerifyEmailChangeOperation {
  query: { token: string; callbackURL?: string }
  reply: {
    200: EmailChangedResult
    302: undefined
    400: { error: { code: 'INVALID_TOKEN' | 'EMAIL_ALREADY_EXISTS' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'EMAIL_ALREADY_EXISTS' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/change-email/undo: The link in the notice sent to the old address: on to the undo page */
export interface NativeUndoEmailChangeCallbackOperation {
  query: { token: string; callbackURL?: string }
  reply: {
    302: undefined
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/change-email/undo: Undo a change of email address with the token sent to the old address */
export interface NativeUndoEmailChangeOperation {
  body: EmailChangeUndoBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'INVALID_TOKEN' | 'EMAIL_ALREADY_EXISTS' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'EMAIL_ALREADY_EXISTS' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/list-sessions: The signed-in user's active sessions */
export interface ListSessionsOperation {
  reply: {
    200: Session[]
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/revoke-session: Revoke one of the signed-in user's sessions by its token */
export interface RevokeSessionOperation {
  body: RevokeSessionBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/revoke-other-sessions: Revoke every session of the signed-in user but the current one */
export interface RevokeOtherSessionsOperation {
  body: EmptyBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/two-factor/verify-totp: Finish a two-factor sign-in with a TOTP code (Better Auth SDK) */
export interface VerifyTotpOperation {
  body: TwoFactorCodeBody
  reply: {
    200: TwoFactorResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/two-factor/verify-backup-code: Finish a two-factor sign-in with a backup code (Better Auth SDK) */
export interface VerifyBackupCodeOperation {
  body: TwoFactorCodeBody
  reply: {
    200: TwoFactorResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/health: Whether the service and its database answer */
export interface GetHealthOperation {
  reply: {
    200: Health
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: Health
  }
}

/** HEAD /api/v1/health: Health as a status code only (`curl -I`) */
export interface HeadHealthOperation {
  reply: {
    200: undefined
    503: undefined
  }
}

/** POST /auth/signup: Create an account and get a JWT */
export interface AuthSignupOperation {
  body: JwtSignupBody
  reply: {
    200: JwtAuthResult
    403: FastApiError
    409: FastApiError
    413: FastApiError
    415: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /auth/login: Sign in and get a JWT */
export interface AuthLoginOperation {
  body: JwtLoginBody
  reply: {
    200: JwtAuthResult
    401: FastApiError
    403: FastApiError
    413: FastApiError
    415: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /auth/logout: Revoke the session behind the token and clear the cookie */
export interface AuthLogoutOperation {
  body: EmptyBody
  reply: {
    200: JwtLogoutResult
    403: FastApiError
    413: FastApiError
    415: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** GET /auth/me: The user behind the token */
export interface AuthMeOperation {
  reply: {
    200: JwtUser
    401: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /auth/change-password: Change the password with the current one */
export interface JwtChangePasswordOperation {
  body: ChangePasswordBody
  reply: {
    200: JwtMessageResult
    401: FastApiError
    403: FastApiError
    413: FastApiError
    415: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /auth/change-email: Ask to change the email address; a code goes to the new one */
export interface JwtChangeEmailOperation {
  body: ChangeEmailBody
  reply: {
    200: JwtMessageResult
    401: FastApiError
    403: FastApiError
    413: FastApiError
    415: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /auth/change-email/confirm: Confirm the change of email address with the code sent to the new one */
export interface JwtConfirmEmailChangeOperation {
  body: EmailChangeCodeBody
  reply: {
    200: JwtChangeEmailResult
    401: FastApiError
    403: FastApiError
    409: FastApiError
    413: FastApiError
    415: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /auth/change-email/undo: Undo a change of email address with the token sent to the old address */
export interface JwtUndoEmailChangeOperation {
  body: EmailChangeUndoBody
  reply: {
    200: JwtMessageResult
    401: FastApiError
    403: FastApiError
    409: FastApiError
    413: FastApiError
    415: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /api/v1/better-auth/register: Create an account; a six-digit code is emailed */
export interface RegisterOperation {
  body: V1RegisterBody
  reply: {
    201: V1RegisterResult
    400: { error: { code: 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }; code: 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    409: { error: { code: 'EMAIL_ALREADY_EXISTS'; message: string }; code: 'EMAIL_ALREADY_EXISTS'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/verify-email: Confirm the email with its code; get a registration token */
export interface VerifyRegistrationCodeOperation {
  body: V1VerifyCodeBody
  reply: {
    200: V1VerifyCodeResult
    400: { error: { code: 'INVALID_CODE' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CODE' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/resend-verification: Email a new code */
export interface ResendVerificationOperation {
  body: V1EmailBody
  reply: {
    200: V1MessageResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/complete-registration: Finish the sign-up with the registration token, and sign in */
export interface CompleteRegistrationOperation {
  body: V1CompleteRegistrationBody
  reply: {
    200: V1TokenResult
    400: { error: { code: 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'MFA_REQUIRED' | 'SESSION_EXPIRED'; message: string }; code: 'MFA_REQUIRED' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/login: Sign in: tokens, or an MFA challenge */
export interface LoginOperation {
  body: V1LoginBody
  reply: {
    200: V1TokenResult | V1MfaChallenge
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_CREDENTIALS'; message: string }; code: 'INVALID_CREDENTIALS'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/verify-mfa: Finish an MFA sign-in with a TOTP or a backup code */
export interface VerifyMfaOperation {
  body: V1VerifyMfaBody
  reply: {
    200: V1TokenResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/refresh-token: Trade a refresh token for a new pair */
export interface RefreshTokenOperation {
  body: V1RefreshBody
  reply: {
    200: V1TokenResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED' | 'TOKEN_REUSED'; message: string }; code: 'SESSION_EXPIRED' | 'TOKEN_REUSED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/request-password-reset: Email a password-reset link (valid one hour) */
export interface RequestPasswordResetV1Operation {
  body: PasswordResetRequestBody
  reply: {
    200: V1MessageResult
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/reset-password: Set a new password with the token from the reset email */
export interface ResetPasswordV1Operation {
  body: V1ResetPasswordBody
  reply: {
    200: V1MessageResult
    400: { error: { code: 'INVALID_TOKEN' | 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/logout: Revoke the session and its refresh tokens; clear the cookies */
export interface LogoutOperation {
  body: V1RefreshBody
  reply: {
    200: V1MessageResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/better-auth/me: The signed-in user */
export interface MeOperation {
  reply: {
    200: V1MeResult
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/mfa/setup: Start TOTP enrolment: a secret to scan, and backup codes */
export interface SetupMfaOperation {
  body: V1PasswordBody
  reply: {
    200: V1MfaSetupResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_CREDENTIALS' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_CREDENTIALS' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/mfa/enable: Turn MFA on with a first TOTP code */
export interface EnableMfaOperation {
  body: V1MfaCodeBody
  reply: {
    200: V1TokenResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/mfa/disable: Turn MFA off (needs the password) */
export interface DisableMfaOperation {
  body: V1PasswordBody
  reply: {
    200: V1TokenResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_CREDENTIALS' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_CREDENTIALS' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/change-password: Change the password with the current one */
export interface V1ChangePasswordOperation {
  body: ChangePasswordBody
  reply: {
    200: V1MessageResult
    400: { error: { code: 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }; code: 'WEAK_PASSWORD' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_CREDENTIALS' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_CREDENTIALS' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/change-email: Ask to change the email address; a code goes to the new one */
export interface V1ChangeEmailOperation {
  body: ChangeEmailBody
  reply: {
    200: V1MessageResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_CREDENTIALS' | 'MFA_REQUIRED' | 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_CREDENTIALS' | 'MFA_REQUIRED' | 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/change-email/confirm: Confirm the change of email address with the code sent to the new one */
export interface V1ConfirmEmailChangeOperation {
  body: EmailChangeCodeBody
  reply: {
    200: V1ChangeEmailResult
    400: { error: { code: 'INVALID_CODE' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CODE' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    409: { error: { code: 'EMAIL_ALREADY_EXISTS'; message: string }; code: 'EMAIL_ALREADY_EXISTS'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/change-email/undo: Undo a change of email address with the token sent to the old address */
export interface V1UndoEmailChangeOperation {
  body: EmailChangeUndoBody
  reply: {
    200: V1MessageResult
    400: { error: { code: 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    409: { error: { code: 'EMAIL_ALREADY_EXISTS'; message: string }; code: 'EMAIL_ALREADY_EXISTS'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/sessions/introspect: Is this session or access token active? (RFC 7662 style, for other backends) */
export interface IntrospectTokenOperation {
  body: IntrospectionBody
  reply: {
    200: IntrospectionResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /.well-known/jwks.json: The public keys that verify access tokens */
export interface GetJwksOperation {
  reply: {
    200: JsonWebKeySet
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /metrics: Prometheus metrics (needs METRICS_TOKEN) */
export interface GetMetricsOperation {
  reply: {
    200: string
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
  }
}

/** Every operation of the spec, by operationId. */
export interface Operations {
  signUpEmail: SignUpEmailOperation
  signInEmail: SignInEmailOperation
  signOut: SignOutOperation
  getSession: GetSessionOperation
  getSessionStatus: GetSessionStatusOperation
  forgotPassword: ForgotPasswordOperation
  requestPasswordReset: RequestPasswordResetOperation
  resetPasswordCallback: ResetPasswordCallbackOperation
  resetPassword: ResetPasswordOperation
  verifyEmail: VerifyEmailOperation
  verifyEmailToken: VerifyEmailTokenOperation
  sendVerificationEmail: SendVerificationEmailOperation
  changePassword: ChangePasswordOperation
  nativeChangeEmail: NativeChangeEmailOperation
  nativeVerifyEmailChange: NativeVerifyEmailChangeOperation
  nativeUndoEmailChangeCallback: NativeUndoEmailChangeCallbackOperation
  nativeUndoEmailChange: NativeUndoEmailChangeOperation
  listSessions: ListSessionsOperation
  revokeSession: RevokeSessionOperation
  revokeOtherSessions: RevokeOtherSessionsOperation
  verifyTotp: VerifyTotpOperation
  verifyBackupCode: VerifyBackupCodeOperation
  getHealth: GetHealthOperation
  headHealth: HeadHealthOperation
  authSignup: AuthSignupOperation
  authLogin: AuthLoginOperation
  authLogout: AuthLogoutOperation
  authMe: AuthMeOperation
  jwtChangePassword: JwtChangePasswordOperation
  jwtChangeEmail: JwtChangeEmailOperation
  jwtConfirmEmailChange: JwtConfirmEmailChangeOperation
  jwtUndoEmailChange: JwtUndoEmailChangeOperation
  register: RegisterOperation
  verifyRegistrationCode: VerifyRegistrationCodeOperation
  resendVerification: ResendVerificationOperation
  completeRegistration: CompleteRegistrationOperation
  login: LoginOperation
  verifyMfa: VerifyMfaOperation
  refreshToken: RefreshTokenOperation
  requestPasswordResetV1: RequestPasswordResetV1Operation
  resetPasswordV1: ResetPasswordV1Operation
  logout: LogoutOperation
  me: MeOperation
  setupMfa: SetupMfaOperation
  enableMfa: EnableMfaOperation
  disableMfa: DisableMfaOperation
  v1ChangePassword: V1ChangePasswordOperation
  v1ChangeEmail: V1ChangeEmailOperation
  v1ConfirmEmailChange: V1ConfirmEmailChangeOperation
  v1UndoEmailChange: V1UndoEmailChangeOperation
  introspectToken: IntrospectTokenOperation
  getJwks: GetJwksOperation
  getMetrics: GetMetricsOperation
}

export type OperationId = keyof Operations
