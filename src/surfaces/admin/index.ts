import type { OperationHandlers } from '../../contract/operation-handlers.js'
import { serviceAdminListAuditEvents } from './audit.js'
import { serviceAdminCreateKey, serviceAdminListKeys, serviceAdminRevokeKey } from './keys.js'
import { serviceAdminListUserSessions, serviceAdminRevokeUserSession, serviceAdminRevokeUserSessions } from './sessions.js'
import { serviceAdminBanUser, serviceAdminCreateUser, serviceAdminDeleteUser, serviceAdminSendPasswordReset, serviceAdminUnbanUser } from './user-changes.js'
import { serviceAdminGetUser, serviceAdminListUsers, serviceAdminResetMfa, serviceAdminUpdateUser } from './users.js'
import {
  serviceAdminCreateWebhookEndpoint, serviceAdminDeleteWebhookEndpoint, serviceAdminGetWebhookEndpoint, serviceAdminListWebhookDeliveries,
  serviceAdminListWebhookEndpoints, serviceAdminResendWebhookDelivery, serviceAdminRotateWebhookSecret, serviceAdminUpdateWebhookEndpoint,
} from './webhooks.js'

/** `/api/v1/admin/*`, behind API keys (src/admin/admin-credential.ts), by operationId. */
export const adminHandlers = {
  serviceAdminCreateKey,
  serviceAdminListKeys,
  serviceAdminRevokeKey,
  serviceAdminListUsers,
  serviceAdminGetUser,
  serviceAdminUpdateUser,
  serviceAdminCreateUser,
  serviceAdminDeleteUser,
  serviceAdminBanUser,
  serviceAdminUnbanUser,
  serviceAdminSendPasswordReset,
  serviceAdminResetMfa,
  serviceAdminListUserSessions,
  serviceAdminRevokeUserSessions,
  serviceAdminRevokeUserSession,
  serviceAdminListAuditEvents,
  serviceAdminListWebhookEndpoints,
  serviceAdminCreateWebhookEndpoint,
  serviceAdminGetWebhookEndpoint,
  serviceAdminUpdateWebhookEndpoint,
  serviceAdminDeleteWebhookEndpoint,
  serviceAdminRotateWebhookSecret,
  serviceAdminListWebhookDeliveries,
  serviceAdminResendWebhookDelivery,
} satisfies Partial<OperationHandlers>
