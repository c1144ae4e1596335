import type { CompiledQuery } from 'kysely'
import type pg from 'pg'

/**
 * Prepared statements for the hottest queries: PostgreSQL parses and plans them once per
 * connection instead of on every request. A compiled query is marked with a comment naming its
 * statement, which any other database reads as a comment; each pooled `pg` client sends a marked
 * query as that named statement. A name stands for one text only (`pg` refuses another).
 */
const MARK = /^\/\* prepared:([a-z0-9_]+) \*\/ /

export function asPrepared<R>(name: string, compiled: CompiledQuery<R>): CompiledQuery<R> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a statement name: ${name}`)
  return { ...compiled, sql: `/* prepared:${name} */ ${compiled.sql}` }
}

/** Makes a pooled client send marked queries as named (prepared) statements. */
export function prepareMarkedQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((text: unknown, values?: unknown, callback?: unknown) => {
    const name = typeof text === 'string' ? MARK.exec(text)?.[1] : undefined
    if (name === undefined) return query(text, values, callback)
    return query({ name, text, values }, callback)
  }) as typeof client.query
}
