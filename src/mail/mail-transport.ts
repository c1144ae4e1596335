import nodemailer, { type Transporter } from 'nodemailer'
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../config.js'
import type { EmailOutboxRow } from '../db/tables.js'

/** A failure that no retry can mend: the message is dead-lettered at once. */
export class UndeliverableError extends Error {
  override name = 'UndeliverableError'
}

export interface MailTransport {
  /** Hands one message to the mail server; throws when it is not accepted. */
  deliver(email: EmailOutboxRow): Promise<void>
  close(): void
}

/**
 * Bounds on one delivery, so that it always ends well within a claim's lease: otherwise another
 * instance could take the message over while this one is still sending it.
 */
export const SMTP_TIMEOUTS_MS = { connection: 10_000, greeting: 10_000, socket: 30_000 } as const

/**
 * SMTP through nodemailer when SMTP_HOST is set. Without it, development logs the message's link
 * (the only way to finish a flow locally) and counts it as delivered; production refuses it.
 */
export function createMailTransport(config: Config, log: FastifyBaseLogger): MailTransport {
  const { smtp } = config
  if (smtp === undefined) {
    return {
      async deliver(email) {
        if (config.env === 'production') throw new UndeliverableError('SMTP_HOST is not configured')
        log.info({ to: email.recipient, subject: email.subject, link: email.link ?? undefined }, 'email (SMTP_HOST not set, not sent)')
      },
      close() {},
    }
  }
  const transport: Transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.port === 465,
    connectionTimeout: SMTP_TIMEOUTS_MS.connection,
    greetingTimeout: SMTP_TIMEOUTS_MS.greeting,
    socketTimeout: SMTP_TIMEOUTS_MS.socket,
    ...(smtp.user === undefined ? {} : { auth: { user: smtp.user, pass: smtp.password ?? '' } }),
  })
  const domain = /@([^>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'auth-service'
  return {
    async deliver(email) {
      await transport.sendMail({
        from: config.mailFrom,
        to: email.recipient,
        subject: email.subject,
        text: email.text,
        // One Message-ID per outbox row, whichever attempt carries it: a receiver can tell a copy
        // that a lost acknowledgement made us send again.
        messageId: `<${email.id}@${domain}>`,
      })
    },
    close() {
      transport.close()
    },
  }
}

/**
 * Why a delivery failed, as stored and logged: nodemailer's code, the server's reply code and the
 * first line of its message. Never the message's body or link (nodemailer's errors do not carry
 * them), and no control characters.
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown failure'
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown }
  const prefix = [typeof code === 'string' ? code : undefined, typeof responseCode === 'number' ? String(responseCode) : undefined].filter(Boolean).join(' ')
  const message = (error.message.split('\n')[0] ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 300)
  return prefix === '' ? message : `${prefix}: ${message}`
}
