import type { FastifyReply } from 'fastify'
import type { AdminUser } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { banUser, unbanUser } from '../../admin/admin-bans.js'
import { requireApiKey } from '../../admin/admin-credential.js'
import { sendPasswordReset } from '../../admin/admin-password-reset.js'
import { createUser } from '../../admin/admin-user-creation.js'
import { deleteUser } from '../../admin/admin-user-deletion.js'

/** POST /api/v1/admin/users */
export async function serviceAdminCreateUser(request: OperationRequest<'serviceAdminCreateUser'>, reply: FastifyReply): Promise<AdminUser> {
  const key = await requireApiKey(request, reply, 'users:write')
  const user = await createUser(request, key, request.body)
  reply.status(201)
  return user
}

/** DELETE /api/v1/admin/users/{id} */
export async function serviceAdminDeleteUser(request: OperationRequest<'serviceAdminDeleteUser'>, reply: FastifyReply): Promise<FastifyReply> {
  const key = await requireApiKey(request, reply, 'users:write')
  await deleteUser(request, key, request.params.id)
  return reply.code(204).send()
}

/** POST /api/v1/admin/users/{id}/ban */
export async function serviceAdminBanUser(request: OperationRequest<'serviceAdminBanUser'>, reply: FastifyReply): Promise<AdminUser> {
  const key = await requireApiKey(request, reply, 'users:write')
  return banUser(request, key, request.params.id, request.body)
}

/** POST /api/v1/admin/users/{id}/unban */
export async function serviceAdminUnbanUser(request: OperationRequest<'serviceAdminUnbanUser'>, reply: FastifyReply): Promise<AdminUser> {
  const key = await requireApiKey(request, reply, 'users:write')
  return unbanUser(request, key, request.params.id)
}

/** POST /api/v1/admin/users/{id}/password-reset: 202, the message queued. */
export async function serviceAdminSendPasswordReset(request: OperationRequest<'serviceAdminSendPasswordReset'>, reply: FastifyReply): Promise<FastifyReply> {
  const key = await requireApiKey(request, reply, 'users:write')
  await sendPasswordReset(request, key, request.params.id)
  return reply.code(202).send()
}
