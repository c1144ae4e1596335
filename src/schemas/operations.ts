// Generated from openapi.yaml by `npm run generate`. Do not edit.
import type {
  AccountDeletionBody,
  AccountExport,
  AdminNewUser,
  AdminUser,
  AdminUserBan,
  AdminUserPage,
  AdminUserUpdate,
  ApiKey,
  ApiKeyList,
  AuditEventPage,
  AuthResult,
  ChangeEmailBody,
  ChangePasswordBody,
  ChangePasswordResult,
  CreatedApiKey,
  CreatedWebhookEndpoint,
  DeleteUserResult,
  DeviceSessionList,
  EmailChangeCodeBody,
  EmailChangeUndoBody,
  EmailChangedResult,
  EmailSignInStartBody,
  EmailSignInVerifyBody,
  EmptyBody,
  FastApiError,
  FederatedExchangeBody,
  FederatedStartBody,
  FederatedStartResult,
  Health,
  IdentityLinkCompleteBody,
  IdentityLinkStart,
  IdentityList,
  IntrospectionBody,
  IntrospectionResult,
  JsonWebKeySet,
  JwtAuthResult,
  JwtChangeEmailResult,
  JwtLoginBody,
  JwtLogoutResult,
  JwtMessageResult,
  JwtSignupBody,
  JwtSuccessResult,
  JwtUser,
  LinkSocialBody,
  LinkedAccount,
  NativeChangeEmailBody,
  NativeDeviceSession,
  NativeMagicLinkBody,
  NativePasskeyVerifyAuthenticationBody,
  NativePasskeyVerifyRegistrationBody,
  NativeSendSignInCodeBody,
  NativeSignInEmailOtpBody,
  NewApiKey,
  NewWebhookEndpoint,
  Passkey,
  PasskeyAuthenticationOptions,
  PasskeyIdBody,
  PasskeyRegistrationOptions,
  PasskeyUpdateBody,
  PasskeyUpdateResult,
  PasswordResetRequestBody,
  ProviderList,
  ResetPasswordBody,
  RevokeSessionBody,
  RevokedSessions,
  SecurityEventPage,
  SendVerificationEmailBody,
  SessionStatus,
  SessionWithUser,
  SignInEmailBody,
  SignInResult,
  SignUpEmailBody,
  SocialSignInBody,
  SocialSignInResult,
  SuccessResult,
  TwoFactorCodeBody,
  TwoFactorRedirect,
  TwoFactorResult,
  UnlinkAccountBody,
  V1ChangeEmailResult,
  V1CompleteRegistrationBody,
  V1EmailBody,
  V1LoginBody,
  V1MeResult,
  V1MessageResult,
  V1MfaChallenge,
  V1MfaCodeBody,
  V1MfaSetupResult,
  V1PasskeyAssertion,
  V1PasskeyCreationChallenge,
  V1PasskeyList,
  V1PasskeyLoginOptionsBody,
  V1PasskeyRegisterOptionsBody,
  V1PasskeyRegisterVerifyBody,
  V1PasskeyRequestChallenge,
  V1PasswordBody,
  V1RefreshBody,
  V1RegisterBody,
  V1RegisterResult,
  V1ResetPasswordBody,
  V1RevokeOtherSessionsResult,
  V1TokenResult,
  V1VerifyCodeBody,
  V1VerifyCodeResult,
  V1VerifyMfaBody,
  VerifyEmailBody,
  VerifyEmailResult,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointUpdate,
  WebhookSecretRotation,
} from './components.js'

/** POST /api/auth/sign-up/email: Create an account with email and password, and sign in */
export interface NativeSignUpEmailOperation {
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
export interface NativeSignInEmailOperation {
  body: SignInEmailBody
  reply: {
    200: SignInResult | TwoFactorRedirect
    400: { error: { code: 'INVALID_CREDENTIALS' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CREDENTIALS' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/sign-in/social: Start a sign-in with a provider (Better Auth SDK `signIn.social`) */
export interface NativeSignInSocialOperation {
  body: SocialSignInBody
  reply: {
    200: SocialSignInResult
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/callback/{providerId}: Where every provider sends the browser back (register this URL at the provider) */
export interface NativeOAuthCallbackOperation {
  params: { providerId: string }
  query: { code?: string; state?: string; iss?: string; error?: string; error_description?: string }
  reply: {
    302: undefined
    400: { error: { code: 'FEDERATED_SIGN_IN_FAILED' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'FEDERATED_SIGN_IN_FAILED' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/list-accounts: The signed-in user's ways to sign in with a password or a provider (Better Auth SDK `listAccounts`) */
export interface NativeListAccountsOperation {
  reply: {
    200: LinkedAccount[]
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/link-social: Link a provider identity to the signed-in user (Better Auth SDK `linkSocial`) */
export interface NativeLinkSocialOperation {
  body: LinkSocialBody
  reply: {
    200: SocialSignInResult
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/unlink-account: Unlink a provider identity from the signed-in user (Better Auth SDK `unlinkAccount`) */
export interface NativeUnlinkAccountOperation {
  body: UnlinkAccountBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    409: { error: { code: 'LAST_SIGN_IN_METHOD'; message: string }; code: 'LAST_SIGN_IN_METHOD'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/sign-out: Delete the current session and clear the cookie */
export interface NativeSignOutOperation {
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
export interface NativeGetSessionOperation {
  reply: {
    200: SessionWithUser | null
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/session: The current session and user, with nulls when not signed in */
export interface NativeGetSessionStatusOperation {
  reply: {
    200: SessionStatus
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/forgot-password: Email a password-reset link (valid for one hour) */
export interface NativeForgotPasswordOperation {
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
export interface NativeRequestPasswordResetOperation {
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
export interface NativeResetPasswordCallbackOperation {
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
export interface NativeResetPasswordOperation {
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
export interface NativeVerifyEmailOperation {
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
export interface NativeVerifyEmailTokenOperation {
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
export interface NativeSendVerificationEmailOperation {
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
export interface NativeChangePasswordOperation {
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
export interface NativeListSessionsOperation {
  reply: {
    200: NativeDeviceSession[]
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/revoke-session: Revoke one of the signed-in user's sessions by its token */
export interface NativeRevokeSessionOperation {
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
export interface NativeRevokeOtherSessionsOperation {
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

/** GET /api/auth/security-events: The signed-in user's security history */
export interface NativeListSecurityEventsOperation {
  query: { cursor?: string; limit?: number }
  reply: {
    200: SecurityEventPage
    400: { error: { code: 'INVALID_CURSOR' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CURSOR' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/two-factor/verify-totp: Finish a two-factor sign-in with a TOTP code (Better Auth SDK) */
export interface NativeVerifyTotpOperation {
  body: TwoFactorCodeBody
  reply: {
    200: TwoFactorResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/two-factor/verify-backup-code: Finish a two-factor sign-in with a backup code (Better Auth SDK) */
export interface NativeVerifyBackupCodeOperation {
  body: TwoFactorCodeBody
  reply: {
    200: TwoFactorResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/passkey/generate-register-options: Options to register a passkey (Better Auth SDK, `passkey.addPasskey`) */
export interface NativePasskeyGenerateRegisterOptionsOperation {
  query: { authenticatorAttachment?: 'platform' | 'cross-platform'; name?: string }
  reply: {
    200: PasskeyRegistrationOptions
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FRESH_SESSION_REQUIRED'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FRESH_SESSION_REQUIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/passkey/verify-registration: Register a passkey with the authenticator's answer (Better Auth SDK) */
export interface NativePasskeyVerifyRegistrationOperation {
  body: NativePasskeyVerifyRegistrationBody
  reply: {
    200: Passkey
    400: { error: { code: 'PASSKEY_REGISTRATION_FAILED' | 'VALIDATION_ERROR'; message: string }; code: 'PASSKEY_REGISTRATION_FAILED' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/passkey/generate-authenticate-options: Options to sign in with a passkey (Better Auth SDK, `signIn.passkey`) */
export interface NativePasskeyGenerateAuthenticateOptionsOperation {
  reply: {
    200: PasskeyAuthenticationOptions
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/passkey/verify-authentication: Sign in with a passkey (Better Auth SDK) */
export interface NativePasskeyVerifyAuthenticationOperation {
  body: NativePasskeyVerifyAuthenticationBody
  reply: {
    200: SessionWithUser
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_PASSKEY'; message: string }; code: 'INVALID_PASSKEY'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/passkey/list-user-passkeys: The signed-in user's passkeys (Better Auth SDK) */
export interface NativePasskeyListUserPasskeysOperation {
  reply: {
    200: Passkey[]
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/passkey/delete-passkey: Remove one of the signed-in user's passkeys (Better Auth SDK) */
export interface NativePasskeyDeletePasskeyOperation {
  body: PasskeyIdBody
  reply: {
    200: SuccessResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    409: { error: { code: 'LAST_SIGN_IN_METHOD'; message: string }; code: 'LAST_SIGN_IN_METHOD'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/passkey/update-passkey: Rename one of the signed-in user's passkeys (Better Auth SDK) */
export interface NativePasskeyUpdatePasskeyOperation {
  body: PasskeyUpdateBody
  reply: {
    200: PasskeyUpdateResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/sign-in/magic-link: Email a sign-in link (Better Auth SDK, magicLinkClient) */
export interface NativeSignInMagicLinkOperation {
  body: NativeMagicLinkBody
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

/** GET /api/auth/magic-link/verify: The link in the sign-in email (Better Auth SDK, magicLinkClient) */
export interface NativeMagicLinkVerifyOperation {
  query: { token: string; callbackURL?: string; newUserCallbackURL?: string; errorCallbackURL?: string }
  reply: {
    200: SignInResult | TwoFactorRedirect
    302: undefined
    400: { error: { code: 'INVALID_TOKEN' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'USER_BANNED'; message: string }; code: 'USER_BANNED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/email-otp/send-verification-otp: Email a six-digit sign-in code (Better Auth SDK, emailOTPClient) */
export interface NativeEmailOtpSendVerificationOtpOperation {
  body: NativeSendSignInCodeBody
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

/** POST /api/auth/sign-in/email-otp: Sign in with the emailed six-digit code (Better Auth SDK, emailOTPClient) */
export interface NativeSignInEmailOtpOperation {
  body: NativeSignInEmailOtpBody
  reply: {
    200: SignInResult | TwoFactorRedirect
    400: { error: { code: 'INVALID_CODE' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CODE' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/auth/delete-user: Delete the signed-in user's account (Better Auth SDK's `deleteUser`) */
export interface NativeDeleteUserOperation {
  body: AccountDeletionBody
  reply: {
    200: DeleteUserResult
    400: { error: { code: 'INVALID_CREDENTIALS' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CREDENTIALS' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'MFA_REQUIRED' | 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }; code: 'MFA_REQUIRED' | 'INVALID_MFA_CODE' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/auth/account/export: Everything the service holds about the signed-in user, as a JSON file */
export interface NativeExportAccountOperation {
  reply: {
    200: AccountExport
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/health: Whether the service and its database answer */
export interface ServiceGetHealthOperation {
  reply: {
    200: Health
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: Health
  }
}

/** HEAD /api/v1/health: Health as a status code only (`curl -I`) */
export interface ServiceHeadHealthOperation {
  reply: {
    200: undefined
    503: undefined
  }
}

/** POST /auth/signup: Create an account and get a JWT */
export interface JwtSignupOperation {
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
export interface JwtLoginOperation {
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

/** POST /auth/email-sign-in/start: Email a sign-in link and a six-digit code */
export interface JwtEmailSignInStartOperation {
  body: EmailSignInStartBody
  reply: {
    200: JwtMessageResult
    403: FastApiError
    413: FastApiError
    415: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /auth/email-sign-in/verify: Sign in with the emailed code or link token and get a JWT */
export interface JwtEmailSignInVerifyOperation {
  body: EmailSignInVerifyBody
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

/** POST /auth/oauth/{provider}/start: Start a sign-in with a provider */
export interface JwtOAuthStartOperation {
  body: FederatedStartBody
  params: { provider: string }
  reply: {
    200: FederatedStartResult
    403: FastApiError
    404: FastApiError
    413: FastApiError
    415: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /auth/oauth/exchange: Exchange the one-time code of a provider sign-in for a JWT */
export interface JwtOAuthExchangeOperation {
  body: FederatedExchangeBody
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
export interface JwtLogoutOperation {
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
export interface JwtMeOperation {
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

/** GET /auth/sessions: The user's sessions, as devices */
export interface JwtListSessionsOperation {
  reply: {
    200: DeviceSessionList
    401: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** DELETE /auth/sessions/{id}: Sign one of the user's sessions out */
export interface JwtRevokeSessionOperation {
  params: { id: string }
  reply: {
    200: JwtSuccessResult
    401: FastApiError
    403: FastApiError
    404: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** GET /auth/security-events: The user's security history */
export interface JwtListSecurityEventsOperation {
  query: { cursor?: string; limit?: number }
  reply: {
    200: SecurityEventPage
    400: FastApiError
    401: FastApiError
    422: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** DELETE /auth/account: Delete the account behind the token */
export interface JwtDeleteAccountOperation {
  body: AccountDeletionBody
  reply: {
    200: JwtSuccessResult
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

/** GET /auth/account/export: Everything the service holds about the user behind the token, as a JSON file */
export interface JwtExportAccountOperation {
  reply: {
    200: AccountExport
    401: FastApiError
    429: FastApiError
    500: FastApiError
    503: FastApiError
  }
}

/** POST /api/v1/better-auth/register: Create an account; a six-digit code is emailed */
export interface V1RegisterOperation {
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
export interface V1VerifyRegistrationCodeOperation {
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
export interface V1ResendVerificationOperation {
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
export interface V1CompleteRegistrationOperation {
  body: V1CompleteRegistrationBody
  reply: {
    200: V1TokenResult
    400: { error: { code: 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'MFA_REQUIRED' | 'SESSION_EXPIRED'; message: string }; code: 'MFA_REQUIRED' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/login: Sign in: tokens, or an MFA challenge */
export interface V1LoginOperation {
  body: V1LoginBody
  reply: {
    200: V1TokenResult | V1MfaChallenge
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_CREDENTIALS'; message: string }; code: 'INVALID_CREDENTIALS'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/providers: The sign-in providers a front end may offer */
export interface ServiceListProvidersOperation {
  reply: {
    200: ProviderList
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/oauth/{provider}/start: Start a sign-in with a provider */
export interface V1OAuthStartOperation {
  body: FederatedStartBody
  params: { provider: string }
  reply: {
    200: FederatedStartResult
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/oauth/exchange: Exchange the one-time code of a provider sign-in: tokens, or an MFA challenge */
export interface V1OAuthExchangeOperation {
  body: FederatedExchangeBody
  reply: {
    200: V1TokenResult | V1MfaChallenge
    400: { error: { code: 'INVALID_CODE' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CODE' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/better-auth/identities: The provider identities linked to the signed-in user */
export interface V1ListIdentitiesOperation {
  reply: {
    200: IdentityList
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/identities/{provider}/link: Link a provider identity to the signed-in user */
export interface V1LinkIdentityOperation {
  body: FederatedStartBody
  params: { provider: string }
  reply: {
    200: IdentityLinkStart
    400: { error: { code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_REDIRECT' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/identities/{provider}/link/complete: Complete the link of a provider identity, for the session that started it */
export interface V1CompleteIdentityLinkOperation {
  body: IdentityLinkCompleteBody
  params: { provider: string }
  reply: {
    200: IdentityList
    400: { error: { code: 'INVALID_CODE' | 'FEDERATED_SIGN_IN_FAILED' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CODE' | 'FEDERATED_SIGN_IN_FAILED' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN' | 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN' | 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** DELETE /api/v1/better-auth/identities/{provider}: Unlink a provider identity from the signed-in user */
export interface V1UnlinkIdentityOperation {
  params: { provider: string }
  reply: {
    204: undefined
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    409: { error: { code: 'LAST_SIGN_IN_METHOD'; message: string }; code: 'LAST_SIGN_IN_METHOD'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/verify-mfa: Finish an MFA sign-in with a TOTP, a backup code or a passkey */
export interface V1VerifyMfaOperation {
  body: V1VerifyMfaBody
  reply: {
    200: V1TokenResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_MFA_CODE' | 'INVALID_PASSKEY' | 'SESSION_EXPIRED'; message: string }; code: 'INVALID_MFA_CODE' | 'INVALID_PASSKEY' | 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/refresh-token: Trade a refresh token for a new pair */
export interface V1RefreshTokenOperation {
  body: V1RefreshBody
  reply: {
    200: V1TokenResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED' | 'TOKEN_REUSED'; message: string }; code: 'SESSION_EXPIRED' | 'TOKEN_REUSED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/request-password-reset: Email a password-reset link (valid one hour) */
export interface V1RequestPasswordResetOperation {
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
export interface V1ResetPasswordOperation {
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
export interface V1LogoutOperation {
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
export interface V1MeOperation {
  reply: {
    200: V1MeResult
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/better-auth/sessions: The signed-in user's sessions, as devices */
export interface V1ListSessionsOperation {
  reply: {
    200: DeviceSessionList
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** DELETE /api/v1/better-auth/sessions/{id}: Sign one of the user's sessions out */
export interface V1RevokeSessionOperation {
  params: { id: string }
  reply: {
    200: V1MessageResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN'; message: string }; code: 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/sessions/revoke-others: Sign every other session of the user out */
export interface V1RevokeOtherSessionsOperation {
  body: EmptyBody
  reply: {
    200: V1RevokeOtherSessionsResult
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

/** GET /api/v1/better-auth/security-events: The signed-in user's security history */
export interface V1ListSecurityEventsOperation {
  query: { cursor?: string; limit?: number }
  reply: {
    200: SecurityEventPage
    400: { error: { code: 'INVALID_CURSOR' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CURSOR' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/mfa/setup: Start TOTP enrolment: a secret to scan, and backup codes */
export interface V1SetupMfaOperation {
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
export interface V1EnableMfaOperation {
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
export interface V1DisableMfaOperation {
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

/** POST /api/v1/better-auth/passkeys/register/options: Options to register a passkey */
export interface V1PasskeyRegisterOptionsOperation {
  body: V1PasskeyRegisterOptionsBody
  reply: {
    200: V1PasskeyCreationChallenge
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/passkeys/register/verify: Register a passkey with the authenticator's answer */
export interface V1PasskeyRegisterVerifyOperation {
  body: V1PasskeyRegisterVerifyBody
  reply: {
    201: Passkey
    400: { error: { code: 'PASSKEY_REGISTRATION_FAILED' | 'VALIDATION_ERROR'; message: string }; code: 'PASSKEY_REGISTRATION_FAILED' | 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/passkeys/login/options: Options to sign in with a passkey, or to answer an MFA challenge with one */
export interface V1PasskeyLoginOptionsOperation {
  body: V1PasskeyLoginOptionsBody
  reply: {
    200: V1PasskeyRequestChallenge
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

/** POST /api/v1/better-auth/passkeys/login/verify: Sign in with a passkey: tokens, as `login` answers them */
export interface V1PasskeyLoginVerifyOperation {
  body: V1PasskeyAssertion
  reply: {
    200: V1TokenResult
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'INVALID_PASSKEY'; message: string }; code: 'INVALID_PASSKEY'; message: string }
    403: { error: { code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'EMAIL_NOT_VERIFIED' | 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/better-auth/passkeys: The signed-in user's passkeys */
export interface V1ListPasskeysOperation {
  reply: {
    200: V1PasskeyList
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** DELETE /api/v1/better-auth/passkeys/{id}: Remove one of the signed-in user's passkeys */
export interface V1DeletePasskeyOperation {
  params: { id: string }
  reply: {
    204: undefined
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    403: { error: { code: 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }; code: 'FRESH_SESSION_REQUIRED' | 'FORBIDDEN_ORIGIN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    409: { error: { code: 'LAST_SIGN_IN_METHOD'; message: string }; code: 'LAST_SIGN_IN_METHOD'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/account/delete: Delete the signed-in user's account */
export interface V1DeleteAccountOperation {
  body: AccountDeletionBody
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

/** GET /api/v1/better-auth/account/export: Everything the service holds about the signed-in user, as a JSON file */
export interface V1ExportAccountOperation {
  reply: {
    200: AccountExport
    401: { error: { code: 'SESSION_EXPIRED'; message: string }; code: 'SESSION_EXPIRED'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/better-auth/email-sign-in/start: Email a sign-in link and a six-digit code */
export interface V1EmailSignInStartOperation {
  body: EmailSignInStartBody
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

/** POST /api/v1/better-auth/email-sign-in/verify: Sign in with the emailed code or link token: tokens, or an MFA challenge */
export interface V1EmailSignInVerifyOperation {
  body: EmailSignInVerifyBody
  reply: {
    200: V1TokenResult | V1MfaChallenge
    400: { error: { code: 'INVALID_CODE' | 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }; code: 'INVALID_CODE' | 'INVALID_TOKEN' | 'VALIDATION_ERROR'; message: string }
    403: { error: { code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }; code: 'FORBIDDEN_ORIGIN' | 'USER_BANNED'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/sessions/introspect: Is this session or access token active? (RFC 7662 style, for other backends) */
export interface ServiceIntrospectTokenOperation {
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
export interface ServiceGetJwksOperation {
  reply: {
    200: JsonWebKeySet
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /metrics: Prometheus metrics (needs METRICS_TOKEN) */
export interface ServiceGetMetricsOperation {
  reply: {
    200: string
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
  }
}

/** GET /api/v1/admin/keys: Every API key, revoked and expired ones included */
export interface ServiceAdminListKeysOperation {
  reply: {
    200: ApiKeyList
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/admin/keys: Create an API key */
export interface ServiceAdminCreateKeyOperation {
  body: NewApiKey
  reply: {
    201: CreatedApiKey
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** DELETE /api/v1/admin/keys/{id}: Revoke an API key */
export interface ServiceAdminRevokeKeyOperation {
  params: { id: string }
  reply: {
    200: ApiKey
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/admin/users: List and search users */
export interface ServiceAdminListUsersOperation {
  query: { emailPrefix?: string; createdAfter?: string; createdBefore?: string; verified?: boolean; banned?: boolean; limit?: number; cursor?: string }
  reply: {
    200: AdminUserPage
    400: { error: { code: 'VALIDATION_ERROR' | 'INVALID_CURSOR'; message: string }; code: 'VALIDATION_ERROR' | 'INVALID_CURSOR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/admin/users: Create a user */
export interface ServiceAdminCreateUserOperation {
  body: AdminNewUser
  reply: {
    201: AdminUser
    400: { error: { code: 'VALIDATION_ERROR' | 'WEAK_PASSWORD'; message: string }; code: 'VALIDATION_ERROR' | 'WEAK_PASSWORD'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    409: { error: { code: 'EMAIL_ALREADY_EXISTS'; message: string }; code: 'EMAIL_ALREADY_EXISTS'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/admin/users/{id}: One user */
export interface ServiceAdminGetUserOperation {
  params: { id: string }
  reply: {
    200: AdminUser
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** PATCH /api/v1/admin/users/{id}: Change a user's name, email address or verified flag */
export interface ServiceAdminUpdateUserOperation {
  body: AdminUserUpdate
  params: { id: string }
  reply: {
    200: AdminUser
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    409: { error: { code: 'EMAIL_ALREADY_EXISTS'; message: string }; code: 'EMAIL_ALREADY_EXISTS'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** DELETE /api/v1/admin/users/{id}: Delete a user */
export interface ServiceAdminDeleteUserOperation {
  params: { id: string }
  reply: {
    204: undefined
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/admin/users/{id}/sessions: A user's live sessions */
export interface ServiceAdminListUserSessionsOperation {
  params: { id: string }
  reply: {
    200: DeviceSessionList
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** DELETE /api/v1/admin/users/{id}/sessions: Sign a user out everywhere */
export interface ServiceAdminRevokeUserSessionsOperation {
  params: { id: string }
  reply: {
    200: RevokedSessions
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** DELETE /api/v1/admin/users/{id}/sessions/{sessionId}: End one of a user's sessions */
export interface ServiceAdminRevokeUserSessionOperation {
  params: { id: string; sessionId: string }
  reply: {
    200: RevokedSessions
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/admin/audit-events: Query the audit trail */
export interface ServiceAdminListAuditEventsOperation {
  query: { userId?: string; type?: string; since?: string; until?: string; limit?: number; cursor?: string }
  reply: {
    200: AuditEventPage
    400: { error: { code: 'VALIDATION_ERROR' | 'INVALID_CURSOR'; message: string }; code: 'VALIDATION_ERROR' | 'INVALID_CURSOR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/admin/users/{id}/mfa/reset: Remove a user's second factor */
export interface ServiceAdminResetMfaOperation {
  params: { id: string }
  reply: {
    200: AdminUser
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/admin/users/{id}/ban: Ban a user */
export interface ServiceAdminBanUserOperation {
  body: AdminUserBan
  params: { id: string }
  reply: {
    200: AdminUser
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/admin/users/{id}/unban: Lift a user's ban */
export interface ServiceAdminUnbanUserOperation {
  params: { id: string }
  reply: {
    200: AdminUser
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/admin/users/{id}/password-reset: Send a user a password-reset link */
export interface ServiceAdminSendPasswordResetOperation {
  params: { id: string }
  reply: {
    202: undefined
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/admin/webhooks: Every webhook endpoint */
export interface ServiceAdminListWebhookEndpointsOperation {
  reply: {
    200: WebhookEndpointList
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/admin/webhooks: Register a webhook endpoint */
export interface ServiceAdminCreateWebhookEndpointOperation {
  body: NewWebhookEndpoint
  reply: {
    201: CreatedWebhookEndpoint
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/admin/webhooks/{id}: One webhook endpoint */
export interface ServiceAdminGetWebhookEndpointOperation {
  params: { id: string }
  reply: {
    200: WebhookEndpoint
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** PATCH /api/v1/admin/webhooks/{id}: Change a webhook endpoint, or disable or enable it */
export interface ServiceAdminUpdateWebhookEndpointOperation {
  body: WebhookEndpointUpdate
  params: { id: string }
  reply: {
    200: WebhookEndpoint
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** DELETE /api/v1/admin/webhooks/{id}: Delete a webhook endpoint */
export interface ServiceAdminDeleteWebhookEndpointOperation {
  params: { id: string }
  reply: {
    200: WebhookEndpoint
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/admin/webhooks/{id}/rotate-secret: Replace a webhook endpoint's signing secret */
export interface ServiceAdminRotateWebhookSecretOperation {
  body: WebhookSecretRotation
  params: { id: string }
  reply: {
    200: CreatedWebhookEndpoint
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    413: { error: { code: 'PAYLOAD_TOO_LARGE'; message: string }; code: 'PAYLOAD_TOO_LARGE'; message: string }
    415: { error: { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }; code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** GET /api/v1/admin/webhooks/{id}/deliveries: A webhook endpoint's deliveries and their attempts */
export interface ServiceAdminListWebhookDeliveriesOperation {
  params: { id: string }
  query: { limit?: number; cursor?: string }
  reply: {
    200: WebhookDeliveryPage
    400: { error: { code: 'VALIDATION_ERROR' | 'INVALID_CURSOR'; message: string }; code: 'VALIDATION_ERROR' | 'INVALID_CURSOR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** POST /api/v1/admin/webhooks/{id}/deliveries/{deliveryId}/resend: Send a webhook delivery again */
export interface ServiceAdminResendWebhookDeliveryOperation {
  params: { id: string; deliveryId: string }
  reply: {
    202: WebhookDelivery
    400: { error: { code: 'VALIDATION_ERROR'; message: string }; code: 'VALIDATION_ERROR'; message: string }
    401: { error: { code: 'UNAUTHORIZED'; message: string }; code: 'UNAUTHORIZED'; message: string }
    403: { error: { code: 'FORBIDDEN'; message: string }; code: 'FORBIDDEN'; message: string }
    404: { error: { code: 'NOT_FOUND'; message: string }; code: 'NOT_FOUND'; message: string }
    429: { error: { code: 'RATE_LIMITED'; message: string }; code: 'RATE_LIMITED'; message: string }
    500: { error: { code: 'INTERNAL_ERROR'; message: string }; code: 'INTERNAL_ERROR'; message: string }
    503: { error: { code: 'SERVICE_UNAVAILABLE'; message: string }; code: 'SERVICE_UNAVAILABLE'; message: string }
  }
}

/** Every operation of the spec, by operationId. */
export interface Operations {
  nativeSignUpEmail: NativeSignUpEmailOperation
  nativeSignInEmail: NativeSignInEmailOperation
  nativeSignInSocial: NativeSignInSocialOperation
  nativeOAuthCallback: NativeOAuthCallbackOperation
  nativeListAccounts: NativeListAccountsOperation
  nativeLinkSocial: NativeLinkSocialOperation
  nativeUnlinkAccount: NativeUnlinkAccountOperation
  nativeSignOut: NativeSignOutOperation
  nativeGetSession: NativeGetSessionOperation
  nativeGetSessionStatus: NativeGetSessionStatusOperation
  nativeForgotPassword: NativeForgotPasswordOperation
  nativeRequestPasswordReset: NativeRequestPasswordResetOperation
  nativeResetPasswordCallback: NativeResetPasswordCallbackOperation
  nativeResetPassword: NativeResetPasswordOperation
  nativeVerifyEmail: NativeVerifyEmailOperation
  nativeVerifyEmailToken: NativeVerifyEmailTokenOperation
  nativeSendVerificationEmail: NativeSendVerificationEmailOperation
  nativeChangePassword: NativeChangePasswordOperation
  nativeChangeEmail: NativeChangeEmailOperation
  nativeVerifyEmailChange: NativeVerifyEmailChangeOperation
  nativeUndoEmailChangeCallback: NativeUndoEmailChangeCallbackOperation
  nativeUndoEmailChange: NativeUndoEmailChangeOperation
  nativeListSessions: NativeListSessionsOperation
  nativeRevokeSession: NativeRevokeSessionOperation
  nativeRevokeOtherSessions: NativeRevokeOtherSessionsOperation
  nativeListSecurityEvents: NativeListSecurityEventsOperation
  nativeVerifyTotp: NativeVerifyTotpOperation
  nativeVerifyBackupCode: NativeVerifyBackupCodeOperation
  nativePasskeyGenerateRegisterOptions: NativePasskeyGenerateRegisterOptionsOperation
  nativePasskeyVerifyRegistration: NativePasskeyVerifyRegistrationOperation
  nativePasskeyGenerateAuthenticateOptions: NativePasskeyGenerateAuthenticateOptionsOperation
  nativePasskeyVerifyAuthentication: NativePasskeyVerifyAuthenticationOperation
  nativePasskeyListUserPasskeys: NativePasskeyListUserPasskeysOperation
  nativePasskeyDeletePasskey: NativePasskeyDeletePasskeyOperation
  nativePasskeyUpdatePasskey: NativePasskeyUpdatePasskeyOperation
  nativeSignInMagicLink: NativeSignInMagicLinkOperation
  nativeMagicLinkVerify: NativeMagicLinkVerifyOperation
  nativeEmailOtpSendVerificationOtp: NativeEmailOtpSendVerificationOtpOperation
  nativeSignInEmailOtp: NativeSignInEmailOtpOperation
  nativeDeleteUser: NativeDeleteUserOperation
  nativeExportAccount: NativeExportAccountOperation
  serviceGetHealth: ServiceGetHealthOperation
  serviceHeadHealth: ServiceHeadHealthOperation
  jwtSignup: JwtSignupOperation
  jwtLogin: JwtLoginOperation
  jwtEmailSignInStart: JwtEmailSignInStartOperation
  jwtEmailSignInVerify: JwtEmailSignInVerifyOperation
  jwtOAuthStart: JwtOAuthStartOperation
  jwtOAuthExchange: JwtOAuthExchangeOperation
  jwtLogout: JwtLogoutOperation
  jwtMe: JwtMeOperation
  jwtChangePassword: JwtChangePasswordOperation
  jwtChangeEmail: JwtChangeEmailOperation
  jwtConfirmEmailChange: JwtConfirmEmailChangeOperation
  jwtUndoEmailChange: JwtUndoEmailChangeOperation
  jwtListSessions: JwtListSessionsOperation
  jwtRevokeSession: JwtRevokeSessionOperation
  jwtListSecurityEvents: JwtListSecurityEventsOperation
  jwtDeleteAccount: JwtDeleteAccountOperation
  jwtExportAccount: JwtExportAccountOperation
  v1Register: V1RegisterOperation
  v1VerifyRegistrationCode: V1VerifyRegistrationCodeOperation
  v1ResendVerification: V1ResendVerificationOperation
  v1CompleteRegistration: V1CompleteRegistrationOperation
  v1Login: V1LoginOperation
  serviceListProviders: ServiceListProvidersOperation
  v1OAuthStart: V1OAuthStartOperation
  v1OAuthExchange: V1OAuthExchangeOperation
  v1ListIdentities: V1ListIdentitiesOperation
  v1LinkIdentity: V1LinkIdentityOperation
  v1CompleteIdentityLink: V1CompleteIdentityLinkOperation
  v1UnlinkIdentity: V1UnlinkIdentityOperation
  v1VerifyMfa: V1VerifyMfaOperation
  v1RefreshToken: V1RefreshTokenOperation
  v1RequestPasswordReset: V1RequestPasswordResetOperation
  v1ResetPassword: V1ResetPasswordOperation
  v1Logout: V1LogoutOperation
  v1Me: V1MeOperation
  v1ListSessions: V1ListSessionsOperation
  v1RevokeSession: V1RevokeSessionOperation
  v1RevokeOtherSessions: V1RevokeOtherSessionsOperation
  v1ListSecurityEvents: V1ListSecurityEventsOperation
  v1SetupMfa: V1SetupMfaOperation
  v1EnableMfa: V1EnableMfaOperation
  v1DisableMfa: V1DisableMfaOperation
  v1ChangePassword: V1ChangePasswordOperation
  v1ChangeEmail: V1ChangeEmailOperation
  v1ConfirmEmailChange: V1ConfirmEmailChangeOperation
  v1UndoEmailChange: V1UndoEmailChangeOperation
  v1PasskeyRegisterOptions: V1PasskeyRegisterOptionsOperation
  v1PasskeyRegisterVerify: V1PasskeyRegisterVerifyOperation
  v1PasskeyLoginOptions: V1PasskeyLoginOptionsOperation
  v1PasskeyLoginVerify: V1PasskeyLoginVerifyOperation
  v1ListPasskeys: V1ListPasskeysOperation
  v1DeletePasskey: V1DeletePasskeyOperation
  v1DeleteAccount: V1DeleteAccountOperation
  v1ExportAccount: V1ExportAccountOperation
  v1EmailSignInStart: V1EmailSignInStartOperation
  v1EmailSignInVerify: V1EmailSignInVerifyOperation
  serviceIntrospectToken: ServiceIntrospectTokenOperation
  serviceGetJwks: ServiceGetJwksOperation
  serviceGetMetrics: ServiceGetMetricsOperation
  serviceAdminListKeys: ServiceAdminListKeysOperation
  serviceAdminCreateKey: ServiceAdminCreateKeyOperation
  serviceAdminRevokeKey: ServiceAdminRevokeKeyOperation
  serviceAdminListUsers: ServiceAdminListUsersOperation
  serviceAdminCreateUser: ServiceAdminCreateUserOperation
  serviceAdminGetUser: ServiceAdminGetUserOperation
  serviceAdminUpdateUser: ServiceAdminUpdateUserOperation
  serviceAdminDeleteUser: ServiceAdminDeleteUserOperation
  serviceAdminListUserSessions: ServiceAdminListUserSessionsOperation
  serviceAdminRevokeUserSessions: ServiceAdminRevokeUserSessionsOperation
  serviceAdminRevokeUserSession: ServiceAdminRevokeUserSessionOperation
  serviceAdminListAuditEvents: ServiceAdminListAuditEventsOperation
  serviceAdminResetMfa: ServiceAdminResetMfaOperation
  serviceAdminBanUser: ServiceAdminBanUserOperation
  serviceAdminUnbanUser: ServiceAdminUnbanUserOperation
  serviceAdminSendPasswordReset: ServiceAdminSendPasswordResetOperation
  serviceAdminListWebhookEndpoints: ServiceAdminListWebhookEndpointsOperation
  serviceAdminCreateWebhookEndpoint: ServiceAdminCreateWebhookEndpointOperation
  serviceAdminGetWebhookEndpoint: ServiceAdminGetWebhookEndpointOperation
  serviceAdminUpdateWebhookEndpoint: ServiceAdminUpdateWebhookEndpointOperation
  serviceAdminDeleteWebhookEndpoint: ServiceAdminDeleteWebhookEndpointOperation
  serviceAdminRotateWebhookSecret: ServiceAdminRotateWebhookSecretOperation
  serviceAdminListWebhookDeliveries: ServiceAdminListWebhookDeliveriesOperation
  serviceAdminResendWebhookDelivery: ServiceAdminResendWebhookDeliveryOperation
}

export type OperationId = keyof Operations
