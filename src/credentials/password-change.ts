import type { FastifyReply, FastifyRequest } from 'fastify'
import { audit } from '../audit/audit-trail.js'
import { markCredentialsReplaced } from '../auth/credentials-replaced.js'
import type { ChangePasswordBody } from '../schemas/index.js'
import { setCredentialPassword } from '../sessions/pending-registration-repository.js'
import type { SessionWithUserRow } from '../sessions/session-repository.js'
import { reauthenticate } from './reauthentication.js'
import { endOtherSessions } from './session-revocation.js'

/**
 * Changes the caller's password after checking the current one (the new one is held to the
 * sign-up rule by the contract). Every other session ends unless `revokeOtherSessions` is false:
 * whoever else knew the old password may hold one. The caller's own session goes on, unlike
 * Better Auth's change-password, which replaces it (a v1 access token or `/auth` token names it).
 */
export async function changePassword(request: FastifyRequest, reply: FastifyReply, caller: SessionWithUserRow, body: ChangePasswordBody): Promise<void> {
  const { db, clock } = request.server
  const { user, session } = caller
  await reauthenticate(request, reply, caller, { currentPassword: body.currentPassword }, { secondFactor: false })
  const { password } = await request.server.auth.$context
  const now = clock.now()
  const revokeOthers = body.revokeOtherSessions !== false
  // First, so that a sign-in with the old password still in flight commits before the sessions
  // are ended (and its own with them), and one that comes later makes none (src/auth/session-admission.ts).
  if (revokeOthers) await markCredentialsReplaced(db, user.id, now)
  await setCredentialPassword(db, { userId: user.id, passwordHash: await password.hash(body.newPassword), now })
  if (revokeOthers) await endOtherSessions(db, user.id, session.id, now)
  await audit(request, { type: 'password.changed', userId: user.id, sessionId: session.id, detail: revokeOthers ? { scope: 'others' } : {} })
}
