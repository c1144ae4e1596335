import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import type { TestContext } from './helper.js'

export interface CaughtMail {
  readonly to: string
  readonly subject: string
  readonly text: string
}

export interface MailCatcher {
  readonly port: number
  readonly messages: CaughtMail[]
  /** Resolves with the first message to `to` that matches, waiting up to `timeoutMs`. */
  waitFor(to: string, subject: RegExp, timeoutMs?: number): Promise<CaughtMail>
}

/** A real SMTP server on a loopback port, for the tests' email flows. */
export async function startMailCatcher(t: TestContext): Promise<MailCatcher> {
  const messages: CaughtMail[] = []
  const waiters = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((parsed) => {
        const to = Array.isArray(parsed.to) ? parsed.to[0]?.text : parsed.to?.text
        messages.push({ to: to ?? '', subject: parsed.subject ?? '', text: parsed.text ?? '' })
        for (const wake of waiters) wake()
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const address = server.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0

  async function waitFor(to: string, subject: RegExp, timeoutMs = 10_000): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = messages.find((message) => message.to.includes(to) && subject.test(message.subject))
      if (found !== undefined) return found
      const remaining = deadline - Date.now()
      if (remaining <= 0) throw new Error(`no email "${subject}" to ${to} within ${timeoutMs} ms`)
      await new Promise<void>((resolve) => {
        const wake = (): void => { waiters.delete(wake); clearTimeout(timer); resolve() }
        const timer = setTimeout(wake, remaining)
        waiters.add(wake)
      })
    }
  }
  return { port, messages, waitFor }
}

/** The first URL in a message. */
export function firstLink(text: string): string {
  const match = /https?:\/\/\S+/.exec(text)
  if (match === null) throw new Error(`no link in: ${text}`)
  return match[0]
}
