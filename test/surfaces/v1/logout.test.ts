import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { generateKeyPair, SignJWT } from 'jose'
import t, { type Test } from 'tap'
import { listAuditEvents } from '../../../src/sessions/audit-event-repository.js'
import { build, FRONTEND_ORIGIN } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { signWithServiceKey } from '../../tokens/service-key.js'
import { registerUser, V1, type Tokens } from './v1-helper.js'

const ISSUER = 'http://localhost:3001'

t.test('POST /api/v1/better-auth/logout ends the session and refresh family of whatever credential it is given', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), REFRESH_REUSE_INTERVAL: '0' })

  const claimsOf = (token: string): { sub: string; sid: string } => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())
  const logout = (headers: Record<string, string>, payload?: object) =>
    app.inject({ method: 'POST', url: `${V1}/logout`, headers: { origin: FRONTEND_ORIGIN, ...headers }, ...(payload === undefined ? {} : { payload }) })
  const refresh = (refreshToken: string) => app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken } })
  const sessionCookieOf = (user: Tokens): string => /better-auth\.session_token=[^;]+/.exec(user.cookie)![0]

  /** After logout: the refresh token no longer rotates, the session cookie and access token no longer work. */
  async function assertEnded(t: Test, user: Tokens, what: string): Promise<void> {
    t.equal((await refresh(user.refreshToken)).statusCode, 401, `${what}: the refresh token no longer rotates`)
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { cookie: sessionCookieOf(user) } })).statusCode, 401, `${what}: the session cookie no longer works`)
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.accessToken}` } })).statusCode, 401, `${what}: the access token no longer works`)
    t.equal((await listAuditEvents(app.db, { userId: user.user.id, type: 'sign_out' })).length, 1, `${what}: one sign_out event`)
  }

  async function assertAlive(t: Test, user: Tokens, what: string): Promise<void> {
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${user.accessToken}` } })).statusCode, 200, `${what}: the session lives`)
    t.equal((await listAuditEvents(app.db, { userId: user.user.id, type: 'sign_out' })).length, 0, `${what}: no sign_out event`)
  }

  await t.test('an expired access token alone', async (t) => {
    const user = await registerUser(app, mail)
    const { sub, sid } = claimsOf(user.accessToken)
    const now = Math.floor(Date.now() / 1000)
    const expired = await signWithServiceKey(app, { typ: 'at+jwt' }, { sub, sid, iss: ISSUER, aud: `${ISSUER}/api/v1`, iat: now - 3600, exp: now - 2700, jti: randomUUID() })
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${expired}` } })).statusCode, 401, 'expired: opens nothing')
    t.equal((await logout({ authorization: `Bearer ${expired}` })).statusCode, 200)
    await assertEnded(t, user, 'expired access token')
  })

  await t.test('only the refresh cookie, as the browser sends it to /api/v1/better-auth', async (t) => {
    const user = await registerUser(app, mail)
    t.equal((await logout({ cookie: `better-auth.refresh_token=${user.refreshToken}` })).statusCode, 200)
    await assertEnded(t, user, 'refresh cookie')
  })

  await t.test('only { refreshToken } in the body', async (t) => {
    const user = await registerUser(app, mail)
    t.equal((await logout({}, { refreshToken: user.refreshToken })).statusCode, 200)
    await assertEnded(t, user, 'refresh token in the body')
  })

  await t.test('a rotated refresh token still names its family', async (t) => {
    const user = await registerUser(app, mail)
    const next = (await refresh(user.refreshToken)).json() as Tokens
    t.equal((await logout({}, { refreshToken: user.refreshToken })).statusCode, 200)
    t.equal((await refresh(next.refreshToken)).statusCode, 401, 'the current token of the family no longer rotates')
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${next.accessToken}` } })).statusCode, 401)
  })

  await t.test('only the session cookie', async (t) => {
    const user = await registerUser(app, mail)
    t.equal((await logout({ cookie: sessionCookieOf(user) })).statusCode, 200)
    await assertEnded(t, user, 'session cookie')
  })

  await t.test('a live access token', async (t) => {
    const user = await registerUser(app, mail)
    t.equal((await logout({ authorization: `Bearer ${user.accessToken}` })).statusCode, 200)
    await assertEnded(t, user, 'access token')
  })

  await t.test('forged, foreign-key-signed, wrong-kind or unknown credentials revoke nothing', async (t) => {
    const victim = await registerUser(app, mail)
    const { sub, sid } = claimsOf(victim.accessToken)
    const [header, , signature] = victim.accessToken.split('.') as [string, string, string]
    const now = Math.floor(Date.now() / 1000)
    const claims = { sub, sid, iss: ISSUER, aud: `${ISSUER}/api/v1`, iat: now, exp: now + 600, jti: randomUUID() }
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' })
    const ourKid = (JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string }).kid
    const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: ourKid }).sign(privateKey)
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, exp: now + 999_999 })).toString('base64url')}.${signature}`
    const authKind = await signWithServiceKey(app, { typ: 'auth+jwt' }, { ...claims, aud: `${ISSUER}/auth`, exp: now - 60 })
    const noTyp = await signWithServiceKey(app, {}, { ...claims, exp: now - 60 })
    for (const [what, headers, body] of [
      ['a token signed by another key under our kid', { authorization: `Bearer ${foreign}` }, undefined],
      ['a tampered payload', { authorization: `Bearer ${tampered}` }, undefined],
      ['an expired /auth token', { authorization: `Bearer ${authKind}` }, undefined],
      ['an expired token without typ', { authorization: `Bearer ${noTyp}` }, undefined],
      ['an unknown refresh token', {}, { refreshToken: 'x'.repeat(43) }],
      ['part of the access token as a refresh token', {}, { refreshToken: victim.accessToken.slice(0, 200) }],
      ['a forged session cookie', { cookie: 'better-auth.session_token=abc.def' }, undefined],
    ] as const) {
      const response = await logout(headers, body)
      t.equal(response.statusCode, 200, `${what}: the same answer`)
    }
    await assertAlive(t, victim, 'after every forgery')
  })

  await t.test('mangled credentials never answer 5xx and never end someone else\'s family (fast-check)', async (t) => {
    const attacker = await registerUser(app, mail)
    const victim = await registerUser(app, mail)
    let victimRefresh = victim.refreshToken
    const mangle = fc.constantFrom<(value: string) => string>(
      (value) => value,
      (value) => value.slice(0, -1),
      (value) => `${value}A`,
      (value) => `"${value}"`,
      (value) => value.toUpperCase(),
      (value) => value.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')),
      (value) => encodeURIComponent(value),
      (value) => `${value.split('.')[0]}.${value.split('.')[1] ?? ''}.`,
      (value) => '',
    )
    const source = fc.constantFrom(
      () => attacker.accessToken, () => attacker.refreshToken, () => victim.accessToken.split('.').slice(0, 2).join('.') + '.x',
      () => `${attacker.accessToken.split('.')[0]}.${Buffer.from(JSON.stringify({ ...claimsOf(attacker.accessToken), sid: claimsOf(victim.accessToken).sid })).toString('base64url')}.${attacker.accessToken.split('.')[2]}`,
      () => 'garbage', () => '%E0%A4%A', () => '\u0000',
    )
    const credential = fc.tuple(source, mangle).map(([pick, change]) => change(pick()))
    await fc.assert(fc.asyncProperty(credential, credential, credential, fc.boolean(), async (bearer, body, cookie, useBody) => {
      const headers: Record<string, string> = {}
      if (bearer !== '') headers.authorization = `Bearer ${bearer}`
      if (cookie !== '' && /^[\x21-\x7e]*$/.test(cookie)) headers.cookie = `better-auth.refresh_token=${cookie}; better-auth.session_token=${cookie}`
      const response = await app.inject({
        method: 'POST', url: `${V1}/logout`, headers: { origin: FRONTEND_ORIGIN, ...headers }, ...(useBody ? { payload: { refreshToken: body } } : {}),
      })
      if (response.statusCode >= 500) throw new Error(`${response.statusCode} for ${JSON.stringify({ headers, body })}`)
      const rotated = await refresh(victimRefresh)
      if (rotated.statusCode !== 200) throw new Error(`the victim's family ended after ${JSON.stringify({ headers, body })}`)
      victimRefresh = rotated.json().refreshToken
    }), { numRuns: 60 })
    t.equal((await listAuditEvents(app.db, { userId: victim.user.id, type: 'sign_out' })).length, 0, 'the victim was never signed out')
  })

  await t.test('→ 200 with an empty body and with no credential at all', async (t) => {
    t.equal((await app.inject({ method: 'POST', url: `${V1}/logout`, headers: { 'content-type': 'application/json' }, payload: '' })).statusCode, 200)
    t.equal((await app.inject({ method: 'POST', url: `${V1}/logout` })).statusCode, 200)
    t.equal((await app.inject({ method: 'POST', url: `${V1}/logout`, payload: { refreshToken: 'x', unknown: 1 } })).statusCode, 200)
  })
})
