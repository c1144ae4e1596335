import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ChangePasswordBody, ChangePasswordResult } from '../../../schemas/index.js'
import { callAuth } from '../../auth/call-auth.js'

/** POST /api/auth/change-password: needs the current password; can revoke every other session. */
export async function changePassword(request: FastifyRequest, reply: FastifyReply): Promise<ChangePasswordResult> {
  const body = request.body as ChangePasswordBody
  return callAuth<ChangePasswordResult>(request, reply, request.server.auth.api.changePassword, { body })
}
