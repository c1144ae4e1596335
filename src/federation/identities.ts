import type { FastifyRequest } from 'fastify'
import { audit } from '../audit/audit-trail.js'
import { AppError } from '../errors/error-codes.js'
import { deleteUserIdentity, listUserIdentities } from '../sessions/identity-repository.js'
import { countSignInMethods } from '../sessions/passkey-repository.js'
import type { SessionWithUserRow } from '../sessions/session-repository.js'
import { lockAccountForEnrolment } from '../sessions/two-factor-repository.js'

/**
 * Unlinks the caller's identity at one provider, unless it is the account's last way to sign in
 * (a password, a passkey, an identity): counted after the account is locked, so two removals at
 * once cannot each leave the other as the last.
 */
export async function unlinkIdentity(request: FastifyRequest, caller: SessionWithUserRow, providerId: string): Promise<void> {
  const { db } = request.server
  await lockAccountForEnrolment(db, caller.user.id)
  // Checked before anything changes: a refusal (4xx) keeps what its request wrote.
  const identities = await listUserIdentities(db, caller.user.id)
  const leaving = identities.filter((identity) => identity.providerId === providerId).length
  if (leaving === 0) throw new AppError('NOT_FOUND', 'No identity of that provider')
  // Every identity at the provider goes (an account may hold two there): what remains must sign in.
  if (await countSignInMethods(db, caller.user.id) - leaving < 1) throw new AppError('LAST_SIGN_IN_METHOD')
  await deleteUserIdentity(db, caller.user.id, providerId)
  for (let removed = 0; removed < leaving; removed += 1) {
    await audit(request, { type: 'identity.unlinked', userId: caller.user.id, sessionId: caller.session.id, detail: { provider: providerId } })
  }
}

/**
 * An identity is linked only to an account whose address is confirmed (403 EMAIL_NOT_VERIFIED
 * otherwise): an unconfirmed address owns nothing, and an identity linked to it would be a way in
 * for whoever registered it, kept after the mailbox's owner takes the account over.
 */
export function assertMayLink(caller: SessionWithUserRow): void {
  if (!caller.user.email_verified) throw new AppError('EMAIL_NOT_VERIFIED', 'Confirm your email address before linking a provider')
}
