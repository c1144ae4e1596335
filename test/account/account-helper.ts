import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { MailCatcher } from '../mail-catcher.js'
import { cookieHeader, PASSWORD } from '../helper.js'
import { unusedTotp } from '../totp.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'

export { V1 }

/** A confirmed account signed in on every surface, with the credentials each one gave. */
export interface SignedInEverywhere {
  readonly userId: string
  readonly email: string
  /** v1: access token, refresh token, and the cookies of that sign-in. */
  readonly v1: { readonly accessToken: string; readonly refreshToken: string; readonly cookie: string }
  /** `/api/auth`: the session cookie, the signed bearer token (Set-Auth-Token), the raw token. */
  readonly native: { readonly cookie: string; readonly bearer: string; readonly token: string }
  /** `/auth`: the JWT, and its cookie. */
  readonly jwt: { readonly token: string; readonly cookie: string }
}

/** register → code → complete on v1, then a sign-in on `/api/auth` and on `/auth`. */
export async function signedInEverywhere(app: FastifyInstance, mail: MailCatcher, email?: string): Promise<SignedInEverywhere> {
  const registered = await registerUser(app, mail, email)
  const native = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: registered.email, password: PASSWORD } })
  if (native.statusCode !== 200) throw new Error(`native sign-in: ${native.statusCode} ${native.body}`)
  const jwt = await app.inject({ method: 'POST', url: '/auth/login', payload: { email: registered.email, password: PASSWORD } })
  if (jwt.statusCode !== 200) throw new Error(`/auth login: ${jwt.statusCode} ${jwt.body}`)
  return {
    userId: registered.user.id,
    email: registered.email,
    v1: { accessToken: registered.accessToken, refreshToken: registered.refreshToken, cookie: registered.cookie },
    native: { cookie: cookieHeader(native.headers['set-cookie']), bearer: String(native.headers['set-auth-token']), token: native.json().token as string },
    jwt: { token: jwt.json().token as string, cookie: cookieHeader(jwt.headers['set-cookie']) },
  }
}

export interface MfaUser {
  readonly userId: string
  readonly email: string
  readonly accessToken: string
  readonly totpUri: string
  readonly backupCodes: readonly string[]
  /** The code that turned MFA on: spent. */
  readonly enabledWith: string
  /** A TOTP code accepted now and not used yet. */
  code(): string
}

/** A confirmed account with TOTP on (through v1), and a live access token. */
export async function userWithMfa(app: FastifyInstance, mail: MailCatcher, email?: string): Promise<MfaUser> {
  const user = await registerUser(app, mail, email)
  const headers = { authorization: `Bearer ${user.accessToken}` }
  const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } })
  if (setup.statusCode !== 200) throw new Error(`mfa/setup: ${setup.body}`)
  const { totpURI, backupCodes } = setup.json() as { totpURI: string; backupCodes: string[] }
  const spent = new Set<string>()
  const enabledWith = unusedTotp(totpURI, spent)
  const enabled = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers, payload: { code: enabledWith } })
  if (enabled.statusCode !== 200) throw new Error(`mfa/enable: ${enabled.body}`)
  return {
    userId: user.user.id, email: user.email, accessToken: enabled.json().accessToken as string, totpUri: totpURI, backupCodes, enabledWith,
    code: () => unusedTotp(totpURI, spent),
  }
}

/** Every row of every table of the service's schema, as JSON text, by table. */
export async function everyRow(app: FastifyInstance): Promise<Map<string, string[]>> {
  const { rows: tables } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(app.db)
  const result = new Map<string, string[]>()
  for (const { table_name: table } of tables) {
    const { rows } = await sql<{ row: string }>`select row_to_json(t)::text as row from ${sql.table(table)} t`.execute(app.db)
    result.set(table, rows.map((row) => row.row))
  }
  return result
}

/** The tables with a row in which one of `needles` appears, and which needles. */
export async function tablesMentioning(app: FastifyInstance, needles: readonly string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>()
  for (const [table, rows] of await everyRow(app)) {
    const hits = needles.filter((needle) => rows.some((row) => row.includes(needle) || row.includes(JSON.stringify(needle).slice(1, -1))))
    if (hits.length > 0) found.set(table, hits)
  }
  return found
}

export { PASSWORD }
