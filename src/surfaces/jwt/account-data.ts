import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AccountExport, JwtSuccessResult } from '../../schemas/index.js'
import { deleteAccount } from '../../account/account-deletion.js'
import { exportAccount } from '../../account/account-export.js'
import { authenticate, type Authenticated } from '../../auth/authenticate.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { JWT_CREDENTIALS } from './auth-token.js'

async function authenticated(request: FastifyRequest): Promise<Authenticated> {
  const found = await authenticate(request, JWT_CREDENTIALS)
  if (found === undefined) throw new AppError('SESSION_EXPIRED', 'Not authenticated')
  return found
}

/** DELETE /auth/account {password, code?}. */
export async function jwtDeleteAccount(request: OperationRequest<'jwtDeleteAccount'>, reply: FastifyReply): Promise<JwtSuccessResult> {
  await deleteAccount(request, reply, await authenticated(request), request.body)
  return { success: true }
}

/** GET /auth/account/export. */
export async function jwtExportAccount(request: FastifyRequest, reply: FastifyReply): Promise<AccountExport> {
  return exportAccount(request, reply, await authenticated(request))
}
