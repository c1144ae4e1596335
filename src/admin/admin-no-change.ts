import type { FastifyRequest } from 'fastify'
import type { ApiKeyRow } from '../db/tables.js'
import { recordAuditEvent } from '../sessions/audit-event-repository.js'
import { MAX_USER_AGENT } from '../sessions/device-history-repository.js'

/** The audit event of an admin action that found nothing to change. */
export const ADMIN_NO_CHANGE = 'admin.no_change'

/**
 * Records an admin action that changed nothing (lifting the ban of a user without one, removing
 * the second factor of a user without one, ending the sessions of a user without any): every call
 * of the admin API that may change something is in the audit trail, naming its key, whatever it
 * found. The operation (`serviceAdminUnbanUser`, …) says which action it was.
 *
 * Not recorded as the action's own type (`user.unbanned`, `mfa.disabled`, `session.revoked`):
 * those say that something happened to the account, and from them the user's security history
 * is shown, the holder's known devices are learned, notices are emailed and webhooks are sent.
 * This event does none of that.
 */
export async function auditAdminNoChange(request: FastifyRequest, key: ApiKeyRow, userId: string): Promise<void> {
  const userAgent = request.headers['user-agent']
  await recordAuditEvent(request.server.db, {
    type: ADMIN_NO_CHANGE,
    user_id: userId,
    email: null,
    session_id: null,
    ip_address: request.ip,
    user_agent: userAgent === undefined ? null : userAgent.slice(0, MAX_USER_AGENT),
    operation: request.routeOptions.config.operationId ?? null,
    detail: { apiKeyId: key.id },
  })
}
