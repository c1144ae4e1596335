import type { MailMessage } from '../auth/mailer.js'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { auditWithoutPersonalData } from '../audit/audit-trail.js'
import { AppError } from '../errors/error-codes.js'
import { createDeviceCookies, DEVICE_COOKIE_NAME } from '../rate-limit/device-cookie.js'
import { accountThrottleKey, deviceThrottleKey } from '../rate-limit/sign-in-guard.js'
import { eraseAccount, lockUserForErasure } from '../sessions/account-erasure-repository.js'
import { findLiveSessionWithUserById, type SessionWithUserRow } from '../sessions/session-repository.js'
import { clearAccountCookies } from './account-cookies.js'
import { reauthenticate, SECOND_FACTOR_REQUIRED } from '../credentials/reauthentication.js'

/**
 * Deletes the caller's account, on any surface, in the request's unit of work: re-authentication,
 * a notice to the address, the erasure of every row of the account (eraseAccount), a tombstone in
 * the audit trail, and the browser's cookies cleared. Every session goes with the account, so every token that names one (access tokens,
 * `/auth` JWTs, session cookies and bearer tokens, refresh tokens) stops working at the commit.
 */
export async function deleteAccount(
  request: FastifyRequest,
  reply: FastifyReply,
  caller: SessionWithUserRow,
  proof: { readonly password: string; readonly code?: string | undefined },
): Promise<void> {
  const { server } = request
  // Counted toward the account's sign-in delay, as every password check is (a session in the
  // wrong hands is no faster a way to guess the password than signing in), and so before the
  // request writes anything: the count is kept whatever becomes of the request.
  await reauthenticate(request, reply, caller, { currentPassword: proof.password, code: proof.code }, { secondFactor: true, wrongPassword: 'Invalid password' })
  // The account's row is held from here to the commit: a change of it in flight (MFA turned on,
  // which also renews the session) is finished first, and is read again below.
  if (!await lockUserForErasure(server.db, caller.user.id)) throw new AppError('SESSION_EXPIRED')
  const found = await findLiveSessionWithUserById(server.db, caller.session.id, server.clock.now())
  if (found === undefined) throw new AppError('SESSION_EXPIRED')
  // A second factor turned on while the proof was checked: its code was not asked for.
  if (found.user.two_factor_enabled === true && caller.user.two_factor_enabled !== true) {
    throw new AppError('MFA_REQUIRED', SECOND_FACTOR_REQUIRED)
  }

  const { user } = found
  const deviceId = await deviceOfAccount(request, user.email)
  await eraseAccount(server.db, {
    userId: user.id,
    email: user.email,
    throttleKeys: [accountThrottleKey(user.email), ...(deviceId === undefined ? [] : [deviceThrottleKey(deviceId)])],
  })
  // Written after the erasure (which deletes every message to the address) and delivered once it
  // has committed: the one row that still names the address, until the outbox's retention ends.
  await server.mailer.send(deletionNotice(user.email, server.clock.now()))
  await auditWithoutPersonalData(request, { type: 'user.deleted', userId: user.id })
  clearAccountCookies(request, reply, { device: deviceId !== undefined })
}

/** The device this browser's device cookie names, when the cookie is ours and for this account. */
async function deviceOfAccount(request: FastifyRequest, email: string): Promise<string | undefined> {
  const { server } = request
  const value = server.parseCookie(request.headers.cookie ?? '')[DEVICE_COOKIE_NAME]
  if (value === undefined) return undefined
  const { secret } = await server.auth.$context
  return createDeviceCookies(secret).verify(value, email, server.clock.nowMs())?.id
}

/** The notice an erased account's address gets, whoever deleted it. */
export function deletionNotice(to: string, at: Date): MailMessage {
  return {
    to,
    kind: 'account_deleted',
    subject: 'Your account was deleted',
    text: [
      `The account for this address was deleted on ${at.toUTCString()}.`,
      'Its sessions, sign-in methods and personal data are gone; this address can be used to sign up again.',
      '',
      'If you did not delete it, someone knew its password: change that password wherever else you use it.',
      '',
    ].join('\n'),
  }
}
