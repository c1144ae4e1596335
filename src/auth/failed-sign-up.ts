import { isAPIError } from 'better-auth/api'
import type { FastifyRequest } from 'fastify'
import { AppError } from '../errors/error-codes.js'
import { findUserByEmail } from '../sessions/user-repository.js'

/**
 * Two sign-ups with one email at the same moment both pass Better Auth's "exists?" check; the
 * unique index stops the second, which Better Auth reports as FAILED_TO_CREATE_USER without a
 * cause. If the email is taken now, that is what happened.
 */
export async function explainFailedSignUp(request: FastifyRequest, email: string, error: unknown): Promise<never> {
  if (isAPIError(error) && (error.body as { code?: string } | undefined)?.code === 'FAILED_TO_CREATE_USER') {
    if (await findUserByEmail(request.server.db, email) !== undefined) throw new AppError('EMAIL_ALREADY_EXISTS')
  }
  throw error
}
