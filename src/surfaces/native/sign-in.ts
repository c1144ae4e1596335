import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AuthResult, SignInEmailBody, User } from '../../../schemas/index.js'
import { callAuthHeld } from '../../auth/call-auth.js'
import { AppError } from '../../errors/error-codes.js'
import { isRedirectAcceptable } from '../../origins/origin-policy.js'
import { completeSignIn } from './sign-up.js'

/**
 * POST /api/auth/sign-in/email. Better Auth hashes a dummy password for an unknown email, so an
 * unknown email and a wrong password cost the same time and answer the same INVALID_CREDENTIALS.
 */
export async function signInEmail(request: FastifyRequest, reply: FastifyReply): Promise<AuthResult> {
  const body = request.body as SignInEmailBody
  if (!isRedirectAcceptable(request.server.originPolicy, body.callbackURL)) throw new AppError('INVALID_REDIRECT')
  const { headers, response } = await callAuthHeld<{ token: string; user: User }>(request, request.server.auth.api.signInEmail, { body })
  return completeSignIn(request, reply, headers, response.token, response.user)
}
