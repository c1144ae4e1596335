import type { FastifyRequest } from 'fastify'
import { headersForSession, type Endpoint } from '../auth/call-auth.js'
import { spendingTotpCode } from '../auth/totp-replay.js'
import { AppError } from '../errors/error-codes.js'
import { findCredentialPasswordHash } from '../sessions/pending-registration-repository.js'
import type { SessionWithUserRow } from '../sessions/session-repository.js'
import { lockSecondFactor } from '../sessions/two-factor-repository.js'

/** What the caller gives to prove, right now, that the account is theirs. */
export interface Reauthentication {
  readonly password: string
  /** A TOTP code or a backup code; needed when the account has a second factor. */
  readonly code?: string | undefined
}

/**
 * Proves the caller is the account's owner now, not merely the holder of a session: a stolen
 * cookie or token alone must not be enough to do what cannot be undone. The password, and for an
 * account with a second factor also a code of it, as a sign-in would ask. The password is checked
 * first, so a wrong one spends no code.
 */
export async function reauthenticate(request: FastifyRequest, found: SessionWithUserRow, proof: Reauthentication): Promise<void> {
  const { server } = request
  const hash = await findCredentialPasswordHash(server.db, found.user.id)
  const context = await server.auth.$context
  // An account without a password (none can be made yet) has no way to prove itself here.
  const valid = hash !== undefined && await context.password.verify({ hash, password: proof.password })
  if (!valid) throw new AppError('INVALID_CREDENTIALS', 'Invalid password')
  if (found.user.two_factor_enabled !== true) return
  if (proof.code === undefined) throw new AppError('MFA_REQUIRED', 'A code from the authenticator app or a backup code is required')
  await checkSecondFactor(request, found, proof.code)
}

/**
 * Better Auth's own check of a TOTP or backup code, on behalf of the signed-in session. Checks of
 * one account take turns (a backup code is spent once), and a TOTP code works once per account.
 */
async function checkSecondFactor(request: FastifyRequest, found: SessionWithUserRow, code: string): Promise<void> {
  const { server } = request
  const userId = found.user.id
  await lockSecondFactor(server.db, userId)
  const isTotp = /^\d{6}$/.test(code)
  const endpoint = (isTotp ? server.auth.api.verifyTOTP : server.auth.api.verifyBackupCode) as Endpoint
  const verify = async (): Promise<void> => {
    await endpoint({ body: { code }, headers: headersForSession(request, found.session.token), returnHeaders: true })
  }
  if (isTotp) await spendingTotpCode(request, userId, code, verify)
  else await verify()
}
