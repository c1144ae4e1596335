import DataLoader from 'dataloader'
import type { CompiledQuery, Kysely, Transaction } from 'kysely'
import { asPrepared } from '../db/prepared-statements.js'
import type { Database, SessionRow, UserRow } from '../db/tables.js'
import type { UnitsOfWork } from '../db/unit-of-work.js'

type Executor = Kysely<Database> | Transaction<Database>
type LookupColumn = 'session.token' | 'session.id'

export interface SessionWithUserRow {
  readonly session: SessionRow
  readonly user: UserRow
}

/** The most lookups one query answers. */
const MAX_BATCH = 100

/**
 * "Which session, and whose?" — the query behind every request that presents a session (cookie,
 * token, or a bearer token naming its session). Lookups that requests make together share one
 * query (`where token = any($1)`): those started while the event loop handled one round of
 * sockets go out at its end, as one statement, through one round trip, instead of each taking a
 * pooled connection in turn. Nothing is cached: every lookup is answered by a query sent after it
 * was asked, so a session revoked before a request arrived is never found by it. A lookup made
 * inside a unit of work whose transaction has begun runs alone in that transaction, to read the
 * unit's own writes.
 */
export function batchSessionLookups(db: Kysely<Database>, units: UnitsOfWork): void {
  const loader = (column: LookupColumn): DataLoader<string, SessionWithUserRow | undefined> => new DataLoader(
    async (values) => {
      const rows = await units.outside(async () => selectSessionsWithUsers(db, column, values))
      const byValue = new Map(rows.map((row) => [column === 'session.token' ? row.session.token : row.session.id, row]))
      return values.map((value) => byValue.get(value))
    },
    { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (send) => setImmediate(send) },
  )
  batchers.set(db, { units, loaders: { 'session.token': loader('session.token'), 'session.id': loader('session.id') } })
}

const batchers = new WeakMap<Executor, {
  readonly units: UnitsOfWork
  readonly loaders: Readonly<Record<LookupColumn, DataLoader<string, SessionWithUserRow | undefined>>>
}>()

/** The session whose `column` is `value`, and its user; through a shared query where it can be. */
export async function selectSessionWithUser(db: Executor, column: LookupColumn, value: string): Promise<SessionWithUserRow | undefined> {
  const batcher = batchers.get(db)
  if (batcher !== undefined && batcher.units.current()?.begun !== true) return batcher.loaders[column].load(value)
  return (await selectSessionsWithUsers(db, column, [value]))[0]
}

/**
 * The lookup's query, built and compiled once per database handle rather than on every request
 * (that was a tenth of a session check's CPU), and prepared on PostgreSQL; each call runs it with
 * its own values.
 */
const compiledLookups = new WeakMap<Executor, Map<LookupColumn, CompiledQuery<SessionWithUserColumns>>>()

function lookupQuery(db: Executor, column: LookupColumn) {
  return db
    .selectFrom('session')
    .innerJoin('user', 'user.id', 'session.user_id')
    .select([
      'session.id as session_id', 'session.token', 'session.user_id', 'session.expires_at', 'session.ip_address',
      'session.user_agent', 'session.created_at as session_created_at', 'session.updated_at as session_updated_at',
      'user.name', 'user.email', 'user.email_verified', 'user.image', 'user.two_factor_enabled', 'user.created_at as user_created_at',
      'user.updated_at as user_updated_at', 'user.banned_at', 'user.ban_reason', 'user.ban_expires_at',
    ])
    .where(column, '=', (eb) => eb.fn<string>('any', [eb.val<readonly string[]>([])]))
}
type SessionWithUserColumns = Awaited<ReturnType<ReturnType<typeof lookupQuery>['executeTakeFirstOrThrow']>>

function compiledLookup(db: Executor, column: LookupColumn, values: readonly string[]): CompiledQuery<SessionWithUserColumns> {
  let byColumn = compiledLookups.get(db)
  if (byColumn === undefined) {
    byColumn = new Map()
    compiledLookups.set(db, byColumn)
  }
  let compiled = byColumn.get(column)
  if (compiled === undefined) {
    compiled = asPrepared(column === 'session.token' ? 'sessions_with_users_by_token' : 'sessions_with_users_by_id', lookupQuery(db, column).compile())
    byColumn.set(column, compiled)
  }
  return { ...compiled, parameters: [values] }
}

async function selectSessionsWithUsers(db: Executor, column: LookupColumn, values: readonly string[]): Promise<SessionWithUserRow[]> {
  // A value PostgreSQL's text cannot hold (a NUL, from a token handed over as data) names no
  // session, and is not sent: the statement would fail for every lookup batched with it, and
  // abort the transaction of a unit.
  const sendable = values.filter((value) => !value.includes('\0'))
  if (sendable.length === 0) return []
  const { rows } = await db.executeQuery(compiledLookup(db, column, sendable))
  return rows.map((row) => ({
    session: {
      id: row.session_id, token: row.token, user_id: row.user_id, expires_at: row.expires_at, ip_address: row.ip_address,
      user_agent: row.user_agent, created_at: row.session_created_at, updated_at: row.session_updated_at,
    },
    user: {
      id: row.user_id, name: row.name, email: row.email, email_verified: row.email_verified, image: row.image, two_factor_enabled: row.two_factor_enabled,
      created_at: row.user_created_at, updated_at: row.user_updated_at,
      banned_at: row.banned_at, ban_reason: row.ban_reason, ban_expires_at: row.ban_expires_at,
    },
  }))
}
