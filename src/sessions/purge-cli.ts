// npm run purge: delete expired sessions, verification values and tokens, old audit events, old emails and old webhook deliveries, now.
import { systemClock } from '../clock.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { purgeFinishedEmails } from './email-outbox-repository.js'
import { purgeExpired } from './purge-repository.js'
import { purgeFinishedDeliveries } from '../webhooks/webhook-delivery-repository.js'

const config = loadConfig()
const database = await openDatabase(config.databaseUrl)
try {
  const result = await purgeExpired(database.db, systemClock.now(), { auditRetentionDays: config.auditRetentionDays })
  console.log(`purged ${result.sessions} sessions and ${result.verifications} verification values`
    + ` (${result.refreshTokens} refresh tokens, ${result.registrationTokens} registration tokens, ${result.spentTotpCodes} spent TOTP codes, ${result.pendingRegistrations} pending registrations, ${result.emailChanges} email changes, ${result.federatedSignIns} provider sign-ins, ${result.auditEvents} audit events)`)
  const emails = await purgeFinishedEmails(database.db, new Date(systemClock.nowMs() - config.email.retentionDays * 24 * 60 * 60 * 1000))
  console.log(`purged ${emails} sent or dead-lettered emails`)
  const deliveries = await purgeFinishedDeliveries(database.db, new Date(systemClock.nowMs() - config.webhooks.retentionDays * 24 * 60 * 60 * 1000))
  console.log(`purged ${deliveries} delivered or dead-lettered webhook deliveries`)
} finally {
  await database.close()
}
