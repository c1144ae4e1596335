import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import t from 'tap'
import { build, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'
import { signWithServiceKey } from './service-key.js'

const ISSUER = 'http://localhost:3001'
const INTROSPECTION_SECRET = 'introspection-secret-introspection-secret'

t.test('each kind of JWT opens only its own surface', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), INTROSPECTION_SECRET })

  async function bothKinds(): Promise<{ access: string; auth: string; email: string }> {
    const v1 = await registerUser(app, mail)
    const auth = (await app.inject({ method: 'POST', url: '/auth/login', payload: { email: v1.email, password: PASSWORD } })).json().token as string
    return { access: v1.accessToken, auth, email: v1.email }
  }

  await t.test('a v1 access token (at+jwt) is refused by /auth/me and /auth/logout, as header and as cookie', async (t) => {
    const { access } = await bothKinds()
    for (const headers of [{ authorization: `Bearer ${access}` }, { cookie: `auth_token=${access}` }]) {
      t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers })).statusCode, 401, `/auth/me, ${Object.keys(headers)[0]}`)
      await app.inject({ method: 'POST', url: '/auth/logout', headers: { ...headers, origin: FRONTEND_ORIGIN } })
    }
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${access}` } })).statusCode, 200, '/auth/logout ended nothing')
  })

  await t.test('an /auth token (auth+jwt) is refused by v1 me, mfa/setup and logout', async (t) => {
    const { auth } = await bothKinds()
    const headers = { authorization: `Bearer ${auth}` }
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers })).statusCode, 401, 'v1 me')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } })).statusCode, 401, 'mfa/setup')
    await app.inject({ method: 'POST', url: `${V1}/logout`, headers })
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers })).statusCode, 200, 'v1 logout ended nothing')
  })

  await t.test('each kind carries its own typ and aud', async (t) => {
    const { access, auth } = await bothKinds()
    const decode = (token: string, part: 0 | 1): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[part]!, 'base64url').toString())
    t.match(decode(access, 0), { alg: 'EdDSA', typ: 'at+jwt', kid: String })
    t.match(decode(access, 1), { iss: ISSUER, aud: `${ISSUER}/api/v1`, jti: String })
    t.match(decode(auth, 0), { alg: 'EdDSA', typ: 'auth+jwt', kid: String })
    t.match(decode(auth, 1), { iss: ISSUER, aud: `${ISSUER}/auth`, jti: String })
  })

  await t.test('introspection accepts both kinds and says which', async (t) => {
    const { access, auth } = await bothKinds()
    const introspect = async (token: string): Promise<Record<string, unknown>> => (await app.inject({
      method: 'POST', url: '/api/v1/sessions/introspect', headers: { authorization: `Bearer ${INTROSPECTION_SECRET}` }, payload: { token },
    })).json()
    t.match(await introspect(access), { active: true, token_type: 'access_token' })
    t.match(await introspect(auth), { active: true, token_type: 'auth_token' })
  })

  await t.test('tokens signed with the real key but with typ or aud swapped or missing are refused (fast-check)', async (t) => {
    const v1 = await registerUser(app, mail)
    const claims = JSON.parse(Buffer.from(v1.accessToken.split('.')[1]!, 'base64url').toString()) as { sub: string; sid: string }
    const now = Math.floor(Date.now() / 1000)
    const typ = fc.constantFrom(undefined, 'at+jwt', 'auth+jwt', 'JWT', 'jwt', 'application/at+jwt', 'AT+JWT', 'Auth+JWT', 'at+jwt ', 'logout+jwt')
    const aud = fc.constantFrom(undefined, ISSUER, `${ISSUER}/api/v1`, `${ISSUER}/auth`, [`${ISSUER}/api/v1`], [`${ISSUER}/auth`, 'x'], 'https://elsewhere.example/api/v1', `${ISSUER}/api/v1/`)
    const iss = fc.constantFrom(ISSUER, `${ISSUER}/`, 'https://elsewhere.example')
    const exp = fc.constantFrom(now + 600, now - 600)
    const normalized = (value: string | undefined): string | undefined => value?.toLowerCase().replace(/^application\//, '')
    const audiences = (value: string | string[] | undefined): string[] => value === undefined ? [] : Array.isArray(value) ? value : [value]
    const accepted = (kind: 'access' | 'auth', token: { typ?: string; aud?: string | string[]; iss: string; exp: number }): boolean =>
      normalized(token.typ) === (kind === 'access' ? 'at+jwt' : 'auth+jwt')
      && audiences(token.aud).includes(kind === 'access' ? `${ISSUER}/api/v1` : `${ISSUER}/auth`)
      && token.iss === ISSUER && token.exp > now
    await fc.assert(fc.asyncProperty(fc.record({ typ, aud, iss, exp }), async (variant) => {
      const token = await signWithServiceKey(app, variant.typ === undefined ? {} : { typ: variant.typ }, {
        sub: claims.sub, sid: claims.sid, iss: variant.iss, iat: now - 700, exp: variant.exp, jti: randomUUID(), ...(variant.aud === undefined ? {} : { aud: variant.aud }),
      })
      const v1Me = await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${token}` } })
      const authMe = await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${token}` } })
      if ((v1Me.statusCode === 200) !== accepted('access', variant)) throw new Error(`v1 me ${v1Me.statusCode} for ${JSON.stringify(variant)}`)
      if ((authMe.statusCode === 200) !== accepted('auth', variant)) throw new Error(`/auth/me ${authMe.statusCode} for ${JSON.stringify(variant)}`)
    }), { numRuns: 80 })
    t.pass('each surface accepts exactly its own typ, audience, issuer, unexpired')
  })

  await t.test('a sign-up on /auth still gets a working token of its kind', async (t) => {
    const signup = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: uniqueEmail('kind'), password: PASSWORD, name: 'K' } })
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${signup.json().token}` } })).statusCode, 200)
  })
})
