// npm run purge: delete expired sessions, verification values and tokens, old audit events and old emails, now.
import { systemClock } from '../clock.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { purgeFinishedEmails } from './email-outbox-repository.js'
import { purgeExpired } from './purge-repository.js'

const config = loadConfig()
const database = await openDatabase(config.databaseUrl)
try {
  const result = await purgeExpired(database.db, systemClock.now(), { auditRetentionDays: config.auditRetentionDays })
  console.log(`purged ${result.sessions} sessions and ${result.verifications} verification values`
    + ` (${result.refreshTokens} refresh tokens, ${result.registrationTokens} registration tokens, ${result.spentTotpCodes} spent TOTP codes, ${result.pendingRegistrations} pending registrations, ${result.emailChanges} email changes, ${result.auditEvents} audit events)`)
  const emails = await purgeFinishedEmails(database.db, new Date(systemClock.nowMs() - config.email.retentionDays * 24 * 60 * 60 * 1000))
  console.log(`purged ${emails} sent or dead-lettered emails`)
} finally {
  await database.close()
}
