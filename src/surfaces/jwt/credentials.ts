import type { FastifyReply, FastifyRequest } from 'fastify'
import type { JwtChangeEmailResult, JwtMessageResult } from '../../schemas/index.js'
import { authenticate } from '../../auth/authenticate.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { confirmEmailChangeWithCode } from '../../credentials/email-change-confirmation.js'
import { requestEmailChange } from '../../credentials/email-change-request.js'
import { UNDONE, undoEmailChange } from '../../credentials/email-change-undo.js'
import { changePassword } from '../../credentials/password-change.js'
import { AppError } from '../../errors/error-codes.js'
import type { SessionWithUserRow } from '../../sessions/session-repository.js'
import { JWT_CREDENTIALS } from './auth-token.js'

async function signedIn(request: FastifyRequest): Promise<SessionWithUserRow> {
  const caller = await authenticate(request, JWT_CREDENTIALS)
  if (caller === undefined) throw new AppError('SESSION_EXPIRED', 'Not authenticated')
  return caller
}

/** POST /auth/change-password: this token stays valid; by default every other session ends. */
export async function jwtChangePassword(request: OperationRequest<'jwtChangePassword'>, reply: FastifyReply): Promise<JwtMessageResult> {
  await changePassword(request, reply, await signedIn(request), request.body)
  return { success: true, message: 'Password changed' }
}

/** POST /auth/change-email: a code to the new address, a notice to the old one. */
export async function jwtChangeEmail(request: OperationRequest<'jwtChangeEmail'>, reply: FastifyReply): Promise<JwtMessageResult> {
  await requestEmailChange(request, reply, await signedIn(request), request.body, { kind: 'code' })
  return { success: true, message: 'Check the new address for a six-digit code' }
}

/** POST /auth/change-email/confirm {code}: with the token of the session that asked. */
export async function jwtConfirmEmailChange(request: OperationRequest<'jwtConfirmEmailChange'>): Promise<JwtChangeEmailResult> {
  const user = await confirmEmailChangeWithCode(request, await signedIn(request), request.body.code)
  return { success: true, user: { id: user.id, email: user.email, name: user.name, emailVerified: user.email_verified } }
}

/** POST /auth/change-email/undo {token}: needs no token of a session (the owner may have none left). */
export async function jwtUndoEmailChange(request: OperationRequest<'jwtUndoEmailChange'>, reply: FastifyReply): Promise<JwtMessageResult> {
  await undoEmailChange(request, reply, request.body.token)
  return { success: true, message: UNDONE }
}
