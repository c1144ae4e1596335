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
  register,
  verifyRegistrationCode,
  resendVerification,
  completeRegistration,
  login,
  verifyMfa,
  refreshToken,
  requestPasswordResetV1,
  resetPasswordV1,
  logout,
  me,
  setupMfa,
  enableMfa,
  disableMfa,
  v1ChangePassword,
  v1ChangeEmail,
  v1ConfirmEmailChange,
  v1UndoEmailChange,
  introspectToken,
} satisfies Partial<OperationHandlers>
