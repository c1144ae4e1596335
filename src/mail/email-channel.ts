import type { EmailOutboxRow } from '../db/tables.js'
import type { OutboxChannel } from '../outbox/outbox-worker.js'
import { retryDelayMs, type RetrySchedule } from '../outbox/retry-delay.js'
import { describeFailure, UndeliverableError, type MailTransport } from './mail-transport.js'

/**
 * The email outbox as the outbox worker delivers it: through SMTP, retried with backoff until
 * `maxAttempts`, dead-lettered at once when no retry can mend it. A sent message's body and link
 * are blanked: they may hold a reset link or a code.
 */
export function emailChannel(transport: MailTransport, options: { retry: RetrySchedule; maxAttempts: number }): OutboxChannel<EmailOutboxRow> {
  return {
    table: 'email_outbox',
    name: 'email',
    deliver: (email) => transport.deliver(email),
    describeFailure,
    retryDelayMs(email, error) {
      if (error instanceof UndeliverableError || email.attempts >= options.maxAttempts) return undefined
      return retryDelayMs(email.attempts, options.retry)
    },
    logContext: (email) => ({ email: email.id, kind: email.kind }),
    clearWhenSent: { text: '', link: null },
    close: () => transport.close(),
  }
}
