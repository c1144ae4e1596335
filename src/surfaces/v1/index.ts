import type { OperationHandlers } from '../../contract/operation-handlers.js'
import { v1ListSecurityEvents, v1ListSessions, v1RevokeOtherSessions, v1RevokeSession } from './devices.js'
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
  v1ListSessions,
  v1RevokeSession,
  v1RevokeOtherSessions,
  v1ListSecurityEvents,
  setupMfa,
  enableMfa,
  disableMfa,
  introspectToken,
} satisfies Partial<OperationHandlers>
