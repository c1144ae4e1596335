import type { FastifyReply, FastifyRequest } from 'fastify'
import type { V1ChangeEmailResult, V1MessageResult } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { confirmEmailChangeWithCode } from '../../credentials/email-change-confirmation.js'
import { requestEmailChange } from '../../credentials/email-change-request.js'
import { UNDONE, undoEmailChange } from '../../credentials/email-change-undo.js'
import { changePassword } from '../../credentials/password-change.js'
import { AppError } from '../../errors/error-codes.js'
import type { SessionWithUserRow } from '../../sessions/session-repository.js'
import { toUserView } from '../../sessions/session-view.js'
import { resolveV1Session } from './v1-session.js'

async function signedIn(request: FastifyRequest): Promise<SessionWithUserRow> {
  const caller = await resolveV1Session(request)
  if (caller === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  return caller
}

/** POST /api/v1/better-auth/change-password: this session and its tokens stay; by default every other ends. */
export async function v1ChangePassword(request: OperationRequest<'v1ChangePassword'>, reply: FastifyReply): Promise<V1MessageResult> {
  await changePassword(request, reply, await signedIn(request), request.body)
  return { success: true, message: 'Password changed' }
}

/** POST /api/v1/better-auth/change-email: a code to the new address, a notice to the old one. */
export async function v1ChangeEmail(request: OperationRequest<'v1ChangeEmail'>, reply: FastifyReply): Promise<V1MessageResult> {
  await requestEmailChange(request, reply, await signedIn(request), request.body, { kind: 'code' })
  return { success: true, message: 'Check the new address for a six-digit code' }
}

/** POST /api/v1/better-auth/change-email/confirm {code}: from the session that asked. */
export async function v1ConfirmEmailChange(request: OperationRequest<'v1ConfirmEmailChange'>): Promise<V1ChangeEmailResult> {
  const user = await confirmEmailChangeWithCode(request, await signedIn(request), request.body.code)
  return { success: true, user: toUserView(user) }
}

/** POST /api/v1/better-auth/change-email/undo {token}: needs no session (the owner may have none left). */
export async function v1UndoEmailChange(request: OperationRequest<'v1UndoEmailChange'>, reply: FastifyReply): Promise<V1MessageResult> {
  await undoEmailChange(request, reply, request.body.token)
  return { success: true, message: UNDONE }
}
