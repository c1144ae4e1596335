import { requestPasswordReset, resetPassword } from '../../auth/password-reset.js'
import type { OperationHandlers } from '../../contract/register-operations.js'
import { verifyEmail, verifyEmailToken, sendVerificationEmail } from './email-verification.js'
import { changePassword } from './password-change.js'
import { resetPasswordCallback } from './password-reset.js'
import { getSession, getSessionStatus, listSessions, revokeOtherSessions, revokeSession } from './session.js'
import { signInEmail, verifyBackupCode, verifyTotp } from './sign-in.js'
import { signOut } from './sign-out.js'
import { signUpEmail } from './sign-up.js'

/** `/api/auth/*`, by operationId. */
export const nativeHandlers: OperationHandlers = {
  signUpEmail,
  signInEmail,
  signOut,
  getSession,
  getSessionStatus,
  forgotPassword: requestPasswordReset,
  requestPasswordReset,
  resetPasswordCallback,
  resetPassword,
  verifyEmail,
  verifyEmailToken,
  sendVerificationEmail,
  changePassword,
  listSessions,
  revokeSession,
  revokeOtherSessions,
  verifyTotp,
  verifyBackupCode,
}
