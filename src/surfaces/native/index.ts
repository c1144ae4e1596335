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
  nativeSignUpEmail: signUpEmail,
  nativeSignInEmail: signInEmail,
  nativeSignOut: signOut,
  nativeGetSession: getSession,
  nativeGetSessionStatus: getSessionStatus,
  nativeForgotPassword: forgotPassword,
  nativeRequestPasswordReset: requestPasswordReset,
  nativeResetPasswordCallback: resetPasswordCallback,
  nativeResetPassword: resetPassword,
  nativeVerifyEmail: verifyEmail,
  nativeVerifyEmailToken: verifyEmailToken,
  nativeSendVerificationEmail: sendVerificationEmail,
  nativeChangePassword: changePassword,
  nativeChangeEmail,
  nativeVerifyEmailChange,
  nativeUndoEmailChangeCallback,
  nativeUndoEmailChange,
  nativeListSessions: listSessions,
  nativeRevokeSession: revokeSession,
  nativeRevokeOtherSessions: revokeOtherSessions,
  nativeVerifyTotp: verifyTotp,
  nativeVerifyBackupCode: verifyBackupCode,
} satisfies Partial<OperationHandlers>
