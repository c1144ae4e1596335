import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AccountExport, V1MessageResult } from '../../schemas/index.js'
import { deleteAccount } from '../../account/account-deletion.js'
import { exportAccount } from '../../account/account-export.js'
import type { Authenticated } from '../../auth/authenticate.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import { resolveV1Session } from './v1-session.js'

async function signedIn(request: FastifyRequest): Promise<Authenticated> {
  const found = await resolveV1Session(request)
  if (found === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  return found
}

/** POST /api/v1/better-auth/account/delete {password, code?}. */
export async function v1DeleteAccount(request: OperationRequest<'v1DeleteAccount'>, reply: FastifyReply): Promise<V1MessageResult> {
  await deleteAccount(request, reply, await signedIn(request), request.body)
  return { success: true, message: 'Account deleted' }
}

/** GET /api/v1/better-auth/account/export. */
export async function v1ExportAccount(request: FastifyRequest, reply: FastifyReply): Promise<AccountExport> {
  return exportAccount(request, reply, await signedIn(request))
}
