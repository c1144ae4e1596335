import type { FastifyReply } from 'fastify'
import type { AuditEventPage } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { listAuditEventPage } from '../../admin/admin-audit.js'
import { requireApiKey } from '../../admin/admin-credential.js'
import { parseDateTimeInput } from '../../contract/date-input.js'

/** GET /api/v1/admin/audit-events */
export async function serviceAdminListAuditEvents(request: OperationRequest<'serviceAdminListAuditEvents'>, reply: FastifyReply): Promise<AuditEventPage> {
  await requireApiKey(request, reply, 'audit:read')
  const { userId, type, since, until, cursor, limit } = request.query
  return listAuditEventPage(request.server, {
    ...(userId === undefined ? {} : { userId }),
    ...(type === undefined ? {} : { type }),
    ...(since === undefined ? {} : { since: parseDateTimeInput(since, 'since') }),
    ...(until === undefined ? {} : { until: parseDateTimeInput(until, 'until') }),
  }, { ...(cursor === undefined ? {} : { cursor }), ...(limit === undefined ? {} : { limit }) })
}
