import { createEndpoint } from 'better-call'
import fc from 'fast-check'
import t from 'tap'
import { parseRequestCookies } from '../../src/auth/cookie-parser.js'
import { listAuditEvents } from '../../src/sessions/audit-event-repository.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, signUp, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { unusedTotp } from '../totp.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'

/** What a Better Auth endpoint reads for a cookie: better-call's `ctx.getCookie`, through a real endpoint. */
const betterAuthReads = createEndpoint('/cookie', { method: 'GET' }, async (ctx) => {
  const names = (ctx.headers?.get('x-names') ?? '').split(',')
  return Object.fromEntries(names.map((name) => [name, ctx.getCookie(name)]))
})

async function betterAuthCookie(header: string, name: string): Promise<string | null> {
  const read = await betterAuthReads({ headers: new Headers({ cookie: header, 'x-names': name }) }) as Record<string, string | null>
  return read[name] ?? null
}

const NAMES = ['better-auth.session_token', 'better-auth.two_factor', 'auth_token', 'better-auth.refresh_token'] as const

/** One way a client, proxy or attacker may write the same cookie value. */
type Variant = 'plain' | 'quoted' | 'padded' | 'percent-encoded' | 'repeated, first' | 'repeated, second' | 'empty' | 'empty, then the value' | 'lone quote'

const VARIANTS: readonly Variant[] = ['plain', 'quoted', 'padded', 'percent-encoded', 'repeated, first', 'repeated, second', 'empty', 'empty, then the value', 'lone quote']

function percentEncodeAll(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}

/** A Cookie header carrying `value` for `name` in the given variant, beside an unrelated cookie. */
function cookieVariant(name: string, value: string, variant: Variant): string {
  const pair = ((): string => {
    switch (variant) {
      case 'plain': return `${name}=${value}`
      case 'quoted': return `${name}="${value}"`
      case 'padded': return `${name}= \t${value} \t`
      case 'percent-encoded': return `${name}=${percentEncodeAll(decodeURIComponent(value))}`
      case 'repeated, first': return `${name}=${value}; ${name}=junk.value`
      case 'repeated, second': return `${name}=junk.value; ${name}=${value}`
      case 'empty': return `${name}=`
      case 'empty, then the value': return `${name}=; ${name}=${value}`
      case 'lone quote': return `${name}="${value}`
    }
  })()
  return `other=1; ${pair}`
}

t.test('our cookie parser reads what Better Auth reads, for any header (fast-check)', async (t) => {
  const fragment = fc.oneof(
    fc.constantFrom('"', '%', '%2', '%22', '%3D', ' ', '\t', '=', ',', '.', '+', '/', 'é', '%C3%A9', '""'),
    fc.string({ maxLength: 6 }).filter((text) => !text.includes(';')),
  )
  const value = fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join(''))
  const pair = fc.tuple(fc.constantFrom(...NAMES, 'other', ' auth_token', 'auth_token '), value, fc.constantFrom('', ' ', '  '))
    .map(([name, text, gap]) => `${gap}${name}=${text}`)
  const header = fc.array(pair, { minLength: 0, maxLength: 5 }).map((pairs) => pairs.join(';'))
  await fc.assert(fc.asyncProperty(header, async (cookie) => {
    const ours = parseRequestCookies(cookie)
    for (const name of NAMES) {
      const theirs = await betterAuthCookie(cookie, name)
      if ((ours[name] ?? null) !== theirs) throw new Error(`${name} in ${JSON.stringify(cookie)}: ours ${JSON.stringify(ours[name])}, Better Auth ${JSON.stringify(theirs)}`)
    }
  }), { numRuns: 300 })
  t.pass('no header on which the two disagree')
})

t.test('every variant of each cookie name reads the same as Better Auth reads it', async (t) => {
  for (const name of NAMES) {
    for (const variant of VARIANTS) {
      const header = cookieVariant(name, 'tok%2Ben.sig%3D', variant)
      t.equal(parseRequestCookies(header)[name] ?? null, await betterAuthCookie(header, name), `${name}, ${variant}`)
    }
  }
})

t.test('cookie-reading routes decide as Better Auth decides, for every variant', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const SESSION = 'better-auth.session_token'

  /** Better Auth's own answer to "is this Cookie header a session?". */
  async function betterAuthSession(cookie: string): Promise<boolean> {
    const session = await app.auth.api.getSession({ headers: new Headers({ cookie }), query: { disableRefresh: true } })
    return session !== null
  }

  await t.test('session cookie: GET /api/auth/get-session and GET /api/v1/better-auth/me', async (t) => {
    const user = await registerUser(app, mail)
    const value = /better-auth\.session_token=([^;]+)/.exec(user.cookie)![1]!
    for (const variant of VARIANTS) {
      const cookie = cookieVariant(SESSION, value, variant)
      const expected = await betterAuthSession(cookie)
      const native = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie } })
      t.equal(native.json() !== null, expected, `get-session, ${variant}: signed in = ${expected}`)
      const me = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { cookie } })
      t.equal(me.statusCode === 200, expected, `v1 me, ${variant}: signed in = ${expected}`)
    }
  })

  await t.test('session cookie: POST /api/auth/sign-out records sign_out exactly when it ended a session', async (t) => {
    for (const variant of VARIANTS) {
      const user = await signUp(app)
      const value = /better-auth\.session_token=([^;]+)/.exec(user.cookie)![1]!
      const cookie = cookieVariant(SESSION, value, variant)
      const response = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie, origin: FRONTEND_ORIGIN } })
      t.equal(response.statusCode, 200)
      const row = await app.db.selectFrom('session').select('id').where('token', '=', user.token).executeTakeFirst()
      const audited = await listAuditEvents(app.db, { userId: user.userId, type: 'sign_out' })
      t.equal(audited.length, row === undefined ? 1 : 0, `${variant}: session ${row === undefined ? 'ended' : 'kept'}, ${audited.length} sign_out rows`)
    }
  })

  await t.test('a quoted session cookie signs out with its audit row', async (t) => {
    const user = await signUp(app)
    const value = /better-auth\.session_token=([^;]+)/.exec(user.cookie)![1]!
    await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: `${SESSION}="${value}"`, origin: FRONTEND_ORIGIN } })
    t.equal(await app.db.selectFrom('session').select('id').where('token', '=', user.token).executeTakeFirst(), undefined, 'the session ended')
    t.equal((await listAuditEvents(app.db, { userId: user.userId, type: 'sign_out' })).length, 1, 'and the audit trail says so')
  })

  async function userWithTotp(): Promise<{ email: string; userId: string; code: () => string; backupCodes: string[] }> {
    const user = await registerUser(app, mail)
    const headers = { authorization: `Bearer ${user.accessToken}` }
    const setup = (await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } })).json()
    const spent = new Set<string>()
    const enabled = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers, payload: { code: unusedTotp(setup.totpURI, spent) } })
    if (enabled.statusCode !== 200) throw new Error(`enable: ${enabled.body}`)
    return { email: user.email, userId: user.user.id, code: () => unusedTotp(setup.totpURI, spent), backupCodes: setup.backupCodes }
  }

  async function pendingTwoFactor(email: string): Promise<string> {
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })
    return /better-auth\.two_factor=([^;]+)/.exec(cookieHeader(signIn.headers['set-cookie']))![1]!
  }

  await t.test('two_factor cookie: a spent TOTP code stays spent on verify-totp, however the cookie is written', async (t) => {
    const user = await userWithTotp()
    const code = user.code()
    const first = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie: `better-auth.two_factor=${await pendingTwoFactor(user.email)}`, origin: FRONTEND_ORIGIN }, payload: { code } })
    t.equal(first.statusCode, 200, 'the code signs in once')
    for (const variant of VARIANTS) {
      const cookie = cookieVariant('better-auth.two_factor', await pendingTwoFactor(user.email), variant)
      const replay = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie, origin: FRONTEND_ORIGIN }, payload: { code } })
      t.not(replay.statusCode, 200, `${variant}: the spent code is refused (${replay.statusCode})`)
    }
  })

  await t.test('two_factor cookie: verify-backup-code audits the account Better Auth signed in, for every variant', async (t) => {
    const user = await userWithTotp()
    let used = 0
    for (const variant of VARIANTS) {
      const cookie = cookieVariant('better-auth.two_factor', await pendingTwoFactor(user.email), variant)
      const before = await listAuditEvents(app.db, { userId: user.userId, type: 'sign_in.succeeded' })
      const response = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-backup-code', headers: { cookie, origin: FRONTEND_ORIGIN }, payload: { code: user.backupCodes[used] } })
      if (response.statusCode === 200) used += 1
      const after = await listAuditEvents(app.db, { userId: user.userId, type: 'sign_in.succeeded' })
      t.equal(after.length - before.length, response.statusCode === 200 ? 1 : 0, `${variant}: ${response.statusCode}, audited for the account`)
    }
  })

  await t.test('auth_token cookie: GET /auth/me and POST /auth/logout read it as Better Auth would', async (t) => {
    for (const variant of VARIANTS) {
      const email = uniqueEmail('jwt')
      const { token } = (await app.inject({ method: 'POST', url: '/auth/signup', payload: { email, password: PASSWORD, name: 'J' } })).json()
      const cookie = cookieVariant('auth_token', token, variant)
      const expected = parseRequestCookies(cookie).auth_token === token
      t.equal(await betterAuthCookie(cookie, 'auth_token') === token, expected, `${variant}: Better Auth reads the token = ${expected}`)
      const me = await app.inject({ method: 'GET', url: '/auth/me', headers: { cookie } })
      t.equal(me.statusCode === 200, expected, `/auth/me, ${variant}: ${me.statusCode}`)
      await app.inject({ method: 'POST', url: '/auth/logout', headers: { cookie, origin: FRONTEND_ORIGIN } })
      const after = await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${token}` } })
      t.equal(after.statusCode === 401, expected, `/auth/logout, ${variant}: ended the session = ${expected}`)
    }
  })

  await t.test('refresh cookie: refresh-token and logout read it as Better Auth would', async (t) => {
    const REFRESH = 'better-auth.refresh_token'
    for (const variant of VARIANTS) {
      const user = await registerUser(app, mail)
      const cookie = cookieVariant(REFRESH, user.refreshToken, variant)
      const expected = await betterAuthCookie(cookie, REFRESH) === user.refreshToken
      const refreshed = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, headers: { cookie, origin: FRONTEND_ORIGIN } })
      t.equal(refreshed.statusCode === 200, expected, `refresh-token, ${variant}: ${refreshed.statusCode}`)
      const next = refreshed.statusCode === 200 ? refreshed.json().refreshToken as string : user.refreshToken
      const logout = await app.inject({ method: 'POST', url: `${V1}/logout`, headers: { cookie: cookieVariant(REFRESH, next, variant), origin: FRONTEND_ORIGIN } })
      t.equal(logout.statusCode, 200)
      const again = await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: next } })
      t.equal(again.statusCode === 401, expected, `logout, ${variant}: revoked the family = ${expected}`)
    }
  })
})
