import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/tables.js'

type Executor = Kysely<Database> | Transaction<Database>

/** User agents are compared as the audit trail keeps them: their first 512 characters. */
export const MAX_USER_AGENT = 512

/**
 * Events that only the account's holder could have caused (a session, the password or the
 * mailbox was needed): their device counts as the holder's. Failed attempts do not, nor a right
 * password still waiting for its second factor.
 */
const HOLDER_EVENTS = [
  'sign_in.succeeded', 'sign_out', 'session.revoked', 'email.verified',
  'password.changed', 'password.reset', 'mfa.setup', 'mfa.enabled', 'mfa.disabled',
]

/**
 * The IP addresses from which the account's holder was seen with this user agent: in the audit
 * trail, and in the account's sessions (the one a sign-up opened records its device too), the
 * session `exceptSessionId` aside. Newest first, at most `limit` of each.
 */
export async function addressesSeenWithUserAgent(
  db: Executor,
  userId: string,
  userAgent: string | null,
  options: { readonly exceptSessionId?: string | null; readonly limit?: number } = {},
): Promise<string[]> {
  const limit = options.limit ?? 200
  const agent = userAgent?.slice(0, MAX_USER_AGENT) ?? null
  let events = db.selectFrom('audit_event').select('ip_address').where('user_id', '=', userId).where('type', 'in', HOLDER_EVENTS).where('ip_address', 'is not', null)
  events = agent === null ? events.where('user_agent', 'is', null) : events.where('user_agent', '=', agent)
  let sessions = db.selectFrom('session').select('ip_address').where('user_id', '=', userId).where('ip_address', 'is not', null)
  sessions = agent === null ? sessions.where('user_agent', 'is', null) : sessions.where((eb) => eb.fn('left', ['user_agent', eb.val(MAX_USER_AGENT)]), '=', agent)
  if (options.exceptSessionId != null) sessions = sessions.where('id', '<>', options.exceptSessionId)
  // One after the other: inside a unit of work both run on its one connection.
  const fromEvents = await events.orderBy('occurred_at', 'desc').limit(limit).execute()
  const fromSessions = await sessions.orderBy('created_at', 'desc').limit(limit).execute()
  return [...fromEvents, ...fromSessions].map((row) => row.ip_address!).filter((address, index, all) => all.indexOf(address) === index)
}
