import type { FastifyInstance } from 'fastify'
import type { AdminUser, AdminUserPage } from '../schemas/index.js'
import type { UserRow } from '../db/tables.js'
import { isBanned } from '../auth/ban.js'
import { AppError } from '../errors/error-codes.js'
import { listUsers, type UserFilter } from './admin-user-repository.js'

export const DEFAULT_PAGE_SIZE = 20

/** A user for the admin API; the ban fields describe the ban that applies at `now`, if any. */
export function toAdminUser(row: UserRow, now: Date): AdminUser {
  const banned = isBanned(row, now)
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.email_verified,
    twoFactorEnabled: row.two_factor_enabled === true,
    banned,
    banReason: banned ? row.ban_reason : null,
    banExpiresAt: banned ? row.ban_expires_at?.toISOString() ?? null : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

/**
 * One page of users. The cursor is sealed (see src/account/page-cursor.ts) to the filters it was
 * issued for, so a cursor can only continue the listing it came from: used with other filters it
 * is refused, never silently applied to a different query.
 */
export async function listUserPage(server: FastifyInstance, filter: UserFilter, query: { readonly cursor?: string; readonly limit?: number }): Promise<AdminUserPage> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const owner = `admin-users:${JSON.stringify([filter.emailPrefix?.trim().toLowerCase(), filter.createdAfter?.toISOString(), filter.createdBefore?.toISOString(), filter.verified, filter.banned])}`
  const after = query.cursor === undefined ? undefined : server.pageCursors.open(query.cursor, owner)
  if (query.cursor !== undefined && after === undefined) throw new AppError('INVALID_CURSOR')
  const now = server.clock.now()
  const rows = await listUsers(server.db, { ...filter, now, limit: limit + 1, ...(after === undefined ? {} : { after }) })
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    users: page.map((row) => toAdminUser(row.user, now)),
    nextCursor: rows.length > limit && last !== undefined ? server.pageCursors.seal(last.position, owner) : null,
  }
}
