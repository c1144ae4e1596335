import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, UserRow } from '../db/tables.js'
import type { EventPosition } from '../sessions/audit-event-repository.js'

type Executor = Kysely<Database> | Transaction<Database>

export interface UserFilter {
  readonly emailPrefix?: string
  readonly createdAfter?: Date
  readonly createdBefore?: Date
  readonly verified?: boolean
  /** Whether a ban applies at the query's `now`. */
  readonly banned?: boolean
}

export interface PositionedUser {
  /** Where a page ending on this user ends: `created_at` to the microsecond, and the id. */
  readonly position: EventPosition
  readonly user: UserRow
}

/** LIKE's own characters in a prefix match themselves, not any character. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}

/** Users that pass the filter, newest first, strictly after `after` (keyset pagination on (created_at, id)). */
export async function listUsers(db: Executor, query: UserFilter & { readonly now: Date; readonly after?: EventPosition; readonly limit: number }): Promise<PositionedUser[]> {
  let select = db.selectFrom('user').selectAll()
    .select(sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('position'))
  // Addresses are stored lower-cased.
  if (query.emailPrefix !== undefined) select = select.where('email', 'like', `${escapeLike(query.emailPrefix.trim().toLowerCase())}%`)
  if (query.createdAfter !== undefined) select = select.where('created_at', '>=', query.createdAfter)
  if (query.createdBefore !== undefined) select = select.where('created_at', '<', query.createdBefore)
  if (query.verified !== undefined) select = select.where('email_verified', '=', query.verified)
  if (query.banned !== undefined) {
    // The rule of src/auth/ban.ts isBanned, in SQL: a ban that has ended counts as none.
    const applies = sql<boolean>`(banned_at is not null and (ban_expires_at is null or ban_expires_at > ${query.now}))`
    select = select.where(query.banned ? applies : sql<boolean>`not ${applies}`)
  }
  const { after } = query
  if (after !== undefined) select = select.where(sql<boolean>`(created_at, id) < (cast(${after.occurredAt} as timestamptz), ${after.id})`)
  const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute()
  return rows.map(({ position, ...user }) => ({ position: { occurredAt: position, id: user.id }, user }))
}
