import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AccountExport, DeleteUserResult } from '../../schemas/index.js'
import { deleteAccount } from '../../account/account-deletion.js'
import { exportAccount } from '../../account/account-export.js'
import { presentedSessionCookies } from '../../auth/bearer-session.js'
import { resolveCookieSession } from '../../auth/request-session.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { AppError } from '../../errors/error-codes.js'
import type { SessionWithUserRow } from '../../sessions/session-repository.js'

/** The session of the cookie, or of the signed bearer token. */
async function signedIn(request: FastifyRequest): Promise<SessionWithUserRow> {
  const found = await resolveCookieSession(request, presentedSessionCookies(request))
  if (found === undefined) throw new AppError('SESSION_EXPIRED')
  return found
}

/**
 * POST /api/auth/delete-user {password, code?}: Better Auth's path and answer, so the official
 * client's `deleteUser({ password })` works; the deletion is the service's (see account-deletion.ts).
 */
export async function nativeDeleteUser(request: OperationRequest<'nativeDeleteUser'>, reply: FastifyReply): Promise<DeleteUserResult> {
  await deleteAccount(request, reply, await signedIn(request), request.body)
  return { success: true, message: 'User deleted' }
}

/** GET /api/auth/account/export. */
export async function nativeExportAccount(request: FastifyRequest, reply: FastifyReply): Promise<AccountExport> {
  return exportAccount(request, reply, await signedIn(request))
}
