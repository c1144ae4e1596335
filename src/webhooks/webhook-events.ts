import type { UserRow } from '../db/tables.js'
import { WebhookEventTypeSchema, type WebhookEventType } from '../schemas/index.js'

export type { WebhookEventType }

/** The event types an endpoint may subscribe to: the contract's `WebhookEventType`, as generated from it. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.freeze([...WebhookEventTypeSchema.enum])

/**
 * Which audit event is which webhook event. Every change of an account is recorded in the audit
 * trail (src/audit/audit-trail.ts) by whatever surface made it, and emitted from there: a surface
 * that records the event sends the webhook, by construction. `sign_in.failed` is sent only to
 * endpoints that name it (an endpoint names every type it receives).
 */
const FROM_AUDIT: Readonly<Record<string, WebhookEventType>> = {
  'user.created': 'user.created',
  'email.verified': 'user.verified',
  'admin.user_updated': 'user.updated',
  'email.changed': 'user.updated',
  'email.change_undone': 'user.updated',
  'user.deleted': 'user.deleted',
  'user.banned': 'user.banned',
  // Lifting a ban changes the account as an update does; its payload's `fields` is `[banned]`.
  'user.unbanned': 'user.updated',
  'sign_in.succeeded': 'session.created',
  'session.revoked': 'session.revoked',
  'sign_out': 'session.revoked',
  'password.changed': 'password.changed',
  'password.reset': 'password.reset',
  'mfa.enabled': 'mfa.enabled',
  'mfa.disabled': 'mfa.disabled',
  'sign_in.failed': 'sign_in.failed',
}

export function webhookTypeOf(auditType: string): WebhookEventType | undefined {
  return FROM_AUDIT[auditType]
}

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value)
}

/** An audit event, as far as a webhook reads it. */
export interface WebhookSource {
  readonly type: string
  readonly userId?: string | null
  readonly email?: string | null
  readonly sessionId?: string | null
  readonly detail?: { readonly method?: string; readonly reason?: string; readonly scope?: string; readonly fields?: readonly string[] }
}

/**
 * The `data` of a webhook: ids, and the account's address where a backend keeps it in step (the
 * address as it is now, read in the same unit of work). Never a password, token, code, secret,
 * IP address or user agent: a receiver that needs more asks the admin API.
 */
export function webhookData(type: WebhookEventType, event: WebhookSource, user: UserRow | undefined): Record<string, unknown> {
  const userId = event.userId ?? null
  const address = user?.email ?? null
  switch (type) {
    case 'user.created':
    case 'user.verified':
      return { userId, email: address, emailVerified: user?.email_verified ?? false }
    case 'user.updated':
      return { userId, email: address, emailVerified: user?.email_verified ?? false, name: user?.name ?? null, ...updatedFields(event) }
    case 'session.created':
      return { userId, sessionId: event.sessionId ?? null, method: event.detail?.method ?? null }
    case 'session.revoked':
      return { userId, sessionId: event.sessionId ?? null, scope: event.detail?.scope ?? 'one', cause: event.type === 'sign_out' ? 'sign_out' : 'revoked' }
    case 'sign_in.failed':
      // The address tried only when it is an account's: an address typed by someone else is theirs.
      return { userId, email: address, method: event.detail?.method ?? null, reason: event.detail?.reason ?? null }
    case 'user.deleted':
    case 'user.banned':
    case 'password.changed':
    case 'password.reset':
    case 'mfa.enabled':
    case 'mfa.disabled':
      return { userId }
  }
}

function updatedFields(event: WebhookSource): { fields?: string[] } {
  if (event.type === 'user.unbanned') return { fields: ['banned'] }
  return event.detail?.fields === undefined ? {} : { fields: [...event.detail.fields] }
}
