import type { FastifyRequest } from 'fastify'
import type { AuditDetail } from '../db/tables.js'
import { auditingRequest, currentRequest } from './current-request.js'
import { isClientError } from '../errors/client-error.js'
import { mapError } from '../errors/map-error.js'
import { sendSecurityNotice } from '../notices/security-notices.js'
import { surfaceOf } from '../errors/render-error.js'
import { recordAuditEvent } from '../sessions/audit-event-repository.js'
import { findSessionByToken } from '../sessions/session-repository.js'
import { findUserByEmail } from '../sessions/user-repository.js'

export type AuditEventType =
  | 'sign_in.succeeded'
  | 'sign_in.failed'
  | 'sign_in.second_factor_required'
  | 'sign_out'
  | 'session.revoked'
  | 'password.reset'
  | 'password.changed'
  | 'mfa.setup'
  | 'mfa.enabled'
  | 'mfa.disabled'
  | 'refresh_token.reused'
  | 'email.verified'
  | 'user.created'
  | 'user.deleted'
  | 'user.banned'
  | 'user.unbanned'
  | 'passkey.added'
  | 'passkey.removed'
  | 'email.change_requested'
  | 'email.changed'
  | 'email.change_undone'
  | 'admin.key_created'
  | 'admin.key_revoked'
  | 'admin.user_updated'
  | 'webhook.endpoint_created'
  | 'webhook.endpoint_updated'
  | 'webhook.endpoint_deleted'
  | 'webhook.secret_rotated'
  | 'webhook.delivery_resent'
  | 'webhook.endpoint_disabled'
  | 'admin.password_reset_sent'
  | 'identity.linked'
  | 'identity.unlinked'

export interface AuditEvent {
  readonly type: AuditEventType
  readonly userId?: string | null
  readonly email?: string | null
  readonly sessionId?: string | null
  readonly detail?: AuditDetail
}

const MAX_USER_AGENT = 512

export { auditingRequest }

/** Records an event for this request: who, what, when, from which address and user agent. */
export async function audit(request: FastifyRequest, event: AuditEvent): Promise<void> {
  // The account's holder is told of some events by email, in the same unit of work: written
  // before the event itself, so that a sign-in's own event is not taken for an earlier one.
  await sendSecurityNotice(request, event)
  const userAgent = request.headers['user-agent']
  await recordAuditEvent(request.server.db, {
    type: event.type,
    user_id: event.userId ?? null,
    email: event.email ?? null,
    session_id: event.sessionId ?? null,
    ip_address: request.ip,
    user_agent: userAgent === undefined ? null : userAgent.slice(0, MAX_USER_AGENT),
    operation: request.routeOptions.config.operationId ?? null,
    detail: event.detail ?? {},
  })
  // Backends hear of it through their webhooks, in the same unit of work (src/webhooks/webhook-events.ts).
  await request.server.webhookEvents.emit(event)
}

/**
 * Records an event without the address, IP address or user agent: the tombstone of an erased
 * account says that it was deleted, by which operation and when, and nothing about the person.
 */
export async function auditWithoutPersonalData(request: FastifyRequest, event: Omit<AuditEvent, 'email'>): Promise<void> {
  await recordAuditEvent(request.server.db, {
    type: event.type,
    user_id: event.userId ?? null,
    email: null,
    session_id: event.sessionId ?? null,
    ip_address: null,
    user_agent: null,
    operation: request.routeOptions.config.operationId ?? null,
    detail: event.detail ?? {},
  })
  await request.server.webhookEvents.emit(event)
}

/** Records an event for the request being served, from code that is not handed the request. */
export async function auditCurrentRequest(event: AuditEvent): Promise<void> {
  const request = currentRequest()
  if (request === undefined) throw new Error(`audit event ${event.type} outside a request`)
  await audit(request, event)
}

export type SignInMethod = NonNullable<AuditDetail['method']>

/**
 * Runs a sign-in attempt and records it when it fails as the client is told (a wrong password, a
 * wrong code, an unverified email). `who` names the account tried, when it can be known.
 */
export async function auditedSignIn<T>(
  request: FastifyRequest,
  attempt: { readonly method: SignInMethod; readonly email?: string; readonly who?: () => Promise<string | undefined> },
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (isClientError(request, error)) {
      const mapped = mapError(error, request, surfaceOf(request))
      const userId = attempt.email !== undefined
        ? (await findUserByEmail(request.server.db, attempt.email))?.id
        : await attempt.who?.()
      await audit(request, {
        type: 'sign_in.failed',
        userId,
        email: attempt.email?.trim().toLowerCase(),
        detail: { method: attempt.method, reason: mapped.code },
      })
    }
    throw error
  }
}

/** Records a completed sign-in: the session Better Auth just created, and whose it is. */
export async function auditSignedIn(request: FastifyRequest, sessionToken: string | null, method: SignInMethod): Promise<void> {
  const session = sessionToken === null ? undefined : await findSessionByToken(request.server.db, sessionToken)
  if (session === undefined) return
  await audit(request, { type: 'sign_in.succeeded', userId: session.user_id, sessionId: session.id, detail: { method } })
}

/** Records that the first factor (a password, an emailed link or code) was right and the second is now asked for. */
export async function auditSecondFactorRequired(request: FastifyRequest, email: string, method: SignInMethod = 'password'): Promise<void> {
  const user = await findUserByEmail(request.server.db, email)
  await audit(request, { type: 'sign_in.second_factor_required', userId: user?.id, email: user?.email, detail: { method } })
}
