import type { FastifyInstance } from 'fastify'
import { cookieHeader, PASSWORD, signUp, uniqueEmail } from '../helper.js'
import type { MailCatcher } from '../mail-catcher.js'
import { unusedTotp } from '../totp.js'

export const V1 = '/api/v1/better-auth'

const SUBJECTS: Readonly<Record<string, RegExp>> = {
  magic_link: /^Your sign-in link$/,
  email_code: /^Your sign-in code$/,
  email_sign_in: /^Your sign-in link and code$/,
}

/** The kinds of the sign-in emails written to the outbox for `email`, oldest first, once the work after the answers is done. */
export async function sentTo(app: FastifyInstance, email: string): Promise<string[]> {
  await app.afterResponse.idle()
  const rows = await app.db.selectFrom('email_outbox').select('kind')
    .where('recipient', '=', email)
    .where('kind', 'in', Object.keys(SUBJECTS))
    .orderBy('created_at').execute()
  return rows.map((row) => row.kind)
}

export interface SignInMail {
  readonly text: string
  /** The first link in it. */
  readonly link: string
}

/** The next sign-in email of `kind` to `email` the mail server received (taken from it, so the one after is next). */
export async function lastMail(app: FastifyInstance, mail: MailCatcher, email: string, kind: string): Promise<SignInMail> {
  await app.afterResponse.idle()
  const message = await mail.waitFor(email, SUBJECTS[kind]!)
  mail.messages.splice(mail.messages.indexOf(message), 1)
  return { text: message.text, link: /https?:\/\/\S+/.exec(message.text)?.[0] ?? '' }
}

export function codeIn(mail: SignInMail): string {
  const code = /\b(\d{6})\b/.exec(mail.text)?.[1]
  if (code === undefined) throw new Error(`no code in ${mail.text}`)
  return code
}

export function tokenIn(mail: SignInMail): string {
  const token = new URL(mail.link).searchParams.get('token')
  if (token === null) throw new Error(`no token in ${mail.link}`)
  return token
}

/** A signed-up user whose address is confirmed. */
export async function confirmedUser(app: FastifyInstance, email = uniqueEmail('passwordless')): Promise<{ email: string; userId: string }> {
  const { userId } = await signUp(app, email)
  await app.db.updateTable('user').set({ email_verified: true }).where('id', '=', userId).execute()
  return { email, userId }
}

/** A confirmed user with TOTP on; returns its otpauth URI and the codes already spent. */
export async function userWithTotp(app: FastifyInstance): Promise<{ email: string; userId: string; totpURI: string; spent: Set<string> }> {
  const user = await confirmedUser(app)
  const login = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
  const auth = { authorization: `Bearer ${login.json().accessToken as string}` }
  const { totpURI } = (await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: auth, payload: { password: PASSWORD } })).json() as { totpURI: string }
  const spent = new Set<string>()
  const enabled = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers: auth, payload: { code: unusedTotp(totpURI, spent) } })
  if (enabled.statusCode !== 200) throw new Error(`mfa/enable: ${enabled.statusCode} ${enabled.body}`)
  return { ...user, totpURI, spent }
}

export { cookieHeader }
