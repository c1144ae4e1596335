import type { OperationHandlers } from '../../contract/operation-handlers.js'
import { verifyEmail, verifyEmailToken, sendVerificationEmail } from './email-verification.js'
import { nativeChangeEmail, nativeUndoEmailChange, nativeUndoEmailChangeCallback, nativeVerifyEmailChange } from './email-change.js'
import { changePassword } from './password-change.js'
import { forgotPassword, requestPasswordReset, resetPassword, resetPasswordCallback } from './password-reset.js'
import { getSession, getSessionStatus, listSessions, revokeOtherSessions, revokeSession } from './session.js'
import { signInEmail, verifyBackupCode, verifyTotp } from './sign-in.js'
import { signOut } from './sign-out.js'
import { signUpEmail } from './sign-up.js'

/** `/api/auth/*`, by operationId. */
export const nativeHandlers = {
  signUpEmail,
  signInEmail,
  signOut,
  getSession,
  getSessionStatus,
  forgotPassword,
  requestPasswordReset,
  resetPasswordCallback,
  resetPassword,
  verifyEmail,
  verifyEmailToken,
  sendVerificationEmail,
  changePassword,
  nativeChangeEmail,
  nativeVerifyEmailChange,
  nativeUndoEmailChangeCallback,
  nativeUndoEmailChange,
  listSessions,
  revokeSession,
  revokeOtherSessions,
  verifyTotp,
  verifyBackupCode,
} satisfies Partial<OperationHandlers>
