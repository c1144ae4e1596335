import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Config } from '../config.js'
import { openDatabase, type DatabaseHandle } from '../db/database.js'
import { migrateToLatest } from '../db/migrator.js'
import type { Database } from '../db/tables.js'

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle
    db: Kysely<Database>
  }
}

/** Opens the one Kysely instance, applies pending migrations, and closes it with the app. */
export const databasePlugin = fp(async (app: FastifyInstance, options: { config: Config }) => {
  const database = await openDatabase(options.config.databaseUrl)
  try {
    const applied = await migrateToLatest(database.db)
    if (applied.length > 0) app.log.info({ migrations: applied }, 'migrations applied')
  } catch (error) {
    await database.close()
    throw error
  }
  app.decorate('database', database)
  app.decorate('db', database.db)
  app.addHook('onClose', async () => database.close())
}, { name: 'database' })
