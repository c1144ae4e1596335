import { requestPasswordReset, resetPassword } from '../../auth/password-reset.js'
import type { OperationHandlers } from '../../contract/register-operations.js'
import { introspectToken } from './introspection.js'
import { disableMfa, enableMfa, setupMfa } from './mfa.js'
import { completeRegistration, register, resendVerification, verifyRegistrationCode } from './registration.js'
import { logout } from './logout.js'
import { login, me, refreshToken, verifyMfa } from './sign-in.js'

/** `/api/v1/better-auth/*` and introspection, by operationId. */
export const v1Handlers: OperationHandlers = {
  register,
  verifyRegistrationCode,
  resendVerification,
  completeRegistration,
  login,
  verifyMfa,
  refreshToken,
  // The same reset as /api/auth: Better Auth's link and token; the reset revokes sessions and refresh tokens.
  requestPasswordResetV1: requestPasswordReset,
  resetPasswordV1: resetPassword,
  logout,
  me,
  setupMfa,
  enableMfa,
  disableMfa,
  introspectToken,
}
