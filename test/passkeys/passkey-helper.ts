import type { FastifyInstance } from 'fastify'
import { cookieHeader, PASSWORD } from '../helper.js'
import type { MailCatcher } from '../mail-catcher.js'
import { registerUser } from '../surfaces/v1/v1-helper.js'

/** The passkey origin of the test configuration: the service's own (WEBAUTHN_ORIGINS in test/helper.ts). */
export const PASSKEY_ORIGIN = 'http://localhost:3001'

export interface NativeUser {
  readonly email: string
  readonly userId: string
  /** The session cookie of a password sign-in on /api/auth, as a Cookie header. */
  readonly cookie: string
  readonly accessToken: string
}

/** A user with a confirmed address (v1 registration by code), signed in on /api/auth with the password. */
export async function confirmedUser(app: FastifyInstance, mail: MailCatcher): Promise<NativeUser> {
  const registered = await registerUser(app, mail)
  const signedIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: registered.email, password: PASSWORD } })
  if (signedIn.statusCode !== 200) throw new Error(`sign-in: ${signedIn.body}`)
  return { email: registered.email, userId: registered.user.id, cookie: cookieHeader(signedIn.headers['set-cookie']), accessToken: registered.accessToken }
}

/** Cookies of an answer added to a Cookie header (a cleared one removed). */
export function withCookies(before: string, setCookie: string | string[] | undefined): string {
  const jar = new Map(before.split('; ').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair]))
  for (const cookie of [setCookie ?? []].flat()) {
    const pair = cookie.split(';')[0]!
    const name = pair.slice(0, pair.indexOf('='))
    if (pair.endsWith('=')) jar.delete(name)
    else jar.set(name, pair)
  }
  return [...jar.values()].join('; ')
}
