// Generated from openapi.yaml by `npm run generate`. Do not edit.
import { Type, type TSchema } from 'typebox'
import {
  AccountDeletionBodySchema,
  AccountExportSchema,
  AdminNewUserSchema,
  AdminUserSchema,
  AdminUserBanSchema,
  AdminUserPageSchema,
  AdminUserUpdateSchema,
  ApiKeySchema,
  ApiKeyListSchema,
  AuditEventPageSchema,
  AuthResultSchema,
  ChangeEmailBodySchema,
  ChangePasswordBodySchema,
  ChangePasswordResultSchema,
  CreatedApiKeySchema,
  CreatedWebhookEndpointSchema,
  DeleteUserResultSchema,
  DeviceSessionListSchema,
  EmailChangeCodeBodySchema,
  EmailChangeUndoBodySchema,
  EmailChangedResultSchema,
  EmailSignInStartBodySchema,
  EmailSignInVerifyBodySchema,
  EmptyBodySchema,
  FastApiErrorSchema,
  FederatedExchangeBodySchema,
  FederatedStartBodySchema,
  FederatedStartResultSchema,
  HealthSchema,
  IdentityLinkCompleteBodySchema,
  IdentityLinkStartSchema,
  IdentityListSchema,
  IntrospectionBodySchema,
  IntrospectionResultSchema,
  JsonWebKeySetSchema,
  JwtAuthResultSchema,
  JwtChangeEmailResultSchema,
  JwtLoginBodySchema,
  JwtLogoutResultSchema,
  JwtMessageResultSchema,
  JwtSignupBodySchema,
  JwtSuccessResultSchema,
  JwtUserSchema,
  LinkSocialBodySchema,
  LinkedAccountSchema,
  NativeChangeEmailBodySchema,
  NativeDeviceSessionSchema,
  NativeMagicLinkBodySchema,
  NativePasskeyVerifyAuthenticationBodySchema,
  NativePasskeyVerifyRegistrationBodySchema,
  NativeSendSignInCodeBodySchema,
  NativeSignInEmailOtpBodySchema,
  NewApiKeySchema,
  NewWebhookEndpointSchema,
  PasskeySchema,
  PasskeyAuthenticationOptionsSchema,
  PasskeyIdBodySchema,
  PasskeyRegistrationOptionsSchema,
  PasskeyUpdateBodySchema,
  PasskeyUpdateResultSchema,
  PasswordResetRequestBodySchema,
  ProviderListSchema,
  ResetPasswordBodySchema,
  RevokeSessionBodySchema,
  RevokedSessionsSchema,
  SecurityEventPageSchema,
  SendVerificationEmailBodySchema,
  SessionStatusSchema,
  SessionWithUserSchema,
  SignInEmailBodySchema,
  SignInResultSchema,
  SignUpEmailBodySchema,
  SocialSignInBodySchema,
  SocialSignInResultSchema,
  SuccessResultSchema,
  TwoFactorCodeBodySchema,
  TwoFactorRedirectSchema,
  TwoFactorResultSchema,
  UnlinkAccountBodySchema,
  V1ChangeEmailResultSchema,
  V1CompleteRegistrationBodySchema,
  V1EmailBodySchema,
  V1LoginBodySchema,
  V1MeResultSchema,
  V1MessageResultSchema,
  V1MfaChallengeSchema,
  V1MfaCodeBodySchema,
  V1MfaSetupResultSchema,
  V1PasskeyAssertionSchema,
  V1PasskeyCreationChallengeSchema,
  V1PasskeyListSchema,
  V1PasskeyLoginOptionsBodySchema,
  V1PasskeyRegisterOptionsBodySchema,
  V1PasskeyRegisterVerifyBodySchema,
  V1PasskeyRequestChallengeSchema,
  V1PasswordBodySchema,
  V1RefreshBodySchema,
  V1RegisterBodySchema,
  V1RegisterResultSchema,
  V1ResetPasswordBodySchema,
  V1RevokeOtherSessionsResultSchema,
  V1TokenResultSchema,
  V1VerifyCodeBodySchema,
  V1VerifyCodeResultSchema,
  V1VerifyMfaBodySchema,
  VerifyEmailBodySchema,
  VerifyEmailResultSchema,
  WebhookDeliverySchema,
  WebhookDeliveryPageSchema,
  WebhookEndpointSchema,
  WebhookEndpointListSchema,
  WebhookEndpointUpdateSchema,
  WebhookSecretRotationSchema,
} from './components.js'
import type { OperationId } from './operations.js'

/** What Fastify takes as a route's `schema`: requests are validated, replies serialized with it. */
export interface OperationSchemas {
  readonly body?: TSchema
  readonly params?: TSchema
  readonly querystring?: TSchema
  /** By status: the JSON body, or `{ content }` for another media type. Answers without a body have none. */
  readonly response: Readonly<Record<number, TSchema | { readonly content: Readonly<Record<string, { readonly schema: TSchema }>> }>>
}

/** Each operation's schemas, by operationId. */
export const operationSchemas: Readonly<Record<OperationId, OperationSchemas>> = {
  nativeSignUpEmail: {
    body: SignUpEmailBodySchema,
    response: {
      200: AuthResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum([
            'EMAIL_ALREADY_EXISTS',
            'WEAK_PASSWORD',
            'INVALID_REDIRECT',
            'VALIDATION_ERROR',
          ]),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_ALREADY_EXISTS', 'WEAK_PASSWORD', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeSignInEmail: {
    body: SignInEmailBodySchema,
    response: {
      200: Type.Union([SignInResultSchema, TwoFactorRedirectSchema], { discriminator: { propertyName: 'kind', mapping: { session: '#/components/schemas/SignInResult', two_factor_redirect: '#/components/schemas/TwoFactorRedirect' } } }),
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeSignInSocial: {
    body: SocialSignInBodySchema,
    response: {
      200: SocialSignInResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeOAuthCallback: {
    params: Type.Object({
      /** The provider's id, as in `OIDC_PROVIDERS`. */
      providerId: Type.String({ minLength: 1, maxLength: 32 }),
    }),
    querystring: Type.Object({
      /** The provider's authorization code. */
      code: Type.Optional(Type.String({ maxLength: 2048 })),
      /** The flow's `state`, as the authorization URL carried it. */
      state: Type.Optional(Type.String({ maxLength: 512 })),
      /** The issuer, when the provider names it (RFC 9207); it must be the provider's. */
      iss: Type.Optional(Type.String({ maxLength: 2048 })),
      /** The provider's error code, when the user declined or it failed. */
      error: Type.Optional(Type.String({ maxLength: 256 })),
      /** The provider's error text. */
      error_description: Type.Optional(Type.String({ maxLength: 2048 })),
    }),
    response: {
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FEDERATED_SIGN_IN_FAILED', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['FEDERATED_SIGN_IN_FAILED', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeListAccounts: {
    response: {
      200: Type.Array(LinkedAccountSchema),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeLinkSocial: {
    body: LinkSocialBodySchema,
    response: {
      200: SocialSignInResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeUnlinkAccount: {
    body: UnlinkAccountBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      409: Type.Object({
        error: Type.Object({
          code: Type.Enum(['LAST_SIGN_IN_METHOD']),
          message: Type.String(),
        }),
        code: Type.Enum(['LAST_SIGN_IN_METHOD']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeSignOut: {
    body: EmptyBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeGetSession: {
    response: {
      200: Type.Union([SessionWithUserSchema, Type.Null()]),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeGetSessionStatus: {
    response: {
      200: SessionStatusSchema,
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeForgotPassword: {
    body: PasswordResetRequestBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeRequestPasswordReset: {
    body: PasswordResetRequestBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeResetPasswordCallback: {
    params: Type.Object({
      /** The reset token, as the emailed link carries it. */
      token: Type.String({ minLength: 1, maxLength: 256 }),
    }),
    querystring: Type.Object({
      /**
       * Where the front end's reset form lives (see `RedirectUrl`); absent or empty (as in a
       * link requested without `redirectTo`), `PASSWORD_RESET_URL`.
       */
      callbackURL: Type.Optional(Type.String({ maxLength: 2048 })),
    }),
    response: {
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeResetPassword: {
    body: ResetPasswordBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_TOKEN', 'WEAK_PASSWORD', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_TOKEN', 'WEAK_PASSWORD', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeVerifyEmail: {
    querystring: Type.Object({
      /** The verification token (a JWT), as the emailed link carries it. */
      token: Type.String({ minLength: 1, maxLength: 2048 }),
      /** Where to send the browser afterwards (see `RedirectUrl`). */
      callbackURL: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    }),
    response: {
      200: VerifyEmailResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_TOKEN', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_TOKEN', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeVerifyEmailToken: {
    body: VerifyEmailBodySchema,
    response: {
      200: VerifyEmailResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_TOKEN', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_TOKEN', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeSendVerificationEmail: {
    body: SendVerificationEmailBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeChangePassword: {
    body: ChangePasswordBodySchema,
    response: {
      200: ChangePasswordResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS', 'WEAK_PASSWORD', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS', 'WEAK_PASSWORD', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeChangeEmail: {
    body: NativeChangeEmailBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED', 'MFA_REQUIRED', 'INVALID_MFA_CODE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED', 'MFA_REQUIRED', 'INVALID_MFA_CODE']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeVerifyEmailChange: {
    querystring: Type.Object({
      /** The token of the link sent to the new address. */
      token: Type.String({ minLength: 1, maxLength: 256 }),
      /** Where to send the browser afterwards (see `RedirectUrl`); the emailed link carries the request's, or `EMAIL_VERIFICATION_URL`. */
      callbackURL: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    }),
    response: {
      200: EmailChangedResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum([
            'INVALID_TOKEN',
            'EMAIL_ALREADY_EXISTS',
            'INVALID_REDIRECT',
            'VALIDATION_ERROR',
          ]),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_TOKEN', 'EMAIL_ALREADY_EXISTS', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeUndoEmailChangeCallback: {
    querystring: Type.Object({
      /** The undo token, as the emailed link carries it. */
      token: Type.String({ minLength: 1, maxLength: 256 }),
      /** The front end's page that asks the owner to confirm the undo (see `RedirectUrl`); default `EMAIL_CHANGE_UNDO_URL`. */
      callbackURL: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    }),
    response: {
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeUndoEmailChange: {
    body: EmailChangeUndoBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_TOKEN', 'EMAIL_ALREADY_EXISTS', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_TOKEN', 'EMAIL_ALREADY_EXISTS', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeListSessions: {
    response: {
      200: Type.Array(NativeDeviceSessionSchema),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeRevokeSession: {
    body: RevokeSessionBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeRevokeOtherSessions: {
    body: EmptyBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeListSecurityEvents: {
    querystring: Type.Object({
      /** `nextCursor` of the page before, as it was given: opaque, tied to the account it was issued to. Absent: the newest events. A cursor that was altered, or issued to another account, is refused (400 `INVALID_CURSOR`). */
      cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
      /** How many events a page holds, 1 to 100; 20 when absent. */
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    }),
    response: {
      200: SecurityEventPageSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CURSOR', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CURSOR', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeVerifyTotp: {
    body: TwoFactorCodeBodySchema,
    response: {
      200: TwoFactorResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_MFA_CODE', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_MFA_CODE', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeVerifyBackupCode: {
    body: TwoFactorCodeBodySchema,
    response: {
      200: TwoFactorResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_MFA_CODE', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_MFA_CODE', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativePasskeyGenerateRegisterOptions: {
    querystring: Type.Object({
      /** `platform` for the device's own authenticator, `cross-platform` for a security key or a phone. */
      authenticatorAttachment: Type.Optional(Type.Enum(['platform', 'cross-platform'])),
      /** The user name the authenticator shows for this account (default its email). */
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    }),
    response: {
      200: PasskeyRegistrationOptionsSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FRESH_SESSION_REQUIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FRESH_SESSION_REQUIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativePasskeyVerifyRegistration: {
    body: NativePasskeyVerifyRegistrationBodySchema,
    response: {
      200: PasskeySchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PASSKEY_REGISTRATION_FAILED', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['PASSKEY_REGISTRATION_FAILED', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativePasskeyGenerateAuthenticateOptions: {
    response: {
      200: PasskeyAuthenticationOptionsSchema,
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativePasskeyVerifyAuthentication: {
    body: NativePasskeyVerifyAuthenticationBodySchema,
    response: {
      200: SessionWithUserSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_PASSKEY']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_PASSKEY']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativePasskeyListUserPasskeys: {
    response: {
      200: Type.Array(PasskeySchema),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativePasskeyDeletePasskey: {
    body: PasskeyIdBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      409: Type.Object({
        error: Type.Object({
          code: Type.Enum(['LAST_SIGN_IN_METHOD']),
          message: Type.String(),
        }),
        code: Type.Enum(['LAST_SIGN_IN_METHOD']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativePasskeyUpdatePasskey: {
    body: PasskeyUpdateBodySchema,
    response: {
      200: PasskeyUpdateResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeSignInMagicLink: {
    body: NativeMagicLinkBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeMagicLinkVerify: {
    querystring: Type.Object({
      /** The token the emailed link carries. */
      token: Type.String({ minLength: 1, maxLength: 256 }),
      /** Where to send the browser once signed in (see `RedirectUrl`). */
      callbackURL: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
      /** Where to send the browser when the link created the account (with `EMAIL_SIGN_UP=true`). */
      newUserCallbackURL: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
      /** Where to send the browser when the link is not accepted. */
      errorCallbackURL: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    }),
    response: {
      200: Type.Union([SignInResultSchema, TwoFactorRedirectSchema], { discriminator: { propertyName: 'kind', mapping: { session: '#/components/schemas/SignInResult', two_factor_redirect: '#/components/schemas/TwoFactorRedirect' } } }),
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_TOKEN', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_TOKEN', 'INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['USER_BANNED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeEmailOtpSendVerificationOtp: {
    body: NativeSendSignInCodeBodySchema,
    response: {
      200: SuccessResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeSignInEmailOtp: {
    body: NativeSignInEmailOtpBodySchema,
    response: {
      200: Type.Union([SignInResultSchema, TwoFactorRedirectSchema], { discriminator: { propertyName: 'kind', mapping: { session: '#/components/schemas/SignInResult', two_factor_redirect: '#/components/schemas/TwoFactorRedirect' } } }),
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CODE', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CODE', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeDeleteUser: {
    body: AccountDeletionBodySchema,
    response: {
      200: DeleteUserResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['MFA_REQUIRED', 'INVALID_MFA_CODE', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['MFA_REQUIRED', 'INVALID_MFA_CODE', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  nativeExportAccount: {
    response: {
      200: AccountExportSchema,
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceGetHealth: {
    response: {
      200: HealthSchema,
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: HealthSchema,
    },
  },
  serviceHeadHealth: {
    response: {
    },
  },
  jwtSignup: {
    body: JwtSignupBodySchema,
    response: {
      200: JwtAuthResultSchema,
      403: FastApiErrorSchema,
      409: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtLogin: {
    body: JwtLoginBodySchema,
    response: {
      200: JwtAuthResultSchema,
      401: FastApiErrorSchema,
      403: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtEmailSignInStart: {
    body: EmailSignInStartBodySchema,
    response: {
      200: JwtMessageResultSchema,
      403: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtEmailSignInVerify: {
    body: EmailSignInVerifyBodySchema,
    response: {
      200: JwtAuthResultSchema,
      401: FastApiErrorSchema,
      403: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtOAuthStart: {
    body: FederatedStartBodySchema,
    params: Type.Object({
      /** The provider's id (`GET /api/v1/providers`). */
      provider: Type.String({ minLength: 1, maxLength: 32 }),
    }),
    response: {
      200: FederatedStartResultSchema,
      403: FastApiErrorSchema,
      404: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtOAuthExchange: {
    body: FederatedExchangeBodySchema,
    response: {
      200: JwtAuthResultSchema,
      401: FastApiErrorSchema,
      403: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtLogout: {
    body: EmptyBodySchema,
    response: {
      200: JwtLogoutResultSchema,
      403: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtMe: {
    response: {
      200: JwtUserSchema,
      401: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtChangePassword: {
    body: ChangePasswordBodySchema,
    response: {
      200: JwtMessageResultSchema,
      401: FastApiErrorSchema,
      403: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtChangeEmail: {
    body: ChangeEmailBodySchema,
    response: {
      200: JwtMessageResultSchema,
      401: FastApiErrorSchema,
      403: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtConfirmEmailChange: {
    body: EmailChangeCodeBodySchema,
    response: {
      200: JwtChangeEmailResultSchema,
      401: FastApiErrorSchema,
      403: FastApiErrorSchema,
      409: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtUndoEmailChange: {
    body: EmailChangeUndoBodySchema,
    response: {
      200: JwtMessageResultSchema,
      401: FastApiErrorSchema,
      403: FastApiErrorSchema,
      409: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtListSessions: {
    response: {
      200: DeviceSessionListSchema,
      401: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtRevokeSession: {
    params: Type.Object({
      /** The session's `id`, as the list of sessions gives it: an opaque id, not a credential. */
      id: Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }),
    }),
    response: {
      200: JwtSuccessResultSchema,
      401: FastApiErrorSchema,
      403: FastApiErrorSchema,
      404: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtListSecurityEvents: {
    querystring: Type.Object({
      /** `nextCursor` of the page before, as it was given: opaque, tied to the account it was issued to. Absent: the newest events. A cursor that was altered, or issued to another account, is refused (400 `INVALID_CURSOR`). */
      cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
      /** How many events a page holds, 1 to 100; 20 when absent. */
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    }),
    response: {
      200: SecurityEventPageSchema,
      400: FastApiErrorSchema,
      401: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtDeleteAccount: {
    body: AccountDeletionBodySchema,
    response: {
      200: JwtSuccessResultSchema,
      401: FastApiErrorSchema,
      403: FastApiErrorSchema,
      413: FastApiErrorSchema,
      415: FastApiErrorSchema,
      422: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  jwtExportAccount: {
    response: {
      200: AccountExportSchema,
      401: FastApiErrorSchema,
      429: FastApiErrorSchema,
      500: FastApiErrorSchema,
      503: FastApiErrorSchema,
    },
  },
  v1Register: {
    body: V1RegisterBodySchema,
    response: {
      201: V1RegisterResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['WEAK_PASSWORD', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['WEAK_PASSWORD', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      409: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1VerifyRegistrationCode: {
    body: V1VerifyCodeBodySchema,
    response: {
      200: V1VerifyCodeResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CODE', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CODE', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ResendVerification: {
    body: V1EmailBodySchema,
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1CompleteRegistration: {
    body: V1CompleteRegistrationBodySchema,
    response: {
      200: V1TokenResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_TOKEN', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_TOKEN', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['MFA_REQUIRED', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['MFA_REQUIRED', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1Login: {
    body: V1LoginBodySchema,
    response: {
      200: Type.Union([V1TokenResultSchema, V1MfaChallengeSchema], { discriminator: { propertyName: 'kind', mapping: { tokens: '#/components/schemas/V1TokenResult', mfa_challenge: '#/components/schemas/V1MfaChallenge' } } }),
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceListProviders: {
    response: {
      200: ProviderListSchema,
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1OAuthStart: {
    body: FederatedStartBodySchema,
    params: Type.Object({
      /** The provider's id (`GET /api/v1/providers`). */
      provider: Type.String({ minLength: 1, maxLength: 32 }),
    }),
    response: {
      200: FederatedStartResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1OAuthExchange: {
    body: FederatedExchangeBodySchema,
    response: {
      200: Type.Union([V1TokenResultSchema, V1MfaChallengeSchema], { discriminator: { propertyName: 'kind', mapping: { tokens: '#/components/schemas/V1TokenResult', mfa_challenge: '#/components/schemas/V1MfaChallenge' } } }),
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CODE', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CODE', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ListIdentities: {
    response: {
      200: IdentityListSchema,
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1LinkIdentity: {
    body: FederatedStartBodySchema,
    params: Type.Object({
      /** The provider's id (`GET /api/v1/providers`). */
      provider: Type.String({ minLength: 1, maxLength: 32 }),
    }),
    response: {
      200: IdentityLinkStartSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1CompleteIdentityLink: {
    body: IdentityLinkCompleteBodySchema,
    params: Type.Object({
      /** The provider's id, as in the start. */
      provider: Type.String({ minLength: 1, maxLength: 32 }),
    }),
    response: {
      200: IdentityListSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CODE', 'FEDERATED_SIGN_IN_FAILED', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CODE', 'FEDERATED_SIGN_IN_FAILED', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN', 'EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN', 'EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1UnlinkIdentity: {
    params: Type.Object({
      /** The provider's id, as listed. */
      provider: Type.String({ minLength: 1, maxLength: 32 }),
    }),
    response: {
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      409: Type.Object({
        error: Type.Object({
          code: Type.Enum(['LAST_SIGN_IN_METHOD']),
          message: Type.String(),
        }),
        code: Type.Enum(['LAST_SIGN_IN_METHOD']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1VerifyMfa: {
    body: V1VerifyMfaBodySchema,
    response: {
      200: V1TokenResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_MFA_CODE', 'INVALID_PASSKEY', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_MFA_CODE', 'INVALID_PASSKEY', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1RefreshToken: {
    body: V1RefreshBodySchema,
    response: {
      200: V1TokenResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED', 'TOKEN_REUSED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED', 'TOKEN_REUSED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1RequestPasswordReset: {
    body: PasswordResetRequestBodySchema,
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ResetPassword: {
    body: V1ResetPasswordBodySchema,
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_TOKEN', 'WEAK_PASSWORD', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_TOKEN', 'WEAK_PASSWORD', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1Logout: {
    body: V1RefreshBodySchema,
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1Me: {
    response: {
      200: V1MeResultSchema,
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ListSessions: {
    response: {
      200: DeviceSessionListSchema,
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1RevokeSession: {
    params: Type.Object({
      /** The session's `id`, as the list of sessions gives it: an opaque id, not a credential. */
      id: Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }),
    }),
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1RevokeOtherSessions: {
    body: EmptyBodySchema,
    response: {
      200: V1RevokeOtherSessionsResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ListSecurityEvents: {
    querystring: Type.Object({
      /** `nextCursor` of the page before, as it was given: opaque, tied to the account it was issued to. Absent: the newest events. A cursor that was altered, or issued to another account, is refused (400 `INVALID_CURSOR`). */
      cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
      /** How many events a page holds, 1 to 100; 20 when absent. */
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    }),
    response: {
      200: SecurityEventPageSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CURSOR', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CURSOR', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1SetupMfa: {
    body: V1PasswordBodySchema,
    response: {
      200: V1MfaSetupResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1EnableMfa: {
    body: V1MfaCodeBodySchema,
    response: {
      200: V1TokenResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_MFA_CODE', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_MFA_CODE', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1DisableMfa: {
    body: V1PasswordBodySchema,
    response: {
      200: V1TokenResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ChangePassword: {
    body: ChangePasswordBodySchema,
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['WEAK_PASSWORD', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['WEAK_PASSWORD', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ChangeEmail: {
    body: ChangeEmailBodySchema,
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS', 'MFA_REQUIRED', 'INVALID_MFA_CODE', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS', 'MFA_REQUIRED', 'INVALID_MFA_CODE', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ConfirmEmailChange: {
    body: EmailChangeCodeBodySchema,
    response: {
      200: V1ChangeEmailResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CODE', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CODE', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      409: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1UndoEmailChange: {
    body: EmailChangeUndoBodySchema,
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_TOKEN', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_TOKEN', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      409: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1PasskeyRegisterOptions: {
    body: V1PasskeyRegisterOptionsBodySchema,
    response: {
      200: V1PasskeyCreationChallengeSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1PasskeyRegisterVerify: {
    body: V1PasskeyRegisterVerifyBodySchema,
    response: {
      201: PasskeySchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PASSKEY_REGISTRATION_FAILED', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['PASSKEY_REGISTRATION_FAILED', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1PasskeyLoginOptions: {
    body: V1PasskeyLoginOptionsBodySchema,
    response: {
      200: V1PasskeyRequestChallengeSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1PasskeyLoginVerify: {
    body: V1PasskeyAssertionSchema,
    response: {
      200: V1TokenResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_PASSKEY']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_PASSKEY']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_NOT_VERIFIED', 'FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ListPasskeys: {
    response: {
      200: V1PasskeyListSchema,
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1DeletePasskey: {
    params: Type.Object({
      /** The passkey's `id` (as listed). */
      id: Type.String({ minLength: 1, maxLength: 128 }),
    }),
    response: {
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FRESH_SESSION_REQUIRED', 'FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      409: Type.Object({
        error: Type.Object({
          code: Type.Enum(['LAST_SIGN_IN_METHOD']),
          message: Type.String(),
        }),
        code: Type.Enum(['LAST_SIGN_IN_METHOD']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1DeleteAccount: {
    body: AccountDeletionBodySchema,
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CREDENTIALS', 'MFA_REQUIRED', 'INVALID_MFA_CODE', 'SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CREDENTIALS', 'MFA_REQUIRED', 'INVALID_MFA_CODE', 'SESSION_EXPIRED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1ExportAccount: {
    response: {
      200: AccountExportSchema,
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SESSION_EXPIRED']),
          message: Type.String(),
        }),
        code: Type.Enum(['SESSION_EXPIRED']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1EmailSignInStart: {
    body: EmailSignInStartBodySchema,
    response: {
      200: V1MessageResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_REDIRECT', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  v1EmailSignInVerify: {
    body: EmailSignInVerifyBodySchema,
    response: {
      200: Type.Union([V1TokenResultSchema, V1MfaChallengeSchema], { discriminator: { propertyName: 'kind', mapping: { tokens: '#/components/schemas/V1TokenResult', mfa_challenge: '#/components/schemas/V1MfaChallenge' } } }),
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INVALID_CODE', 'INVALID_TOKEN', 'VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INVALID_CODE', 'INVALID_TOKEN', 'VALIDATION_ERROR']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN', 'USER_BANNED']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceIntrospectToken: {
    body: IntrospectionBodySchema,
    response: {
      200: IntrospectionResultSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN_ORIGIN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN_ORIGIN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceGetJwks: {
    response: {
      200: JsonWebKeySetSchema,
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceGetMetrics: {
    response: {
      200: { content: { 'text/plain': { schema: Type.String() } } },
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminListKeys: {
    response: {
      200: ApiKeyListSchema,
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminCreateKey: {
    body: NewApiKeySchema,
    response: {
      201: CreatedApiKeySchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminRevokeKey: {
    params: Type.Object({
      /** The key's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: ApiKeySchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminListUsers: {
    querystring: Type.Object({
      /** Only addresses that start with this (case-insensitive). */
      emailPrefix: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
      /** Only users created at or after this time. A leap second (`:60`), or a time outside years 1 to 9999 (in UTC, once its offset is applied), is refused: 400 `VALIDATION_ERROR` naming the field. */
      createdAfter: Type.Optional(Type.String({ format: 'date-time' })),
      /** Only users created before this time. A leap second (`:60`), or a time outside years 1 to 9999 (in UTC, once its offset is applied), is refused: 400 `VALIDATION_ERROR` naming the field. */
      createdBefore: Type.Optional(Type.String({ format: 'date-time' })),
      /** Only users whose address is (`true`) or is not (`false`) verified. */
      verified: Type.Optional(Type.Boolean()),
      /** Only users under a ban that applies now (`true`), or not (`false`; a ban that has ended counts as none). */
      banned: Type.Optional(Type.Boolean()),
      /** Users per page. */
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      /** `nextCursor` of the page before, as it was given: opaque, tied to the filters it was issued with. Absent: the newest users. A cursor that was altered, or is sent with other filters, is refused (400 `INVALID_CURSOR`). */
      cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    }),
    response: {
      200: AdminUserPageSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR', 'INVALID_CURSOR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR', 'INVALID_CURSOR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminCreateUser: {
    body: AdminNewUserSchema,
    response: {
      201: AdminUserSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR', 'WEAK_PASSWORD']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR', 'WEAK_PASSWORD']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      409: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminGetUser: {
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: AdminUserSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminUpdateUser: {
    body: AdminUserUpdateSchema,
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: AdminUserSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      409: Type.Object({
        error: Type.Object({
          code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
          message: Type.String(),
        }),
        code: Type.Enum(['EMAIL_ALREADY_EXISTS']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminDeleteUser: {
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminListUserSessions: {
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: DeviceSessionListSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminRevokeUserSessions: {
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: RevokedSessionsSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminRevokeUserSession: {
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
      /** The session's `id`, as the list of the user's sessions gives it. */
      sessionId: Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }),
    }),
    response: {
      200: RevokedSessionsSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminListAuditEvents: {
    querystring: Type.Object({
      /** Only events of this user. */
      userId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
      /** Only events of this type (`sign_in.failed`, `session.revoked`, `admin.key_created`, …). */
      type: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
      /** Only events at or after this time. A leap second (`:60`), or a time outside years 1 to 9999 (in UTC, once its offset is applied), is refused: 400 `VALIDATION_ERROR` naming the field. */
      since: Type.Optional(Type.String({ format: 'date-time' })),
      /** Only events before this time. A leap second (`:60`), or a time outside years 1 to 9999 (in UTC, once its offset is applied), is refused: 400 `VALIDATION_ERROR` naming the field. */
      until: Type.Optional(Type.String({ format: 'date-time' })),
      /** Events per page. */
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
      /** `nextCursor` of the page before, as it was given: opaque, tied to the filters it was issued with. A cursor that was altered, or is sent with other filters, is refused (400 `INVALID_CURSOR`). */
      cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    }),
    response: {
      200: AuditEventPageSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR', 'INVALID_CURSOR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR', 'INVALID_CURSOR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminResetMfa: {
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: AdminUserSchema,
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminBanUser: {
    body: AdminUserBanSchema,
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: AdminUserSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminUnbanUser: {
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: AdminUserSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminSendPasswordReset: {
    params: Type.Object({
      /** The user's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminListWebhookEndpoints: {
    response: {
      200: WebhookEndpointListSchema,
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminCreateWebhookEndpoint: {
    body: NewWebhookEndpointSchema,
    response: {
      201: CreatedWebhookEndpointSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminGetWebhookEndpoint: {
    params: Type.Object({
      /** The endpoint's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: WebhookEndpointSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminUpdateWebhookEndpoint: {
    body: WebhookEndpointUpdateSchema,
    params: Type.Object({
      /** The endpoint's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: WebhookEndpointSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminDeleteWebhookEndpoint: {
    params: Type.Object({
      /** The endpoint's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: WebhookEndpointSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminRotateWebhookSecret: {
    body: WebhookSecretRotationSchema,
    params: Type.Object({
      /** The endpoint's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      200: CreatedWebhookEndpointSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      413: Type.Object({
        error: Type.Object({
          code: Type.Enum(['PAYLOAD_TOO_LARGE']),
          message: Type.String(),
        }),
        code: Type.Enum(['PAYLOAD_TOO_LARGE']),
        message: Type.String(),
      }),
      415: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNSUPPORTED_MEDIA_TYPE']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminListWebhookDeliveries: {
    params: Type.Object({
      /** The endpoint's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    querystring: Type.Object({
      /** Deliveries per page. */
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      /** `nextCursor` of the page before, as it was given: opaque, tied to the endpoint. A cursor that was altered, or is sent for another endpoint, is refused (400 `INVALID_CURSOR`). */
      cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    }),
    response: {
      200: WebhookDeliveryPageSchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR', 'INVALID_CURSOR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR', 'INVALID_CURSOR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
  serviceAdminResendWebhookDelivery: {
    params: Type.Object({
      /** The endpoint's `id`. */
      id: Type.String({ minLength: 1, maxLength: 64 }),
      /** The delivery's `id`. */
      deliveryId: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    response: {
      202: WebhookDeliverySchema,
      400: Type.Object({
        error: Type.Object({
          code: Type.Enum(['VALIDATION_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['VALIDATION_ERROR']),
        message: Type.String(),
      }),
      401: Type.Object({
        error: Type.Object({
          code: Type.Enum(['UNAUTHORIZED']),
          message: Type.String(),
        }),
        code: Type.Enum(['UNAUTHORIZED']),
        message: Type.String(),
      }),
      403: Type.Object({
        error: Type.Object({
          code: Type.Enum(['FORBIDDEN']),
          message: Type.String(),
        }),
        code: Type.Enum(['FORBIDDEN']),
        message: Type.String(),
      }),
      404: Type.Object({
        error: Type.Object({
          code: Type.Enum(['NOT_FOUND']),
          message: Type.String(),
        }),
        code: Type.Enum(['NOT_FOUND']),
        message: Type.String(),
      }),
      429: Type.Object({
        error: Type.Object({
          code: Type.Enum(['RATE_LIMITED']),
          message: Type.String(),
        }),
        code: Type.Enum(['RATE_LIMITED']),
        message: Type.String(),
      }),
      500: Type.Object({
        error: Type.Object({
          code: Type.Enum(['INTERNAL_ERROR']),
          message: Type.String(),
        }),
        code: Type.Enum(['INTERNAL_ERROR']),
        message: Type.String(),
      }),
      503: Type.Object({
        error: Type.Object({
          code: Type.Enum(['SERVICE_UNAVAILABLE']),
          message: Type.String(),
        }),
        code: Type.Enum(['SERVICE_UNAVAILABLE']),
        message: Type.String(),
      }),
    },
  },
}
