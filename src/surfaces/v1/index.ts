import type { OperationHandlers } from '../../contract/operation-handlers.js'
import { introspectToken } from './introspection.js'
import { disableMfa, enableMfa, setupMfa } from './mfa.js'
import { requestPasswordResetV1, resetPasswordV1 } from './password-reset.js'
import { completeRegistration, register, resendVerification, verifyRegistrationCode } from './registration.js'
import { logout } from './logout.js'
import { login, me, refreshToken, verifyMfa } from './sign-in.js'
import { v1DeletePasskey, v1ListPasskeys, v1PasskeyLoginOptions, v1PasskeyLoginVerify, v1PasskeyRegisterOptions, v1PasskeyRegisterVerify } from './passkeys.js'

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
  introspectToken,
  v1PasskeyRegisterOptions,
  v1PasskeyRegisterVerify,
  v1PasskeyLoginOptions,
  v1PasskeyLoginVerify,
  v1ListPasskeys,
  v1DeletePasskey,
} satisfies Partial<OperationHandlers>
