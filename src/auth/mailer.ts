import nodemailer, { type Transporter } from 'nodemailer'
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../config.js'

export interface MailMessage {
  readonly to: string
  readonly subject: string
  readonly text: string
  /** The link or code in the message, if it has one; logged in development when no SMTP server is configured. */
  readonly link?: string
}

export interface Mailer {
  /**
   * Sends in the background once the writes around it have committed (never, if they are rolled
   * back, so no link to a row that does not exist goes out). Callers never wait on SMTP, so
   * answers take the same time whether or not a message went out.
   */
  send(message: MailMessage): Promise<void>
  /** Resolves once every message handed to `send` has been delivered or has failed. */
  idle(): Promise<void>
  close(): void
}

export interface MailerOptions {
  /** Runs its argument once the current unit of work commits (see src/db/unit-of-work.ts); default: at once. */
  readonly afterCommit?: (fn: () => void) => void
}

export function createMailer(config: Config, log: FastifyBaseLogger, options: MailerOptions = {}): Mailer {
  const afterCommit = options.afterCommit ?? ((fn: () => void) => fn())
  const pending = new Set<Promise<void>>()
  const transport: Transporter | undefined = config.smtp === undefined
    ? undefined
    : nodemailer.createTransport({
      host: config.smtp.host,
      port: config.smtp.port,
      secure: config.smtp.port === 465,
      connectionTimeout: 10_000,
      ...(config.smtp.user === undefined ? {} : { auth: { user: config.smtp.user, pass: config.smtp.password ?? '' } }),
    })

  async function deliver(message: MailMessage): Promise<void> {
    if (transport === undefined) {
      if (config.env === 'production') {
        log.warn({ subject: message.subject }, 'email not sent: SMTP_HOST is not configured')
      } else {
        // Development without SMTP: the link is the only way to finish the flow, so it is logged.
        log.info({ to: message.to, subject: message.subject, link: message.link }, 'email (SMTP_HOST not set, not sent)')
      }
      return
    }
    try {
      await transport.sendMail({ from: config.mailFrom, to: message.to, subject: message.subject, text: message.text })
    } catch (error) {
      log.error({ subject: message.subject, reason: error instanceof Error ? error.message : 'unknown' }, 'email delivery failed')
    }
  }

  return {
    send(message: MailMessage): Promise<void> {
      afterCommit(() => {
        const delivery = deliver(message)
        pending.add(delivery)
        void delivery.finally(() => pending.delete(delivery))
      })
      return Promise.resolve()
    },
    async idle(): Promise<void> {
      await Promise.all([...pending])
    },
    close(): void {
      transport?.close()
    },
  }
}
