import type { OperationHandlers } from '../../contract/operation-handlers.js'
import { nativeDeleteUser, nativeExportAccount } from './account.js'
import { verifyEmail, verifyEmailToken, sendVerificationEmail } from './email-verification.js'
import { nativeChangeEmail, nativeUndoEmailChange, nativeUndoEmailChangeCallback, nativeVerifyEmailChange } from './email-change.js'
import { changePassword } from './password-change.js'
import { forgotPassword, requestPasswordReset, resetPassword, resetPasswordCallback } from './password-reset.js'
import { nativeListSecurityEvents } from './security-events.js'
import { getSession, getSessionStatus, listSessions, revokeOtherSessions, revokeSession } from './session.js'
import { signInEmail, verifyBackupCode, verifyTotp } from './sign-in.js'
import { signOut } from './sign-out.js'
import { nativeLinkSocial, nativeListAccounts, nativeOAuthCallback, nativeSignInSocial, nativeUnlinkAccount } from './provider-sign-in.js'
import { signUpEmail } from './sign-up.js'
import {
  nativePasskeyDeletePasskey, nativePasskeyGenerateAuthenticateOptions, nativePasskeyGenerateRegisterOptions, nativePasskeyListUserPasskeys,
  nativePasskeyUpdatePasskey, nativePasskeyVerifyAuthentication, nativePasskeyVerifyRegistration,
} from './passkeys.js'
import { nativeEmailOtpSendVerificationOtp, nativeMagicLinkVerify, nativeSignInEmailOtp, nativeSignInMagicLink } from './email-sign-in.js'

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
  nativeListSecurityEvents,
  nativeVerifyTotp: verifyTotp,
  nativeVerifyBackupCode: verifyBackupCode,
  nativeDeleteUser,
  nativeExportAccount,
  nativePasskeyGenerateRegisterOptions,
  nativePasskeyVerifyRegistration,
  nativePasskeyGenerateAuthenticateOptions,
  nativePasskeyVerifyAuthentication,
  nativePasskeyListUserPasskeys,
  nativePasskeyDeletePasskey,
  nativePasskeyUpdatePasskey,
  nativeSignInSocial,
  nativeOAuthCallback,
  nativeListAccounts,
  nativeLinkSocial,
  nativeUnlinkAccount,
  nativeSignInMagicLink,
  nativeMagicLinkVerify,
  nativeEmailOtpSendVerificationOtp,
  nativeSignInEmailOtp,
} satisfies Partial<OperationHandlers>
