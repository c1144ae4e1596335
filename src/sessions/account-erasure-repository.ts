import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { deleteWebhookEventsOfUser } from '../webhooks/webhook-delivery-repository.js'
import { spendEmailSignIns } from './email-sign-in-repository.js'

type Executor = Kysely<Database>

export interface ErasedAccount {
  readonly userId: string
  /** The account's address, normalized (trimmed, lower-cased) as it is stored. */
  readonly email: string
  /** The `sign_in_throttle` keys that count attempts on the account: its address's, and a device's of it. */
  readonly throttleKeys: readonly string[]
}

/**
 * Locks the user's row until the unit of work ends, so that a deletion waits for any other change
 * of the account in flight (and a second deletion finds it gone); false when it is gone already.
 */
export async function lockUserForErasure(db: Executor, userId: string): Promise<boolean> {
  const row = await db.selectFrom('user').select('id').where('id', '=', userId).forUpdate().executeTakeFirst()
  return row !== undefined
}

/**
 * Deletes everything the service keeps about one account, every table in one place, inside the
 * caller's unit of work (all of it commits or none). Only the audit trail keeps rows of it, with
 * their personal data erased: what happened and when stays a security record, who (beyond a
 * random user id), from where and with which browser does not.
 *
 * A table that holds anything keyed by a user, an address or a credential of one gets its delete
 * here, in the same change that adds the table (test/account/erasure.test.ts scans every table
 * for what is left).
 */
export async function eraseAccount(db: Executor, account: ErasedAccount): Promise<void> {
  const { userId, email } = account

  // Better Auth's short-lived values that name the user: reset links (`reset-password:<token>`),
  // pending second-factor sign-ins, trusted devices; and the attempt counts of those sign-ins.
  const pendingSignIns = db.selectFrom('verification').select(sql<string>`'2fa-attempts-' || identifier`.as('identifier')).where('value', '=', userId)
  await db.deleteFrom('verification').where((eb) => eb.or([eb('value', '=', userId), eb('identifier', 'in', pendingSignIns)])).execute()
  // Sign-in links and codes emailed to the address: their rows name it.
  await spendEmailSignIns(db, email)

  await db.deleteFrom('refresh_token').where('user_id', '=', userId).execute()
  await db.deleteFrom('registration_token').where('user_id', '=', userId).execute()
  await db.deleteFrom('spent_totp_code').where('user_id', '=', userId).execute()
  await db.deleteFrom('two_factor').where('user_id', '=', userId).execute()
  await db.deleteFrom('session').where('user_id', '=', userId).execute()
  await db.deleteFrom('account').where('user_id', '=', userId).execute()
  await db.deleteFrom('passkey').where('user_id', '=', userId).execute()
  await db.deleteFrom('federated_sign_in').where('user_id', '=', userId).execute()
  // Changes of address asked for, pending or done, with their undo links: they hold addresses.
  await db.deleteFrom('email_change').where('user_id', '=', userId).execute()
  // Registrations of the address waiting for their code: each holds a name and a password hash.
  await db.deleteFrom('pending_registration').where('email', '=', email).execute()
  if (account.throttleKeys.length > 0) await db.deleteFrom('sign_in_throttle').where('key', 'in', [...account.throttleKeys]).execute()

  // Messages to the address, waiting or delivered (a verification code, a notice): the deletion
  // notice is written after this, and is the one that goes out.
  await db.deleteFrom('email_outbox').where(sql<string>`lower(recipient)`, '=', email).execute()

  // Webhook events about the account, delivered or not, with their deliveries and attempts: their
  // payloads hold its address. The `user.deleted` event written after this names the id alone.
  await deleteWebhookEventsOfUser(db, userId)

  // The audit trail outlives the account (no foreign key): its events keep type, time, operation
  // and session id, and lose the address, IP address and user agent. Events of failed sign-ins
  // with the address, made before it had an account, are the address's too.
  await db.updateTable('audit_event')
    .set({ email: null, ip_address: null, user_agent: null })
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('email', '=', email)]))
    .execute()

  await db.deleteFrom('user').where('id', '=', userId).execute()
}
