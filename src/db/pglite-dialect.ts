import type { PGlite } from '@electric-sql/pglite'
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely'

/**
 * Kysely dialect for embedded PGlite. PGlite is one session, so the driver hands out that one
 * connection to a single holder at a time: without the queue, two requests' transactions would
 * interleave their BEGIN/COMMIT on the same session.
 */
export class PGliteDialect implements Dialect {
  readonly #client: PGlite
  readonly #ownsClient: boolean

  /** `ownsClient: false` leaves the client open when Kysely is destroyed: its lender closes it. */
  constructor(client: PGlite, options: { readonly ownsClient?: boolean } = {}) {
    this.#client = client
    this.#ownsClient = options.ownsClient ?? true
  }

  createAdapter(): PostgresAdapter {
    return new PostgresAdapter()
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#client, this.#ownsClient)
  }

  createIntrospector(db: Kysely<unknown>): PostgresIntrospector {
    return new PostgresIntrospector(db)
  }

  createQueryCompiler(): PostgresQueryCompiler {
    return new PostgresQueryCompiler()
  }
}

class PGliteDriver implements Driver {
  readonly #connection: PGliteConnection
  readonly #ownsClient: boolean
  #queue: Promise<void> = Promise.resolve()
  #release: (() => void) | undefined

  constructor(client: PGlite, ownsClient: boolean) {
    this.#connection = new PGliteConnection(client)
    this.#ownsClient = ownsClient
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue
    let release!: () => void
    this.#queue = new Promise((resolve) => { release = resolve })
    await previous
    this.#release = release
    return this.#connection
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release
    this.#release = undefined
    release?.()
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'))
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  async destroy(): Promise<void> {
    if (this.#ownsClient) await this.#connection.close()
  }
}

class PGliteConnection implements DatabaseConnection {
  readonly #client: PGlite

  constructor(client: PGlite) {
    this.#client = client
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#client.query<R>(query.sql, [...query.parameters])
    return {
      rows: result.rows,
      ...(result.affectedRows === undefined ? {} : { numAffectedRows: BigInt(result.affectedRows) }),
    }
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not support streaming queries')
  }

  async close(): Promise<void> {
    if (!this.#client.closed) await this.#client.close()
  }
}
