import { randomBytes, randomUUID } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { AdminNewUser, AdminUser } from '../schemas/index.js'
import type { ApiKeyRow } from '../db/tables.js'
import type { MailMessage } from '../auth/mailer.js'
import { AppError } from '../errors/error-codes.js'
import { claimUserForAddress, setCredentialPassword } from '../sessions/pending-registration-repository.js'
import { lockUser } from '../sessions/user-repository.js'
import { auditAdminAction } from './admin-credential.js'
import { toAdminUser } from './admin-users.js'

/** How long an invitation link works: a week, where a reset link works an hour. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

/**
 * Creates a user, with a password (held to sign-up's rule) or with an invitation. The invitation
 * is Better Auth's password-reset token with a longer life, so accepting it is a password reset:
 * it sets the account's first password, and (as every reset from the mailbox) confirms the
 * address (src/auth/better-auth.ts onPasswordReset). Until then the account has no password, so
 * nothing signs in to it. The row is inserted only if the address is free, so two creations of one
 * address cannot both succeed, whatever raced.
 */
export async function createUser(request: FastifyRequest, key: ApiKeyRow, input: AdminNewUser): Promise<AdminUser> {
  const { db, clock, auth } = request.server
  const invite = input.invite === true
  if (invite === (input.password !== undefined)) throw new AppError('VALIDATION_ERROR', 'Send exactly one of password and invite: true')
  if (invite && input.emailVerified !== undefined) throw new AppError('VALIDATION_ERROR', 'emailVerified comes with a password; an accepted invitation verifies the address')
  const context = await auth.$context
  const { minPasswordLength, maxPasswordLength } = context.password.config
  if (input.password !== undefined && (input.password.length < minPasswordLength || input.password.length > maxPasswordLength)) throw new AppError('WEAK_PASSWORD')
  const now = clock.now()
  const email = input.email.trim().toLowerCase()
  const { user, created } = await claimUserForAddress(db, { id: context.generateId({ model: 'user' }) || randomUUID(), email, name: input.name, now })
  if (!created) throw new AppError('EMAIL_ALREADY_EXISTS')
  if (input.password !== undefined) {
    await setCredentialPassword(db, { userId: user.id, passwordHash: await context.password.hash(input.password), now })
    if (input.emailVerified === true) await db.updateTable('user').set({ email_verified: true }).where('id', '=', user.id).execute()
  } else {
    const token = randomBytes(24).toString('base64url')
    await context.internalAdapter.createVerificationValue({ identifier: `reset-password:${token}`, value: user.id, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) })
    const link = `${context.baseURL}/reset-password/${token}?callbackURL=${encodeURIComponent(request.server.config.passwordResetUrl)}`
    await request.server.mailer.send(invitation(email, link))
  }
  await auditAdminAction(request, key, { type: 'user.created', userId: user.id, email, detail: { invited: invite } })
  return toAdminUser((await lockUser(db, user.id))!, now)
}

function invitation(to: string, link: string): MailMessage {
  return {
    to,
    kind: 'invitation',
    subject: 'You have been invited',
    text: `An account was made for this address. Open this link within seven days to choose its password:\n\n${link}\n\nIf you did not expect this, ignore this message: without a password nothing signs in to the account.\n`,
    link,
  }
}
