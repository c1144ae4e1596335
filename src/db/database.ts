import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { PGliteDialect } from './pglite-dialect.js'
import type { Database } from './tables.js'
import { UnitsOfWork } from './unit-of-work.js'

export type DatabaseKind = 'postgres' | 'pglite'

export interface DatabaseHandle {
  readonly db: Kysely<Database>
  readonly kind: DatabaseKind
  /** Request-wide transactions over `db` (see unit-of-work.ts). */
  readonly units: UnitsOfWork
  /** Answers whether the database responds within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<boolean>
  /** Connections of the pool (PostgreSQL only): open, idle, and requests waiting for one. */
  poolStats(): { total: number; idle: number; waiting: number } | undefined
  close(): Promise<void>
}

/** Timeouts keep a request from hanging on a database that stopped answering. */
const CONNECT_TIMEOUT_MS = 3_000
const STATEMENT_TIMEOUT_MS = 10_000

/**
 * Opens the one Kysely instance of the process: a `pg` pool for a `postgres://` URL,
 * embedded PGlite for `pglite:memory` or `pglite:<directory>`.
 */
export async function openDatabase(url: string): Promise<DatabaseHandle> {
  if (url.startsWith('pglite:')) return openPGlite(url.slice('pglite:'.length))
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 1_000,
  })
  // A client that loses its server emits 'error': on the pool when idle, on the client itself when
  // checked out. Unheard, either kills the process; the query in flight fails on its own.
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  const units = new UnitsOfWork()
  const db = new Kysely<Database>({ dialect: units.wrap(new PostgresDialect({ pool })) })
  return handle(db, units, 'postgres', () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }))
}

async function openPGlite(location: string): Promise<DatabaseHandle> {
  const inMemory = location === 'memory' || location === ''
  if (!inMemory) createDirectory(location)
  const client = inMemory ? await PGlite.create({ loadDataDir: await freshClusterImage() }) : await PGlite.create(location)
  const units = new UnitsOfWork()
  const db = new Kysely<Database>({ dialect: units.wrap(new PGliteDialect(client)) })
  return handle(db, units, 'pglite')
}

let clusterImage: Promise<Blob> | undefined

/**
 * The data directory of a freshly initialised cluster, made once per process: every throwaway
 * database starts from a copy of it, exactly as if initialised anew, in a quarter of the time
 * (running initdb is most of the cost of opening a PGlite database; test suites open hundreds).
 */
function freshClusterImage(): Promise<Blob> {
  clusterImage ??= (async () => {
    const template = await PGlite.create()
    try {
      return await template.dumpDataDir('none')
    } finally {
      await template.close()
    }
  })()
  // A failure is not kept: the next open tries again.
  clusterImage.catch(() => { clusterImage = undefined })
  return clusterImage
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns for a path under /proc
 * (the kernel answers ENOENT for the parent it has just "created"), which would hang start-up
 * instead of failing it.
 */
function createDirectory(directory: string): void {
  const missing: string[] = []
  let current = path.resolve(directory)
  while (!existsSync(current)) {
    missing.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const level of missing) mkdirSync(level)
}

function handle(db: Kysely<Database>, units: UnitsOfWork, kind: DatabaseKind, poolStats: DatabaseHandle['poolStats'] = () => undefined): DatabaseHandle {
  let closed = false
  return {
    db,
    units,
    kind,
    poolStats,
    async ping(timeoutMs = 2_000): Promise<boolean> {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs) })
      const query = sql`select 1`.execute(db).then(() => true, () => false)
      try {
        return await Promise.race([query, timeout])
      } finally {
        clearTimeout(timer)
      }
    },
    async close(): Promise<void> {
      if (closed) return
      closed = true
      await db.destroy()
    },
  }
}
