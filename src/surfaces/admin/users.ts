import type { FastifyReply } from 'fastify'
import type { AdminUser, AdminUserPage } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { requireApiKey } from '../../admin/admin-credential.js'
import { resetMfa } from '../../admin/admin-mfa.js'
import { updateUser } from '../../admin/admin-user-update.js'
import { listUserPage, toAdminUser } from '../../admin/admin-users.js'
import { parseDateTimeInput } from '../../contract/date-input.js'
import { AppError } from '../../errors/error-codes.js'
import { findUserById } from '../../sessions/user-repository.js'

/** GET /api/v1/admin/users: reads are not audited (they change nothing); the key's last use is kept. */
export async function serviceAdminListUsers(request: OperationRequest<'serviceAdminListUsers'>, reply: FastifyReply): Promise<AdminUserPage> {
  await requireApiKey(request, reply, 'users:read')
  const { emailPrefix, createdAfter, createdBefore, verified, banned, cursor, limit } = request.query
  return listUserPage(request.server, {
    ...(emailPrefix === undefined ? {} : { emailPrefix }),
    ...(createdAfter === undefined ? {} : { createdAfter: parseDateTimeInput(createdAfter, 'createdAfter') }),
    ...(createdBefore === undefined ? {} : { createdBefore: parseDateTimeInput(createdBefore, 'createdBefore') }),
    ...(verified === undefined ? {} : { verified }),
    ...(banned === undefined ? {} : { banned }),
  }, { ...(cursor === undefined ? {} : { cursor }), ...(limit === undefined ? {} : { limit }) })
}

/** GET /api/v1/admin/users/{id} */
export async function serviceAdminGetUser(request: OperationRequest<'serviceAdminGetUser'>, reply: FastifyReply): Promise<AdminUser> {
  await requireApiKey(request, reply, 'users:read')
  const user = await findUserById(request.server.db, request.params.id)
  if (user === undefined) throw new AppError('NOT_FOUND')
  return toAdminUser(user, request.server.clock.now())
}

/** PATCH /api/v1/admin/users/{id} */
export async function serviceAdminUpdateUser(request: OperationRequest<'serviceAdminUpdateUser'>, reply: FastifyReply): Promise<AdminUser> {
  const key = await requireApiKey(request, reply, 'users:write')
  return updateUser(request, key, request.params.id, request.body)
}

/** POST /api/v1/admin/users/{id}/mfa/reset */
export async function serviceAdminResetMfa(request: OperationRequest<'serviceAdminResetMfa'>, reply: FastifyReply): Promise<AdminUser> {
  const key = await requireApiKey(request, reply, 'users:write')
  return resetMfa(request, key, request.params.id)
}
