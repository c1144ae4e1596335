import { loadConfig } from '../config.js'
import { openDatabase } from './database.js'
import { migrateToLatest } from './migrator.js'

const config = loadConfig()
const database = await openDatabase(config.databaseUrl)
try {
  const applied = await migrateToLatest(database.db)
  console.log(applied.length === 0 ? 'database is up to date' : `applied: ${applied.join(', ')}`)
} finally {
  await database.close()
}
