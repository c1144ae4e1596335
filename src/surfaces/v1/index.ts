import type { OperationHandlers } from '../../contract/operation-handlers.js'
import { v1DeleteAccount, v1ExportAccount } from './account.js'
import { v1ListSecurityEvents, v1ListSessions, v1RevokeOtherSessions, v1RevokeSession } from './devices.js'
import { v1ChangeEmail, v1ChangePassword, v1ConfirmEmailChange, v1UndoEmailChange } from './credentials.js'
import { introspectToken } from './introspection.js'
import { disableMfa, enableMfa, setupMfa } from './mfa.js'
import { requestPasswordResetV1, resetPasswordV1 } from './password-reset.js'
import { completeRegistration, register, resendVerification, verifyRegistrationCode } from './registration.js'
import { logout } from './logout.js'
import { v1CompleteIdentityLink, v1LinkIdentity, v1ListIdentities, v1OAuthExchange, v1OAuthStart, v1UnlinkIdentity } from './federation.js'
import { login, me, refreshToken, verifyMfa } from './sign-in.js'
import { v1EmailSignInStart, v1EmailSignInVerify } from './email-sign-in.js'
import { v1DeletePasskey, v1ListPasskeys, v1PasskeyLoginOptions, v1PasskeyLoginVerify, v1PasskeyRegisterOptions, v1PasskeyRegisterVerify } from './passkeys.js'

/** `/api/v1/better-auth/*` and introspection, by operationId. */
export const v1Handlers = {
  v1Register: register,
  v1VerifyRegistrationCode: verifyRegistrationCode,
  v1ResendVerification: resendVerification,
  v1CompleteRegistration: completeRegistration,
  v1Login: login,
  v1EmailSignInStart,
  v1EmailSignInVerify,
  v1VerifyMfa: verifyMfa,
  v1RefreshToken: refreshToken,
  v1RequestPasswordReset: requestPasswordResetV1,
  v1ResetPassword: resetPasswordV1,
  v1Logout: logout,
  v1Me: me,
  v1ListSessions,
  v1RevokeSession,
  v1RevokeOtherSessions,
  v1ListSecurityEvents,
  v1SetupMfa: setupMfa,
  v1EnableMfa: enableMfa,
  v1DisableMfa: disableMfa,
  v1ChangePassword,
  v1ChangeEmail,
  v1ConfirmEmailChange,
  v1UndoEmailChange,
  serviceIntrospectToken: introspectToken,
  v1DeleteAccount,
  v1ExportAccount,
  v1PasskeyRegisterOptions,
  v1PasskeyRegisterVerify,
  v1PasskeyLoginOptions,
  v1PasskeyLoginVerify,
  v1ListPasskeys,
  v1DeletePasskey,
  v1OAuthStart,
  v1OAuthExchange,
  v1ListIdentities,
  v1LinkIdentity,
  v1CompleteIdentityLink,
  v1UnlinkIdentity,
} satisfies Partial<OperationHandlers>
