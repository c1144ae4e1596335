import type { FastifyReply, FastifyRequest } from 'fastify'
import { headersForSession } from '../auth/call-auth.js'
import { checkSecondFactor } from '../auth/totp-replay.js'
import { AppError } from '../errors/error-codes.js'
import { findCredentialPasswordHash } from '../sessions/pending-registration-repository.js'
import type { SessionWithUserRow } from '../sessions/session-repository.js'

/** What the caller presents to prove again that they own the account. */
export interface Reauthentication {
  readonly currentPassword: string
  /** A six-digit TOTP code or a backup code, for an account with a second factor. */
  readonly code?: string | undefined
}

export const SECOND_FACTOR_REQUIRED = 'This account has a second factor: send a code from the authenticator app, or a backup code'

type Endpoint = (input: unknown) => Promise<unknown>

/**
 * Proves again that the caller owns the account, beyond holding one of its sessions (which may have
 * been taken over): its current password, and, when `secondFactor` is asked for and the account
 * has one, a code of its second factor. Each attempt counts toward the account's sign-in delay
 * before the password is checked, so a session in the wrong hands is no faster a way to guess the
 * password than signing in; a wrong password is answered INVALID_CREDENTIALS, a wrong code
 * INVALID_MFA_CODE. Nothing is written before the password has been found right.
 */
export async function reauthenticate(
  request: FastifyRequest,
  reply: FastifyReply,
  caller: SessionWithUserRow,
  proof: Reauthentication,
  options: {
    readonly secondFactor: boolean
    /** What a wrong password is answered with (the operations' own wording). */
    readonly wrongPassword?: string
  },
): Promise<void> {
  const { user } = caller
  const needsCode = options.secondFactor && user.two_factor_enabled === true
  // Asked before anything is counted or checked: that a code is missing says nothing about the password.
  if (needsCode && proof.code === undefined) throw new AppError('MFA_REQUIRED', SECOND_FACTOR_REQUIRED)
  await request.server.signInAttempts.reserve(request, reply, user.email)
  if (!await passwordMatches(request, user.id, proof.currentPassword)) throw new AppError('INVALID_CREDENTIALS', options.wrongPassword ?? 'Current password is incorrect')
  if (needsCode) await checkCode(request, caller, proof.code!)
}

async function passwordMatches(request: FastifyRequest, userId: string, password: string): Promise<boolean> {
  const { password: hasher } = await request.server.auth.$context
  const hash = await findCredentialPasswordHash(request.server.db, userId)
  // An account without a password (none can be made yet) has nothing to re-authenticate with.
  if (hash === undefined) return false
  return hasher.verify({ hash, password })
}

/**
 * Better Auth checks the code for the caller's own session (no sign-in is pending, so it creates
 * none); a TOTP code is spent for the account, a backup code is spent by Better Auth.
 */
async function checkCode(request: FastifyRequest, caller: SessionWithUserRow, code: string): Promise<void> {
  const { auth } = request.server
  const method = /^\d{6}$/.test(code) ? 'totp' : 'backup_code'
  const endpoint = (method === 'totp' ? auth.api.verifyTOTP : auth.api.verifyBackupCode) as unknown as Endpoint
  const body = method === 'totp' ? { code } : { code, disableSession: true }
  await checkSecondFactor(request, { method, code, pendingUser: () => Promise.resolve(caller.user.id) }, () => endpoint({ body, headers: headersForSession(request, caller.session.token) }))
}
