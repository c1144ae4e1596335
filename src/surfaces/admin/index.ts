import type { OperationHandlers } from '../../contract/operation-handlers.js'
import { serviceAdminListAuditEvents } from './audit.js'
import { serviceAdminCreateKey, serviceAdminListKeys, serviceAdminRevokeKey } from './keys.js'
import { serviceAdminListUserSessions, serviceAdminRevokeUserSession, serviceAdminRevokeUserSessions } from './sessions.js'
import { serviceAdminGetUser, serviceAdminListUsers, serviceAdminResetMfa, serviceAdminUpdateUser } from './users.js'

/** `/api/v1/admin/*`, behind API keys (src/admin/admin-credential.ts), by operationId. */
export const adminHandlers = {
  serviceAdminCreateKey,
  serviceAdminListKeys,
  serviceAdminRevokeKey,
  serviceAdminListUsers,
  serviceAdminGetUser,
  serviceAdminUpdateUser,
  serviceAdminResetMfa,
  serviceAdminListUserSessions,
  serviceAdminRevokeUserSessions,
  serviceAdminRevokeUserSession,
  serviceAdminListAuditEvents,
} satisfies Partial<OperationHandlers>
