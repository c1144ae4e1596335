import type { FastifyRequest } from 'fastify'
import type { AdminUser } from '../schemas/index.js'
import type { ApiKeyRow } from '../db/tables.js'
import { AppError } from '../errors/error-codes.js'
import { removeSecondFactor } from '../sessions/two-factor-repository.js'
import { lockUser } from '../sessions/user-repository.js'
import { auditAdminAction } from './admin-credential.js'
import { auditAdminNoChange } from './admin-no-change.js'
import { toAdminUser } from './admin-users.js'

/** Removes a user's second factor (secret and backup codes); the user is told, as when they turn it off. Without one, `admin.no_change` is recorded. */
export async function resetMfa(request: FastifyRequest, key: ApiKeyRow, userId: string): Promise<AdminUser> {
  const { db } = request.server
  const user = await lockUser(db, userId)
  if (user === undefined) throw new AppError('NOT_FOUND', 'User not found')
  const hadMfa = await db.selectFrom('two_factor').select('id').where('user_id', '=', userId).executeTakeFirst() !== undefined || user.two_factor_enabled === true
  await removeSecondFactor(db, userId)
  if (hadMfa) await auditAdminAction(request, key, { type: 'mfa.disabled', userId, email: user.email })
  else await auditAdminNoChange(request, key, userId)
  return toAdminUser((await lockUser(db, userId))!, request.server.clock.now())
}
