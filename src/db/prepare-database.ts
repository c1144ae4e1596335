import { sql } from 'kysely'
import { ConfigError } from '../config.js'
import { openDatabase, type DatabaseHandle } from './database.js'
import { migrateToLatest } from './migrator.js'

/** A database that cannot be opened or migrated: start-up stops with this one line. */
export class DatabaseStartError extends ConfigError {
  override name = 'DatabaseStartError'
}

export type OpenDatabase = (url: string) => Promise<DatabaseHandle>

/**
 * Opens the database, checks that it answers, and applies pending migrations. However long that
 * takes (PGlite booting on a busy machine), it is awaited; a database that cannot be reached at
 * all (a bad path, no permission, a server that refuses or does not answer within the connect
 * timeout) fails with one line naming DATABASE_URL, without its password.
 */
export async function prepareDatabase(url: string, open: OpenDatabase = openDatabase): Promise<{ database: DatabaseHandle; applied: string[] }> {
  let database: DatabaseHandle
  try {
    database = await open(url)
    await sql`select 1`.execute(database.db)
  } catch (error) {
    throw new DatabaseStartError(`DATABASE_URL: cannot open ${describeUrl(url)} (${describeCause(error)})`)
  }
  try {
    return { database, applied: await migrateToLatest(database.db) }
  } catch (error) {
    await database.close().catch(() => {})
    throw new DatabaseStartError(`DATABASE_URL: cannot migrate ${describeUrl(url)} (${describeCause(error)})`)
  }
}

/** The URL as it may be printed: a password never is. */
function describeUrl(url: string): string {
  if (url.startsWith('pglite:')) return url
  try {
    const parsed = new URL(url)
    if (parsed.password !== '') parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'a malformed URL'
  }
}

function describeCause(error: unknown): string {
  const { message, code, errors } = (error ?? {}) as { message?: string; code?: string; errors?: unknown[] }
  // pg reports a refused connection to a name with several addresses as an AggregateError
  // without a message; its parts say what happened.
  const first = Array.isArray(errors) && errors.length > 0 ? describeCause(errors[0]) : undefined
  const text = message !== undefined && message !== '' ? message : first ?? code ?? String(error)
  return text.replace(/\s+/g, ' ').trim()
}
