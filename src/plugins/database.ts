import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { DatabaseHandle } from '../db/database.js'
import type { Database } from '../db/tables.js'
import { batchSessionLookups } from '../sessions/session-lookups.js'

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle
    db: Kysely<Database>
  }
}

/**
 * Puts the one Kysely instance, opened and migrated beforehand (see prepare-database.ts), on the
 * app, and closes it with the app. Its session lookups are batched (see session-lookups.ts).
 */
export const databasePlugin = fp(async (app: FastifyInstance, options: { database: DatabaseHandle }) => {
  const { database } = options
  batchSessionLookups(database.db, database.units)
  app.decorate('database', database)
  app.decorate('db', database.db)
  app.addHook('onClose', async () => database.close())
}, { name: 'database' })
