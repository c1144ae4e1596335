import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import type { TestContext } from './helper.js'

export interface CaughtMail {
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly messageId: string
}

/** One recipient offered to the server (RCPT TO), accepted or refused. */
export interface DeliveryAttempt {
  readonly to: string
  readonly at: number
  readonly refused: boolean
}

export interface MailCatcher {
  readonly port: number
  readonly messages: CaughtMail[]
  /** Every recipient offered so far, in order, refused ones included. */
  readonly attempts: DeliveryAttempt[]
  /** Resolves with the first message to `to` that matches, waiting up to `timeoutMs`. */
  waitFor(to: string, subject: RegExp, timeoutMs?: number): Promise<CaughtMail>
  /** Resolves once `condition()` holds, checked after each attempt or message, waiting up to `timeoutMs`. */
  waitUntil(condition: () => boolean, timeoutMs?: number): Promise<void>
  /** Refuses recipients (those `which` picks, or all) with `code` (4xx: try later, 5xx: refused) until accept(). */
  refuse(code: number, which?: (to: string) => boolean): void
  accept(): void
}

/** A real SMTP server on a loopback port, for the tests' email flows; `acceptDelayMs` slows each acceptance. */
export async function startMailCatcher(t: TestContext, options: { readonly acceptDelayMs?: number } = {}): Promise<MailCatcher> {
  const messages: CaughtMail[] = []
  const attempts: DeliveryAttempt[] = []
  const waiters = new Set<() => void>()
  let refusal: { code: number; which: (to: string) => boolean } | undefined
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refused = refusal !== undefined && refusal.which(address.address)
      attempts.push({ to: address.address, at: Date.now(), refused })
      for (const wake of waiters) wake()
      if (!refused) {
        callback()
        return
      }
      const error = Object.assign(new Error(refusal!.code < 500 ? 'Try again later' : 'Mailbox unavailable'), { responseCode: refusal!.code })
      callback(error)
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((parsed) => {
        const to = Array.isArray(parsed.to) ? parsed.to[0]?.text : parsed.to?.text
        setTimeout(() => {
          messages.push({ to: to ?? '', subject: parsed.subject ?? '', text: parsed.text ?? '', messageId: parsed.messageId ?? '' })
          for (const wake of waiters) wake()
          callback()
        }, options.acceptDelayMs ?? 0)
      }, callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const address = server.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0

  async function waitUntil(condition: () => boolean, timeoutMs = 10_000, what = 'the condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (condition()) return
      const remaining = deadline - Date.now()
      if (remaining <= 0) throw new Error(`${what} did not hold within ${timeoutMs} ms`)
      await new Promise<void>((resolve) => {
        const wake = (): void => { waiters.delete(wake); clearTimeout(timer); resolve() }
        const timer = setTimeout(wake, remaining)
        waiters.add(wake)
      })
    }
  }

  async function waitFor(to: string, subject: RegExp, timeoutMs = 10_000): Promise<CaughtMail> {
    const find = (): CaughtMail | undefined => messages.find((message) => message.to.includes(to) && subject.test(message.subject))
    await waitUntil(() => find() !== undefined, timeoutMs, `an email "${subject}" to ${to}`)
    return find()!
  }

  return {
    port,
    messages,
    attempts,
    waitFor,
    waitUntil: (condition, timeoutMs) => waitUntil(condition, timeoutMs),
    refuse(code, which = () => true) {
      refusal = { code, which }
    },
    accept() {
      refusal = undefined
    },
  }
}

/** The first URL in a message. */
export function firstLink(text: string): string {
  const match = /https?:\/\/\S+/.exec(text)
  if (match === null) throw new Error(`no link in: ${text}`)
  return match[0]
}
