import type { FastifyInstance } from 'fastify'
import { firstLink, type CaughtMail, type MailCatcher } from '../mail-catcher.js'

/** The emails of a change of address, as a person reads them. */
export const CONFIRM = /^Confirm your new email address$/
export const TAKEN = /^Someone tried to use this email address$/
export const NOTICE = /^Your email address is being changed$/
export const RESET = /^Reset your password$/

/** The first message to `to` with this subject, taken out of the catcher so the next wait finds the next one. */
export async function takeMail(mail: MailCatcher, to: string, subject: RegExp): Promise<CaughtMail> {
  const message = await mail.waitFor(to, subject)
  mail.messages.splice(mail.messages.indexOf(message), 1)
  return message
}

export function codeIn(message: CaughtMail): string {
  const code = /\b(\d{6})\b/.exec(message.text)?.[1]
  if (code === undefined) throw new Error(`no code in: ${message.text}`)
  return code
}

export function linkIn(message: CaughtMail): URL {
  return new URL(firstLink(message.text))
}

/** The token of the first link of a message. */
export function tokenIn(message: CaughtMail): string {
  const token = linkIn(message).searchParams.get('token')
  if (token === null) throw new Error(`no token in: ${message.text}`)
  return token
}

/** Every email the app has handed over so far has reached the catcher, the ones sent after an answer included. */
export async function mailSettled(app: FastifyInstance): Promise<void> {
  await app.afterResponse.idle()
  await app.mailer.idle()
}

/** The security notices (src/notices/security-notices.ts) every account gets, which these tests do not count. */
const SECURITY_NOTICE = /^(Your password was changed|Two-step verification was turned|New sign-in to your account)/

/** The messages to `to` that are about its address, not the security notices of the account. */
export function mailTo(mail: MailCatcher, to: string): CaughtMail[] {
  return mail.messages.filter((message) => message.to.includes(to) && !SECURITY_NOTICE.test(message.subject))
}
