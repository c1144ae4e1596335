import type { Session, User } from '../schemas/index.js'
import type { SessionRow, UserRow } from '../db/tables.js'
import type { SessionWithUserRow } from './session-repository.js'

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

/**
 * A session and its user exactly as Better Auth's get-session serialises them (same keys, same
 * order), so the fast path and Better Auth answer byte for byte alike.
 */
export function toBetterAuthSessionBody(found: SessionWithUserRow): { session: Record<string, unknown>; user: Record<string, unknown> } {
  const { session, user } = found
  return {
    session: {
      expiresAt: session.expires_at, token: session.token, createdAt: session.created_at, updatedAt: session.updated_at,
      ipAddress: session.ip_address, userAgent: session.user_agent, userId: session.user_id, id: session.id,
    },
    user: {
      name: user.name, email: user.email, emailVerified: user.email_verified, image: user.image,
      createdAt: user.created_at, updatedAt: user.updated_at, twoFactorEnabled: user.two_factor_enabled, id: user.id,
    },
  }
}
