import { AsyncLocalStorage } from 'node:async_hooks'
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type SelectQueryNode,
  type TransactionSettings,
} from 'kysely'

/**
 * Units of work: everything a request writes, through any code holding the one Kysely instance
 * (ours, or Better Auth's adapter, which cannot be handed a transaction), commits or rolls back
 * together. The unit lives in the async context of the request, as Sequelize's CLS transactions
 * and Django's `atomic` do; the dialect's driver sends the unit's queries to its connection.
 *
 * The transaction begins lazily, at the first write: reads before it (a password lookup, then a
 * 60 ms hash) run on any pooled connection and hold nothing. Once it has begun, every query of
 * the unit runs on its connection, so the unit reads its own writes. A transaction opened inside
 * a unit (Better Auth's, or a repository's) becomes a savepoint of it.
 */
export class UnitsOfWork {
  readonly #storage = new AsyncLocalStorage<Unit>()

  /**
   * Runs `fn` in a new unit. When it throws, `keep(error)` decides: true commits what was written
   * (a counted failed attempt, a revoked token family must stay), false rolls it back.
   */
  async run<T>(fn: () => Promise<T>, keep: (error: unknown) => boolean = () => false): Promise<T> {
    const unit = new Unit()
    let result: T
    try {
      result = await this.#storage.run(unit, fn)
    } catch (error) {
      const kept = keep(error)
      try {
        await unit.finish(kept ? 'commit' : 'rollback')
      } catch (finishing) {
        // What the answer says happened did not: the commit's failure is the answer.
        if (kept) throw finishing
      }
      throw error
    }
    await unit.finish('commit')
    return result
  }

  /**
   * Runs `fn` once the current unit has committed, or at once outside a unit; never after a
   * rollback, nor when the commit fails. It is not awaited: the commit returns first. `fn` must
   * not throw (one that does is skipped, and the others still run).
   */
  afterCommit(fn: () => void): void {
    const unit = this.current()
    if (unit === undefined) fn()
    else unit.afterCommit(fn)
  }

  /**
   * Runs `fn` outside any unit: its queries take their own pooled connection and commit at once,
   * whatever the request around it later commits or rolls back (a counted sign-in attempt must
   * hold even when the request fails). On PGlite, a single session, call it only where no unit of
   * the caller has begun (a hook before or after the handler), or it waits for that unit's end.
   */
  outside<T>(fn: () => Promise<T>): Promise<T> {
    return this.#storage.exit(fn)
  }

  /** The open unit of the current async context, if any. */
  current(): Unit | undefined {
    const unit = this.#storage.getStore()
    return unit?.open === true ? unit : undefined
  }

  /** The dialect with its driver made aware of units. */
  wrap(dialect: Dialect): Dialect {
    return {
      createAdapter: () => dialect.createAdapter(),
      createIntrospector: (db: Kysely<unknown>) => dialect.createIntrospector(db),
      createQueryCompiler: () => dialect.createQueryCompiler(),
      createDriver: () => new UnitAwareDriver(dialect.createDriver(), this),
    }
  }
}

/** One unit: its transaction's connection once a write began it, and its savepoints. */
export class Unit {
  #open = true
  #inner: Driver | undefined
  #connection: Promise<DatabaseConnection> | undefined
  #savepoints = 0
  readonly #afterCommit: Array<() => void> = []
  readonly facade: DatabaseConnection = {
    executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => this.#execute<R>(query),
    streamQuery: <R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> => this.#stream<R>(query, chunkSize),
  }

  constructor() {
    facades.set(this.facade, this)
  }

  get open(): boolean {
    return this.#open
  }

  /** Whether a write has begun the unit's transaction. */
  get begun(): boolean {
    return this.#connection !== undefined
  }

  bind(inner: Driver): void {
    if (this.#inner !== undefined && this.#inner !== inner) throw new Error('a unit of work spans one database')
    this.#inner = inner
  }

  async savepoint(): Promise<void> {
    const connection = await this.#begin()
    this.#savepoints += 1
    await connection.executeQuery(CompiledQuery.raw(`savepoint unit_${this.#savepoints}`))
  }

  async releaseSavepoint(): Promise<void> {
    const connection = await this.#begin()
    await connection.executeQuery(CompiledQuery.raw(`release savepoint unit_${this.#savepoints}`))
    this.#savepoints -= 1
  }

  async rollbackToSavepoint(): Promise<void> {
    const connection = await this.#begin()
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint unit_${this.#savepoints}`))
    await connection.executeQuery(CompiledQuery.raw(`release savepoint unit_${this.#savepoints}`))
    this.#savepoints -= 1
  }

  /** Queues `fn` until the unit commits; see UnitsOfWork.afterCommit. */
  afterCommit(fn: () => void): void {
    this.#afterCommit.push(fn)
  }

  async finish(outcome: 'commit' | 'rollback'): Promise<void> {
    this.#open = false
    await this.#end(outcome)
    if (outcome === 'commit') this.#runAfterCommit()
  }

  async #end(outcome: 'commit' | 'rollback'): Promise<void> {
    const pending = this.#connection
    const inner = this.#inner
    if (pending === undefined || inner === undefined) return
    // A unit whose BEGIN failed has already given its connection back.
    const connection = await pending.catch(() => undefined)
    if (connection === undefined) return
    try {
      if (outcome === 'commit') await inner.commitTransaction(connection)
      else await inner.rollbackTransaction(connection)
    } finally {
      await inner.releaseConnection(connection)
    }
  }

  #runAfterCommit(): void {
    for (const fn of this.#afterCommit.splice(0)) {
      try {
        fn()
      } catch {
        // What was committed stays committed; the work's own failure is its to report.
      }
    }
  }

  async #execute<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const inner = this.#inner!
    if (this.#connection === undefined && query.query.kind === 'SelectQueryNode' && !takesRowLocks(query)) {
      const connection = await inner.acquireConnection()
      try {
        return await connection.executeQuery<R>(query)
      } finally {
        await inner.releaseConnection(connection)
      }
    }
    return (await this.#begin()).executeQuery<R>(query)
  }

  async *#stream<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    yield * (await this.#begin()).streamQuery<R>(query, chunkSize)
  }

  #begin(): Promise<DatabaseConnection> {
    this.#connection ??= (async () => {
      const inner = this.#inner!
      const connection = await inner.acquireConnection()
      try {
        await inner.beginTransaction(connection, {})
      } catch (error) {
        await inner.releaseConnection(connection)
        throw error
      }
      return connection
    })()
    return this.#connection
  }
}

/** Hands out a unit's facade inside a unit, and real connections outside one. */
class UnitAwareDriver implements Driver {
  readonly #inner: Driver
  readonly #units: UnitsOfWork

  constructor(inner: Driver, units: UnitsOfWork) {
    this.#inner = inner
    this.#units = units
  }

  async init(): Promise<void> {
    await this.#inner.init()
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const unit = this.#units.current()
    if (unit === undefined) return this.#inner.acquireConnection()
    unit.bind(this.#inner)
    return unit.facade
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (unitOf(connection) !== undefined) return
    await this.#inner.releaseConnection(connection)
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const unit = unitOf(connection)
    if (unit === undefined) return this.#inner.beginTransaction(connection, settings)
    if (settings.isolationLevel !== undefined || settings.accessMode !== undefined) {
      throw new Error('a transaction inside a unit of work cannot set its own isolation level or access mode')
    }
    await unit.savepoint()
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = unitOf(connection)
    if (unit === undefined) return this.#inner.commitTransaction(connection)
    await unit.releaseSavepoint()
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = unitOf(connection)
    if (unit === undefined) return this.#inner.rollbackTransaction(connection)
    await unit.rollbackToSavepoint()
  }

  async destroy(): Promise<void> {
    await this.#inner.destroy()
  }
}

const facades = new WeakMap<DatabaseConnection, Unit>()

const LOCKING_MODIFIERS = new Set(['ForUpdate', 'ForNoKeyUpdate', 'ForShare', 'ForKeyShare'])

/**
 * A `select … for update` must run in the unit's transaction: on a pooled connection of its own
 * the lock would be released as soon as the statement ended, serialising nothing.
 */
function takesRowLocks(query: CompiledQuery): boolean {
  const node = query.query as SelectQueryNode
  return node.endModifiers?.some((modifier) => modifier.modifier !== undefined && LOCKING_MODIFIERS.has(modifier.modifier)) ?? false
}

function unitOf(connection: DatabaseConnection): Unit | undefined {
  return facades.get(connection)
}
