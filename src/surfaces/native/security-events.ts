import type { SecurityEventPage } from '../../schemas/index.js'
import type { OperationRequest } from '../../contract/operation-handlers.js'
import { listSecurityEvents } from '../../account/security-history.js'
import { requireNativeSession } from './session.js'

/** GET /api/auth/security-events: the caller's own security history, by session cookie or bearer. */
export async function nativeListSecurityEvents(request: OperationRequest<'nativeListSecurityEvents'>): Promise<SecurityEventPage> {
  const caller = await requireNativeSession(request)
  return listSecurityEvents(request.server, caller.user.id, request.query)
}
