import type { ColumnType, Generated, Selectable } from 'kysely'

/** Timestamps are written as Date and read as Date (timestamptz). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface UserTable {
  id: string
  name: string
  email: string
  email_verified: Generated<boolean>
  image: string | null
  two_factor_enabled: Generated<boolean | null>
  created_at: Timestamp
  updated_at: Timestamp
  /** A ban by the admin API (see src/auth/ban.ts and migrations/2026-11-30-012-user-bans.ts): null when none. */
  banned_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  ban_reason: ColumnType<string | null, string | null | undefined, string | null>
  /** When the ban ends; null for a ban until lifted. */
  ban_expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  /** When every credential was last replaced, and the transaction (`txid_current()`) that did it (src/auth/session-admission.ts). */
  credentials_replaced_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  credentials_replaced_by: ColumnType<string | null, string | null | undefined, string | null>
}

export interface SessionTable {
  id: string
  token: string
  user_id: string
  expires_at: ColumnType<Date, Date | string, Date | string>
  ip_address: string | null
  user_agent: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface AccountTable {
  id: string
  account_id: string
  provider_id: string
  user_id: string
  access_token: string | null
  refresh_token: string | null
  id_token: string | null
  access_token_expires_at: Date | null
  refresh_token_expires_at: Date | null
  scope: string | null
  password: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface VerificationTable {
  id: string
  identifier: string
  value: string
  expires_at: ColumnType<Date, Date | string, Date | string>
  created_at: Timestamp
  updated_at: Timestamp
}

/** One refresh token of a family; only its SHA-256 is stored. */
export interface RefreshTokenTable {
  id: string
  token_hash: string
  family_id: string
  user_id: string
  session_id: string
  expires_at: ColumnType<Date, Date, Date>
  rotated_at: Date | null
  revoked_at: Date | null
  created_at: Timestamp
}

export interface RegistrationTokenTable {
  token_hash: string
  user_id: string
  expires_at: ColumnType<Date, Date, Date>
  used_at: Date | null
}

/** A TOTP code an account has used, until it could no longer be accepted anyway. */
export interface SpentTotpCodeTable {
  user_id: string
  code_hash: string
  expires_at: ColumnType<Date, Date, Date>
}

/** A registration of an unconfirmed address, waiting for its code; see migrations/2026-11-30-006-pending-registrations.ts. */
export interface PendingRegistrationTable {
  id: string
  email: string
  code_hash: string
  password_hash: string
  name: string
  attempts: Generated<number>
  expires_at: ColumnType<Date, Date, Date>
  created_at: Generated<Date>
}

/** A user's second factor (Better Auth's twoFactor plugin): secret and backup codes encrypted by it. */
export interface TwoFactorTable {
  id: string
  secret: string
  backup_codes: string
  user_id: string
  verified: Generated<boolean | null>
  failed_verification_count: Generated<number | null>
  locked_until: Date | null
}

/** Sign-in attempts of one account or device cookie (see src/rate-limit/sign-in-throttle.ts). */
export interface SignInThrottleTable {
  key: string
  failures: number
  pending: number
  /** bigint: pg returns it as a string. */
  locked_until: ColumnType<string, number, number>
  last_attempt_at: ColumnType<string, number, number>
  expires_at: ColumnType<Date, Date, Date>
}

/** A passkey (Better Auth's passkey plugin): one WebAuthn credential of a user; see migrations/2026-11-30-010-passkeys.ts. */
export interface PasskeyTable {
  id: string
  name: string | null
  /** The credential's COSE public key, base64. */
  public_key: string
  user_id: string
  /** base64url, as the authenticator names the credential. */
  credential_id: string
  counter: number
  device_type: string
  backed_up: boolean
  /** Comma-separated (`internal,hybrid`). */
  transports: string | null
  created_at: Generated<Date | null>
  aaguid: string | null
}

/** A change of a user's email address, pending, confirmed or undone; see migrations/2026-11-30-009-email-changes.ts. */
export interface EmailChangeTable {
  id: string
  user_id: string
  session_id: string
  old_email: string
  new_email: string
  confirmation: 'code' | 'link'
  confirmation_hash: string | null
  attempts: Generated<number>
  confirmation_expires_at: ColumnType<Date, Date, Date>
  confirmed_at: Date | null
  undo_hash: string
  second_factor_digest: string | null
  undone_at: Date | null
  expires_at: ColumnType<Date, Date, Date>
  created_at: ColumnType<Date, Date | undefined, Date>
}

/** What an audit event says beyond who, what and when: how a sign-in was tried, why it failed. */
export interface AuditDetail {
  readonly method?: 'password' | 'totp' | 'backup_code' | 'registration_token' | 'passkey' | 'magic_link' | 'email_code' | 'oidc'
  /** For a sign-in with, or a link or unlink of, a provider identity: the provider's id. */
  readonly provider?: string
  /** The error code the request was answered with. */
  readonly reason?: string
  /** For session revocations: the one named, or every other. */
  readonly scope?: 'one' | 'others' | 'all'
  /** For a passkey added or removed: which, by its id and name. */
  readonly passkeyId?: string
  readonly passkeyName?: string | null
  /** For a confirmed address: how the mailbox was proven. */
  readonly via?: 'code' | 'link' | 'password_reset'
  /** For an admin action: the API key that did it. */
  readonly apiKeyId?: string
  /** For a key created or revoked through the admin API: which. */
  readonly targetApiKeyId?: string
  /** For a user changed through the admin API: which fields. */
  readonly fields?: string[]
  /** For a webhook endpoint changed through the admin API, or disabled after failing: which. */
  readonly webhookEndpointId?: string
  /** For a webhook delivery re-sent through the admin API: which. */
  readonly webhookDeliveryId?: string
  /** For a ban: its reason and end (ISO time; null for a ban until lifted), and how many sessions it ended. */
  readonly banReason?: string | null
  readonly banExpiresAt?: string | null
  readonly revokedSessions?: number
  /** For a user created through the admin API: whether an invitation was sent rather than a password set. */
  readonly invited?: boolean
  /** For an undone change of address: the passkeys registered and the identities linked since its request, removed. */
  readonly passkeysRemoved?: number
  readonly identitiesRemoved?: number
}

/** One security event; see migrations/2026-11-28-004-audit-events.ts. */
export interface AuditEventTable {
  id: string
  occurred_at: Generated<Date>
  type: string
  user_id: string | null
  email: string | null
  session_id: string | null
  ip_address: string | null
  user_agent: string | null
  operation: string | null
  detail: ColumnType<AuditDetail, string, string>
}

/** Where an outbox row (an email, a webhook delivery) stands. */
export type OutboxState = 'pending' | 'sent' | 'dead'
export type EmailOutboxState = OutboxState

/** One email, from the transaction that wrote it to its delivery; see migrations/2026-11-30-008-email-outbox.ts. */
export interface EmailOutboxTable {
  id: string
  recipient: string
  subject: string
  text: string
  link: string | null
  kind: string
  state: Generated<EmailOutboxState>
  attempts: Generated<number>
  next_attempt_at: Generated<Date>
  locked_until: Date | null
  claim_id: string | null
  last_error: string | null
  created_at: Generated<Date>
  sent_at: Date | null
}

/** A service's API key for the admin API; only its SHA-256 is stored. See migrations/2026-11-30-011-api-keys.ts. */
export interface ApiKeyTable {
  id: string
  name: string
  /** The key's first characters (`ask_` and eight more): shown to tell keys apart, useless alone. */
  prefix: string
  key_hash: string
  /** Space-separated scopes (`users:read keys:write`). */
  scopes: string
  created_at: Generated<Date>
  expires_at: Date | null
  last_used_at: Date | null
  revoked_at: Date | null
}

/** An endpoint that receives webhooks; see migrations/2026-11-30-013-webhooks.ts. */
export interface WebhookEndpointTable {
  id: string
  url: string
  description: Generated<string>
  /** Space-separated event types. */
  event_types: string
  /** Encrypted (src/webhooks/secret-box.ts), as is previous_secret. */
  secret: string
  previous_secret: string | null
  previous_secret_expires_at: Date | null
  enabled: Generated<boolean>
  disabled_reason: string | null
  created_at: Generated<Date>
  updated_at: ColumnType<Date, Date | undefined, Date>
}

/** One webhook message, `{ type, timestamp, data }`, as written in the change it reports. */
export interface WebhookEventTable {
  /** `msg_…`: the `webhook-id` of every delivery of it. */
  id: string
  type: string
  user_id: string | null
  payload: string
  created_at: Generated<Date>
}

/** One event to one endpoint: an outbox row (see src/outbox/outbox-repository.ts). */
export interface WebhookDeliveryTable {
  id: string
  event_id: string
  endpoint_id: string
  state: Generated<OutboxState>
  attempts: Generated<number>
  next_attempt_at: Generated<Date>
  locked_until: Date | null
  claim_id: string | null
  last_error: string | null
  /** After a failure past this time the delivery is dead-lettered (and its endpoint disabled). */
  give_up_at: ColumnType<Date, Date | string, Date | string>
  created_at: Generated<Date>
  sent_at: Date | null
}

/** One HTTP attempt of a delivery, as the receiver answered it. */
export interface WebhookAttemptTable {
  id: string
  delivery_id: string
  attempted_at: Date
  status_code: number | null
  duration_ms: number
  response_excerpt: string | null
  error: string | null
}

/** A provider sign-in of the REST or JWT surface, from its start to its code's exchange. See migrations/2026-11-30-014-federated-sign-ins.ts. */
export interface FederatedSignInTable {
  id: string
  state_hash: string
  surface: 'v1' | 'jwt'
  provider_id: string
  redirect_to: string
  binding_hash: string
  /** Ten minutes for the provider's answer; once it came, sixty seconds for the code's exchange. */
  expires_at: Date
  code_hash: string | null
  user_id: string | null
  /** The session the callback created; none while a second factor is still owed. */
  session_id: string | null
  /** Better Auth's record of the sign-in waiting for its second factor (its identifier). */
  pending_second_factor: string | null
  exchanged_at: Date | null
  created_at: Generated<Date>
}

export interface Database {
  user: UserTable
  session: SessionTable
  account: AccountTable
  verification: VerificationTable
  refresh_token: RefreshTokenTable
  registration_token: RegistrationTokenTable
  audit_event: AuditEventTable
  spent_totp_code: SpentTotpCodeTable
  two_factor: TwoFactorTable
  pending_registration: PendingRegistrationTable
  sign_in_throttle: SignInThrottleTable
  email_outbox: EmailOutboxTable
  passkey: PasskeyTable
  email_change: EmailChangeTable
  api_key: ApiKeyTable
  webhook_endpoint: WebhookEndpointTable
  webhook_event: WebhookEventTable
  webhook_delivery: WebhookDeliveryTable
  webhook_attempt: WebhookAttemptTable
  federated_sign_in: FederatedSignInTable
}

/** A user as the service reads it; when credentials were replaced is read by session admission alone. */
export type UserRow = Omit<Selectable<UserTable>, 'credentials_replaced_at' | 'credentials_replaced_by'>
export type SessionRow = Selectable<SessionTable>
export type AuditEventRow = Selectable<AuditEventTable>
export type PasskeyRow = Selectable<PasskeyTable>
export type PendingRegistrationRow = Selectable<PendingRegistrationTable>
export type EmailOutboxRow = Selectable<EmailOutboxTable>
export type EmailChangeRow = Selectable<EmailChangeTable>
export type ApiKeyRow = Selectable<ApiKeyTable>
export type WebhookEndpointRow = Selectable<WebhookEndpointTable>
export type WebhookEventRow = Selectable<WebhookEventTable>
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>
export type WebhookAttemptRow = Selectable<WebhookAttemptTable>
export type FederatedSignInRow = Selectable<FederatedSignInTable>
