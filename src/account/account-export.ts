import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AuditEventRow, SessionRow } from '../db/tables.js'
import type { AccountExport, ExportedSecurityEvent, ExportedSession } from '../schemas/index.js'
import { listAllUserAuditEvents, listAllUserSessions, listSignInMethods } from '../sessions/account-export-repository.js'
import type { SessionWithUserRow } from '../sessions/session-repository.js'

/**
 * Everything the service holds about the caller's account, for a data-subject request, as a file
 * to save. Rows are mapped field by field: a secret (a password hash, a session token, a TOTP
 * secret, backup codes) is never read into it, so a column added later cannot leak through it,
 * and the reply is serialized by the contract's schema besides.
 */
export async function exportAccount(request: FastifyRequest, reply: FastifyReply, caller: SessionWithUserRow): Promise<AccountExport> {
  const { db, clock } = request.server
  const { user } = caller
  const now = clock.now()
  const [methods, sessions, events] = await Promise.all([
    listSignInMethods(db, user.id),
    listAllUserSessions(db, user.id),
    listAllUserAuditEvents(db, user.id),
  ])
  reply.header('content-disposition', `attachment; filename="account-export-${now.toISOString().slice(0, 10)}.json"`)
  return {
    exportedAt: now.toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      name: user.name,
      emailVerified: user.email_verified,
      image: user.image,
      createdAt: user.created_at.toISOString(),
      updatedAt: user.updated_at.toISOString(),
    },
    // Passkeys, when they come, are a sign-in method too: their names and dates, never the keys.
    signInMethods: {
      password: methods.some((method) => method.hasPassword),
      twoFactor: user.two_factor_enabled === true,
      providers: methods.map((method) => method.providerId),
    },
    sessions: sessions.map((session) => exportedSession(session, caller.session.id)),
    securityEvents: events.map(exportedEvent),
  }
}

function exportedSession(row: SessionRow, currentId: string): ExportedSession {
  return {
    id: row.id,
    current: row.id === currentId,
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  }
}

/** An audit event without its own id or the user's (the export is of one user). */
function exportedEvent(row: AuditEventRow): ExportedSecurityEvent {
  const { method, reason, scope, via } = row.detail
  return {
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    sessionId: row.session_id,
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    operation: row.operation,
    detail: {
      ...(method === undefined ? {} : { method }),
      ...(reason === undefined ? {} : { reason }),
      ...(scope === undefined ? {} : { scope }),
      ...(via === undefined ? {} : { via }),
    },
  }
}
