import type { FastifyRequest } from 'fastify'
import type { ApiKeyRow } from '../db/tables.js'
import { deletionNotice } from '../account/account-deletion.js'
import { AppError } from '../errors/error-codes.js'
import { accountThrottleKey } from '../rate-limit/sign-in-guard.js'
import { eraseAccount, lockUserForErasure } from '../sessions/account-erasure-repository.js'
import { findUserById } from '../sessions/user-repository.js'
import { auditAdminAction } from './admin-credential.js'

/**
 * Deletes a user as their own deletion does (src/account/account-deletion.ts): every row of the
 * account erased in the request's unit of work, the deletion notice written after the erasure (the
 * one message left that names the address), and a tombstone in the audit trail, without the
 * address, naming the key.
 */
export async function deleteUser(request: FastifyRequest, key: ApiKeyRow, userId: string): Promise<void> {
  const { db, clock, mailer } = request.server
  if (!await lockUserForErasure(db, userId)) throw new AppError('NOT_FOUND', 'User not found')
  const user = (await findUserById(db, userId))!
  await eraseAccount(db, { userId, email: user.email, throttleKeys: [accountThrottleKey(user.email)] })
  await mailer.send(deletionNotice(user.email, clock.now()))
  await auditAdminAction(request, key, { type: 'user.deleted', userId })
}
