import { randomUUID } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { audit } from '../audit/audit-trail.js'
import { AppError } from '../errors/error-codes.js'
import { cancelPendingEmailChanges, createEmailChange } from '../sessions/email-change-repository.js'
import type { SessionWithUserRow } from '../sessions/session-repository.js'
import { hashToken, randomToken } from '../sessions/token-hash.js'
import { findUserByEmail, lockUser } from '../sessions/user-repository.js'
import { addressTakenMessage, codeMessage, linkMessage, noticeMessage } from './email-change-messages.js'
import { CODE_TTL_MS, hashCode, LINK_TTL_MS, newCode, secondFactorDigest, UNDO_TTL_MS } from './email-change-secrets.js'
import { reauthenticate, type Reauthentication } from './reauthentication.js'

/** How the new address proves itself: a code typed into the session that asked, or a link. */
export type Confirmation = { readonly kind: 'code' } | { readonly kind: 'link'; readonly callbackURL: string }

export interface EmailChangeRequest extends Reauthentication {
  readonly newEmail: string
}

/**
 * Asks to move the caller's account to a new address, after re-authentication (the password, and
 * a second factor's code where the account has one). Nothing changes yet: the new address gets a
 * code or a link, the old one a notice with a link that undoes the change for 72 hours.
 *
 * Whether the new address belongs to another account must not show, in the answer or its time:
 * the same work is done either way (a row with a secret, two emails), except that a taken address
 * gets a note instead of the secret, which then can never be confirmed. Earlier requests still
 * pending stop counting; their undo links keep working.
 */
export async function requestEmailChange(request: FastifyRequest, reply: FastifyReply, caller: SessionWithUserRow, body: EmailChangeRequest, confirmation: Confirmation): Promise<void> {
  const { db, mailer, config } = request.server
  const { user, session } = caller
  const newEmail = body.newEmail.trim().toLowerCase()
  if (newEmail === user.email) throw new AppError('VALIDATION_ERROR', 'newEmail: already the address of this account')
  await reauthenticate(request, reply, caller, body, { secondFactor: true })
  const now = request.server.clock.now()
  // Requests of one account take turns, so one is the latest.
  await lockUser(db, user.id)
  const taken = await findUserByEmail(db, newEmail) !== undefined
  await cancelPendingEmailChanges(db, user.id)
  const id = randomUUID()
  const { secret } = await request.server.auth.$context
  const code = newCode()
  const linkToken = randomToken()
  const undoToken = randomToken()
  await createEmailChange(db, {
    id, userId: user.id, sessionId: session.id, oldEmail: user.email, newEmail,
    confirmation: confirmation.kind,
    confirmationHash: confirmation.kind === 'code' ? hashCode(secret, id, code) : hashToken(linkToken),
    confirmationExpiresAt: new Date(now.getTime() + (confirmation.kind === 'code' ? CODE_TTL_MS : LINK_TTL_MS)),
    undoHash: hashToken(undoToken),
    secondFactorDigest: await secondFactorDigest(db, user),
    expiresAt: new Date(now.getTime() + UNDO_TTL_MS),
    now,
  })
  // The new address is not recorded: the audit trail is the caller's to read, and whether the
  // address is taken is not theirs to learn.
  await audit(request, { type: 'email.change_requested', userId: user.id, email: user.email, sessionId: session.id })
  const base = `${config.baseUrl}/api/auth/change-email`
  if (taken) await mailer.send(addressTakenMessage(newEmail))
  else if (confirmation.kind === 'code') await mailer.send(codeMessage(newEmail, code))
  else await mailer.send(linkMessage(newEmail, `${base}/verify?token=${linkToken}&callbackURL=${encodeURIComponent(confirmation.callbackURL)}`))
  await mailer.send(noticeMessage(user.email, newEmail, `${base}/undo?token=${undoToken}`))
}
