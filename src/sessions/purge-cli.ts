// npm run purge: delete expired sessions and verification values now.
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { purgeExpired } from './session-repository.js'

const config = loadConfig()
const database = await openDatabase(config.databaseUrl)
try {
  const result = await purgeExpired(database.db, new Date())
  console.log(`purged ${result.sessions} sessions and ${result.verifications} verification values`)
} finally {
  await database.close()
}
