import type { Kysely } from 'kysely'
import type { Database } from '../db/tables.js'
import { enqueueEmail } from '../sessions/email-outbox-repository.js'

export interface MailMessage {
  readonly to: string
  readonly subject: string
  readonly text: string
  /** The link or code in the message, if it has one; logged in development when no SMTP server is configured. */
  readonly link?: string
  /** What the message is (`password_reset`, `notice.password_changed`…), for whoever reads the outbox. */
  readonly kind?: string
}

export interface Mailer {
  /**
   * Writes the message to the outbox (src/sessions/email-outbox-repository.ts) through the app's
   * one Kysely instance: inside a unit of work, in its transaction. It leaves once the unit
   * commits (never, if it is rolled back, so no link to a row that does not exist goes out), from
   * a worker on any instance; callers never wait on SMTP, so answers take the same time whether
   * or not a message is written.
   */
  send(message: MailMessage): Promise<void>
  /**
   * Resolves once every message handed over so far has been delivered, or has failed for good,
   * or waits for a later retry.
   */
  idle(): Promise<void>
}

/** The delivery side, as the mailer sees it: see src/outbox/outbox-worker.ts. */
export interface MailDelivery {
  /** Looks for due messages now rather than at the next poll. */
  wake(): void
  idle(): Promise<void>
}

export interface MailerOptions {
  readonly db: Kysely<Database>
  readonly delivery: MailDelivery
  /** Runs its argument once the current unit of work commits (see src/db/unit-of-work.ts); at once outside one. */
  readonly afterCommit: (fn: () => void) => void
  /** Awaited first by idle(): work still running that may hand over messages (after an answer). */
  readonly settle?: () => Promise<void>
}

export function createMailer(options: MailerOptions): Mailer {
  const { db, delivery, afterCommit } = options
  return {
    async send(message: MailMessage): Promise<void> {
      await enqueueEmail(db, {
        recipient: message.to,
        subject: message.subject,
        text: message.text,
        link: message.link ?? null,
        kind: message.kind ?? 'message',
      })
      // The row is visible to the workers only once it commits: wake this instance's then, so the
      // message leaves at once rather than at the next poll.
      afterCommit(() => delivery.wake())
    },
    async idle(): Promise<void> {
      await options.settle?.()
      await delivery.idle()
    },
  }
}
