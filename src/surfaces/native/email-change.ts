import type { FastifyReply, FastifyRequest } from 'fastify'
import type { EmailChangedResult, SuccessResult } from '../../schemas/index.js'
import { presentedSessionCookies } from '../../auth/bearer-session.js'
import { resolveCookieSession } from '../../auth/request-session.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { confirmEmailChangeWithLink } from '../../credentials/email-change-confirmation.js'
import { requestEmailChange } from '../../credentials/email-change-request.js'
import { UNDONE, undoEmailChange, undoTokenIsLive } from '../../credentials/email-change-undo.js'
import { AppError } from '../../errors/error-codes.js'
import { acceptRedirect, sendRedirect, withQueryParameter } from '../../origins/request-redirects.js'
import type { SessionWithUserRow } from '../../sessions/session-repository.js'

type UserView = Awaited<ReturnType<typeof confirmEmailChangeWithLink>>

async function signedIn(request: FastifyRequest): Promise<SessionWithUserRow> {
  const caller = await resolveCookieSession(request, presentedSessionCookies(request))
  if (caller === undefined) throw new AppError('SESSION_EXPIRED', 'Not signed in')
  return caller
}

/**
 * POST /api/auth/change-email: Better Auth's request (`authClient.changeEmail`), answered by our
 * own flow rather than Better Auth's, which asks for no re-authentication, sends a link that is a
 * stateless token good until it expires, and has no way back for the owner.
 */
export async function nativeChangeEmail(request: OperationRequest<'nativeChangeEmail'>, reply: FastifyReply): Promise<SuccessResult> {
  const { body } = request
  // Checked before anything else: a bad target is the client's to fix.
  const callbackURL = acceptRedirect(request, body.callbackURL, request.server.config.emailVerificationUrl)
  await requestEmailChange(request, reply, await signedIn(request), body, { kind: 'link', callbackURL })
  return { success: true, status: true, message: 'Check the new address for a link to confirm it' }
}

/** GET /api/auth/change-email/verify?token=: the link sent to the new address. */
export async function nativeVerifyEmailChange(request: OperationRequest<'nativeVerifyEmailChange'>, reply: FastifyReply): Promise<EmailChangedResult | FastifyReply> {
  const { query } = request
  const callbackURL = acceptRedirect(request, query.callbackURL)
  let user: UserView
  try {
    user = await confirmEmailChangeWithLink(request, query.token)
  } catch (error) {
    if (callbackURL !== undefined && error instanceof AppError) return sendRedirect(request, reply, withQueryParameter(callbackURL, 'error', error.code))
    throw error
  }
  if (callbackURL !== undefined) return sendRedirect(request, reply, callbackURL)
  return { success: true, status: true, user: { id: user.id, email: user.email, emailVerified: true } }
}

/**
 * GET /api/auth/change-email/undo?token=: the link of the notice sent to the old address, on to the
 * front end's undo page. Opening it undoes nothing (mail scanners open links): the page does, by POST.
 */
export async function nativeUndoEmailChangeCallback(request: OperationRequest<'nativeUndoEmailChangeCallback'>, reply: FastifyReply): Promise<FastifyReply> {
  const { token, callbackURL: named } = request.query
  const callbackURL = acceptRedirect(request, named, request.server.config.emailChangeUndoUrl)
  const live = await undoTokenIsLive(request, token)
  return sendRedirect(request, reply, live ? withQueryParameter(callbackURL, 'token', token) : withQueryParameter(callbackURL, 'error', 'INVALID_TOKEN'))
}

/** POST /api/auth/change-email/undo {token}. */
export async function nativeUndoEmailChange(request: OperationRequest<'nativeUndoEmailChange'>, reply: FastifyReply): Promise<SuccessResult> {
  await undoEmailChange(request, reply, request.body.token)
  return { success: true, status: true, message: UNDONE }
}
