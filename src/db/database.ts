import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { cacheFile, readCachedBytes, writeCached } from '../cache-directory.js'
import { PGliteDialect } from './pglite-dialect.js'
import { prepareMarkedQueries } from './prepared-statements.js'
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
  pool.on('connect', (client) => {
    client.on('error', () => {})
    prepareMarkedQueries(client)
  })
  const units = new UnitsOfWork()
  const db = new Kysely<Database>({ dialect: units.wrap(new PostgresDialect({ pool })) })
  return handle(db, units, 'postgres', () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }))
}

async function openPGlite(location: string): Promise<DatabaseHandle> {
  const inMemory = location === 'memory' || location === ''
  if (!inMemory) createDirectory(location)
  return pgliteHandle(inMemory ? await createInMemoryPGlite() : await PGlite.create(location))
}

/** A throwaway in-memory PGlite cluster, freshly initialised. */
export async function createInMemoryPGlite(): Promise<PGlite> {
  return PGlite.create({ loadDataDir: await freshClusterImage() })
}

/**
 * A handle over a PGlite client. With `ownsClient: false` closing the handle leaves the client
 * open for its owner, who may hand it out again (the tests reuse a few clusters across the apps
 * they build: starting PGlite is most of the cost of building one).
 */
export function pgliteHandle(client: PGlite, options: { readonly ownsClient?: boolean } = {}): DatabaseHandle {
  const units = new UnitsOfWork()
  const db = new Kysely<Database>({ dialect: units.wrap(new PGliteDialect(client, options)) })
  return handle(db, units, 'pglite')
}

let clusterImage: Promise<Blob> | undefined

/**
 * The data directory of a freshly initialised cluster: every throwaway database starts from a
 * copy of it, exactly as if initialised anew, in a fraction of the time (running initdb is most of
 * the cost of opening a PGlite database; test suites open hundreds, from dozens of processes).
 * Made once per PGlite version and kept in node_modules/.cache, so only the first process pays;
 * a cache that cannot be read or written only makes this slower.
 */
function freshClusterImage(): Promise<Blob> {
  clusterImage ??= (async () => {
    const version = pgliteVersion()
    const file = version === undefined ? undefined : cacheFile(`pglite-${version}.tar`)
    const cached = readCachedBytes(file)
    if (cached !== undefined) return new Blob([cached])
    const template = await PGlite.create()
    let image: Blob
    try {
      image = await template.dumpDataDir('none')
    } finally {
      await template.close()
    }
    writeCached(file, new Uint8Array(await image.arrayBuffer()))
    return image
  })()
  // A failure is not kept: the next open tries again.
  clusterImage.catch(() => { clusterImage = undefined })
  return clusterImage
}

/** The version of the PGlite this module loads, or undefined when its package cannot be read. */
export function pgliteVersion(): string | undefined {
  try {
    let directory = path.dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')))
    while (!existsSync(path.join(directory, 'package.json'))) {
      if (path.dirname(directory) === directory) return undefined
      directory = path.dirname(directory)
    }
    return (JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { version: string }).version
  } catch {
    return undefined
  }
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
