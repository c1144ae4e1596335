import type { FastifyInstance } from 'fastify'
import type { MailCatcher } from '../../mail-catcher.js'
import { cookieHeader, PASSWORD, uniqueEmail } from '../../helper.js'

export const V1 = '/api/v1/better-auth'

export interface Tokens {
  readonly accessToken: string
  readonly refreshToken: string
  readonly user: { id: string; email: string; emailVerified: boolean }
  /** The session and refresh cookies the answer set, as a Cookie header. */
  readonly cookie: string
}

/** The code in the last verification email to `email`. */
export async function codeFor(mail: MailCatcher, email: string): Promise<string> {
  const message = await mail.waitFor(email, /verification code/i)
  mail.messages.splice(mail.messages.indexOf(message), 1)
  const code = /\b(\d{6})\b/.exec(message.text)?.[1]
  if (code === undefined) throw new Error(`no code in ${message.text}`)
  return code
}

/** register → code → verify-email → complete-registration: a verified, signed-in user. */
export async function registerUser(app: FastifyInstance, mail: MailCatcher, email = uniqueEmail('v1'), password = PASSWORD): Promise<Tokens & { email: string }> {
  const registered = await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password, name: 'V1 User' } })
  if (registered.statusCode !== 201) throw new Error(`register: ${registered.statusCode} ${registered.body}`)
  const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: await codeFor(mail, email) } })
  if (verified.statusCode !== 200) throw new Error(`verify-email: ${verified.statusCode} ${verified.body}`)
  const completed = await app.inject({ method: 'POST', url: `${V1}/complete-registration`, payload: { registrationToken: verified.json().registrationToken } })
  if (completed.statusCode !== 200) throw new Error(`complete-registration: ${completed.statusCode} ${completed.body}`)
  return { ...completed.json(), cookie: cookieHeader(completed.headers['set-cookie']), email }
}

export async function login(app: FastifyInstance, email: string, password = PASSWORD): Promise<Tokens> {
  const response = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email, password } })
  if (response.statusCode !== 200) throw new Error(`login: ${response.statusCode} ${response.body}`)
  return { ...response.json(), cookie: cookieHeader(response.headers['set-cookie']) }
}
