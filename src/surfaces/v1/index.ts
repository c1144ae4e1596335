import type { OperationHandlers } from '../../contract/operation-handlers.js'
import { v1ChangeEmail, v1ChangePassword, v1ConfirmEmailChange, v1UndoEmailChange } from './credentials.js'
import { introspectToken } from './introspection.js'
import { disableMfa, enableMfa, setupMfa } from './mfa.js'
import { requestPasswordResetV1, resetPasswordV1 } from './password-reset.js'
import { completeRegistration, register, resendVerification, verifyRegistrationCode } from './registration.js'
import { logout } from './logout.js'
import { login, me, refreshToken, verifyMfa } from './sign-in.js'

/** `/api/v1/better-auth/*` and introspection, by operationId. */
export const v1Handlers = {
  v1Register: register,
  v1VerifyRegistrationCode: verifyRegistrationCode,
  v1ResendVerification: resendVerification,
  v1CompleteRegistration: completeRegistration,
  v1Login: login,
  v1VerifyMfa: verifyMfa,
  v1RefreshToken: refreshToken,
  v1RequestPasswordReset: requestPasswordResetV1,
  v1ResetPassword: resetPasswordV1,
  v1Logout: logout,
  v1Me: me,
  v1SetupMfa: setupMfa,
  v1EnableMfa: enableMfa,
  v1DisableMfa: disableMfa,
  v1ChangePassword,
  v1ChangeEmail,
  v1ConfirmEmailChange,
  v1UndoEmailChange,
  serviceIntrospectToken: introspectToken,
} satisfies Partial<OperationHandlers>
