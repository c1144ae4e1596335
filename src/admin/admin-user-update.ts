import type { FastifyRequest } from 'fastify'
import type { AdminUser, AdminUserUpdate } from '../schemas/index.js'
import type { ApiKeyRow } from '../db/tables.js'
import { confirmAddress } from '../auth/address-confirmation.js'
import { AppError } from '../errors/error-codes.js'
import { lockUser } from '../sessions/user-repository.js'
import { auditAdminAction } from './admin-credential.js'
import { toAdminUser } from './admin-users.js'

/**
 * Changes a user's name or verified flag. Marking an unverified address verified is its
 * confirmation, with the same consequence as the owner's own (src/auth/address-confirmation.ts):
 * whatever was issued before, perhaps to someone who registered the address first, ends.
 */
export async function updateUser(request: FastifyRequest, key: ApiKeyRow, userId: string, change: AdminUserUpdate): Promise<AdminUser> {
  const { db, clock } = request.server
  const user = await lockUser(db, userId)
  if (user === undefined) throw new AppError('NOT_FOUND', 'User not found')
  const now = clock.now()
  if (change.emailVerified === true && !user.email_verified) await confirmAddress(db, user, now)
  const set = {
    ...(change.name === undefined ? {} : { name: change.name }),
    ...(change.emailVerified === false ? { email_verified: false } : {}),
  }
  await db.updateTable('user').set({ ...set, updated_at: now }).where('id', '=', userId).execute()
  await auditAdminAction(request, key, { type: 'admin.user_updated', userId, detail: { fields: Object.keys(change).sort() } })
  const updated = await lockUser(db, userId)
  return toAdminUser(updated!)
}
