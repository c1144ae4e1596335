import type { FastifyReply, FastifyRequest } from 'fastify'
import type { SuccessResult } from '../../../schemas/index.js'
import { callAuth } from '../../auth/call-auth.js'

/** POST /api/auth/sign-out: deletes the session row and clears the cookie; fine without a session. */
export async function signOut(request: FastifyRequest, reply: FastifyReply): Promise<SuccessResult> {
  await callAuth(request, reply, request.server.auth.api.signOut, { body: {} })
  return { success: true, status: true }
}
