// npm run purge: delete expired sessions, verification values and tokens, and old audit events, now.
import { systemClock } from '../clock.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { purgeExpired } from './purge-repository.js'

const config = loadConfig()
const database = await openDatabase(config.databaseUrl)
try {
  const result = await purgeExpired(database.db, systemClock.now(), { auditRetentionDays: config.auditRetentionDays })
  console.log(`purged ${result.sessions} sessions and ${result.verifications} verification values`
    + ` (${result.refreshTokens} refresh tokens, ${result.registrationTokens} registration tokens, ${result.spentTotpCodes} spent TOTP codes, ${result.pendingRegistrations} pending registrations, ${result.emailChanges} email changes, ${result.auditEvents} audit events)`)
} finally {
  await database.close()
}
