import type { Session, User } from '../schemas/index.js'
import type { SessionRow, UserRow } from '../db/tables.js'

/** Rows become the API's camelCase objects here, so no snake_case row reaches a response. */
export function toSessionView(row: SessionRow): Session {
  return {
    id: row.id,
    userId: row.user_id,
    token: row.token,
    expiresAt: row.expires_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
  }
}

export function toUserView(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.email_verified,
    image: row.image,
    twoFactorEnabled: row.two_factor_enabled,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}
