import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import t from 'tap'
import { build, cookieHeader, countPasswordHashes, failedSignInHashes, FRONTEND_ORIGIN, listen, PASSWORD, uniqueEmail } from '../../helper.js'

const ISSUER = 'http://localhost:3001'

t.test('/auth: the JWT surface of the FastAPI-style client', async (t) => {
  const hashes = countPasswordHashes()
  const app = await build(t, {}, { passwordHasher: hashes.hasher })

  async function signup(email = uniqueEmail(), password = PASSWORD, name = 'John Doe'): Promise<{ token: string; user: { id: string; email: string; name: string }; cookie: string }> {
    const response = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email, password, name } })
    t.equal(response.statusCode, 200, `signup ${response.body}`)
    return { ...response.json(), cookie: cookieHeader(response.headers['set-cookie']) }
  }

  await t.test('POST /auth/signup → 200 { token, user: { id, email, name } } and an HttpOnly auth_token cookie', async (t) => {
    const email = uniqueEmail()
    const response = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email, password: 'SecurePass123', name: 'John Doe' } })
    t.equal(response.statusCode, 200)
    const body = response.json()
    t.match(body, { token: /^[\w-]+\.[\w-]+\.[\w-]+$/, user: { id: String, email, name: 'John Doe' } })
    const cookie = String(response.headers['set-cookie'])
    t.match(cookie, new RegExp(`^auth_token=${body.token};`))
    t.match(cookie, /HttpOnly/)
    t.match(cookie, /SameSite=Lax/)
    t.match(cookie, /Max-Age=604(7|8)\d\d/)
    t.notMatch(cookie, /better-auth\.session_token/, 'no Better Auth session cookie on this surface')
  })

  await t.test('the token decodes as the client does, carries only sub, sid, iss, aud, iat, exp, jti, and lives as long as its session', async (t) => {
    const { token, user } = await signup()
    // The client's own isTokenExpired(): JSON.parse(atob(token.split('.')[1])).exp
    const claims = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>
    t.same(Object.keys(claims).sort(), ['aud', 'exp', 'iat', 'iss', 'jti', 'sid', 'sub'])
    t.equal(claims.sub, user.id)
    t.equal(claims.aud, `${ISSUER}/auth`)
    t.equal(claims.iss, ISSUER)
    t.ok((claims.exp as number) * 1000 > Date.now() + 6.9 * 86_400_000, 'about seven days')
    const header = decodeProtectedHeader(token)
    t.equal(header.alg, 'EdDSA')
    t.equal(header.typ, 'auth+jwt')
    t.type(header.kid, 'string')
    const session = await app.db.selectFrom('session').select(['id', 'expires_at']).where('id', '=', claims.sid as string).executeTakeFirstOrThrow()
    t.equal(Math.floor(session.expires_at.getTime() / 1000), claims.exp)
  })

  await t.test('POST /auth/signup → 409 { detail } for a taken email', async (t) => {
    const { user } = await signup()
    const response = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: user.email, password: PASSWORD, name: 'Again' } })
    t.equal(response.statusCode, 409)
    t.same(response.json(), { detail: 'User with this email already exists' })
  })

  const invalid: Array<[string, object, string, string]> = [
    ['an invalid email', { email: 'not-an-email', password: PASSWORD, name: 'A' }, 'email', 'value_error.email'],
    ['a password under 8 characters', { email: uniqueEmail(), password: 'short', name: 'A' }, 'password', 'string_too_short'],
    ['a missing name', { email: uniqueEmail(), password: PASSWORD }, 'name', 'missing'],
  ]
  for (const [what, payload, field, type] of invalid) {
    await t.test(`POST /auth/signup → 422 with a FastAPI detail list for ${what}`, async (t) => {
      const response = await app.inject({ method: 'POST', url: '/auth/signup', payload })
      t.equal(response.statusCode, 422)
      const { detail } = response.json()
      t.ok(Array.isArray(detail))
      t.same(detail[0].loc, ['body', field])
      t.equal(detail[0].type, type)
      t.type(detail[0].msg, 'string')
    })
  }

  await t.test('POST /auth/signup → 422 listing every invalid field, one entry each, as FastAPI does', async (t) => {
    const response = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: `${'a'.repeat(260)}-not-an-email`, password: 'short', extra: 'ignored' } })
    t.equal(response.statusCode, 422)
    const { detail } = response.json() as { detail: Array<{ loc: string[]; msg: string; type: string }> }
    t.same(detail.map((entry) => entry.loc).sort(), [['body', 'email'], ['body', 'name'], ['body', 'password']], 'the email, the password and the missing name, each once')
    t.same(detail.find((entry) => entry.loc[1] === 'name'), { loc: ['body', 'name'], msg: 'Field required', type: 'missing' })
    t.equal(detail.find((entry) => entry.loc[1] === 'password')?.type, 'string_too_short')
    const login = await app.inject({ method: 'POST', url: '/auth/login', payload: { email: 42 } })
    t.same((login.json().detail as Array<{ loc: string[] }>).map((entry) => entry.loc).sort(), [['body', 'email'], ['body', 'password']], 'on login too')
  })

  await t.test('the other surfaces name the first invalid field only', async (t) => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: 'not-an-email', password: 'short' } })
    t.equal(response.statusCode, 400)
    t.match(response.json().message, /^[a-z]+: /)
  })

  await t.test('POST /auth/signup → 422 { detail } for malformed JSON', async (t) => {
    const response = await app.inject({ method: 'POST', url: '/auth/signup', headers: { 'content-type': 'application/json' }, payload: '{"email":' })
    t.equal(response.statusCode, 422)
    t.type(response.json().detail, 'string')
  })

  await t.test('POST /auth/login → 200 { token, user } with the cookie', async (t) => {
    const { user } = await signup()
    const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { email: user.email, password: PASSWORD } })
    t.equal(response.statusCode, 200)
    t.equal(response.json().user.id, user.id)
    t.match(String(response.headers['set-cookie']), /^auth_token=/)
  })

  await t.test('POST /auth/login → the same 401 for a wrong password and an unknown email, never 404', async (t) => {
    const { user } = await signup()
    const wrong = await app.inject({ method: 'POST', url: '/auth/login', payload: { email: user.email, password: 'wrong-password' } })
    const unknown = await app.inject({ method: 'POST', url: '/auth/login', payload: { email: uniqueEmail('nobody'), password: 'wrong-password' } })
    for (const response of [wrong, unknown]) {
      t.equal(response.statusCode, 401)
      t.same(response.json(), { detail: 'Invalid email or password' })
      t.notOk(response.headers['set-cookie'])
    }
  })

  await t.test('POST /auth/login → 401 on an unknown email costs a password hash too', async (t) => {
    const { user } = await signup()
    const { known, unknown } = await failedSignInHashes(app, hashes, '/auth/login', { known: user.email, unknown: uniqueEmail('nobody') })
    t.equal(known, 1, 'a wrong password costs one scrypt')
    t.equal(unknown, known, 'and so does an unknown email')
  })

  await t.test('GET /auth/me → the user, by bearer header or by auth_token cookie', async (t) => {
    const { token, user, cookie } = await signup()
    const byBearer = await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${token}` } })
    t.equal(byBearer.statusCode, 200)
    t.same(byBearer.json(), { id: user.id, email: user.email, name: user.name, emailVerified: false })
    const byCookie = await app.inject({ method: 'GET', url: '/auth/me', headers: { cookie } })
    t.equal(byCookie.json().id, user.id)
  })

  await t.test('GET /auth/me → 401 without a token, or with a tampered, alg:none, foreign or expired one', async (t) => {
    const { token } = await signup()
    const [header, payload, signature] = token.split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
    const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
    const forgedPayload = `${header}.${encode({ ...claims, sub: 'someone-else' })}.${signature}`
    const algNone = `${encode({ alg: 'none', typ: 'JWT' })}.${payload}.`
    const algNoneSigned = `${encode({ alg: 'none', typ: 'JWT' })}.${payload}.${signature}`
    const wrongAudience = `${header}.${encode({ ...claims, aud: 'https://elsewhere.example' })}.${signature}`
    const truncated = `${header}.${payload}.${signature.slice(0, -4)}`
    for (const [what, headers] of [
      ['no token', {}],
      ['a tampered payload', { authorization: `Bearer ${forgedPayload}` }],
      ['alg: none', { authorization: `Bearer ${algNone}` }],
      ['alg: none with a signature', { authorization: `Bearer ${algNoneSigned}` }],
      ['another audience', { authorization: `Bearer ${wrongAudience}` }],
      ['a cut signature', { authorization: `Bearer ${truncated}` }],
      ['garbage', { authorization: 'Bearer garbage' }],
      ['a Basic header', { authorization: `Basic ${token}` }],
    ] as const) {
      const response = await app.inject({ method: 'GET', url: '/auth/me', headers })
      t.equal(response.statusCode, 401, what)
      t.type(response.json().detail, 'string')
    }
    const expiredSession = await signup()
    const sid = JSON.parse(Buffer.from(expiredSession.token.split('.')[1]!, 'base64url').toString()).sid as string
    await app.db.updateTable('session').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', sid).execute()
    const expired = await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${expiredSession.token}` } })
    t.equal(expired.statusCode, 401, 'a token whose session expired')
  })

  await t.test('POST /auth/logout → revokes the session and clears the cookie; the token no longer opens me', async (t) => {
    const { token, cookie } = await signup()
    const response = await app.inject({ method: 'POST', url: '/auth/logout', headers: { authorization: `Bearer ${token}` } })
    t.equal(response.statusCode, 200)
    t.same(response.json(), { success: true })
    t.match(String(response.headers['set-cookie']), /^auth_token=;.*Max-Age=0/)
    const me = await app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${token}` } })
    t.equal(me.statusCode, 401)
    const byCookie = await app.inject({ method: 'GET', url: '/auth/me', headers: { cookie } })
    t.equal(byCookie.statusCode, 401)
  })

  await t.test('POST /auth/logout → by cookie from an allowed origin; 403 from a cookie without Origin', async (t) => {
    const { cookie } = await signup()
    const refused = await app.inject({ method: 'POST', url: '/auth/logout', headers: { cookie } })
    t.equal(refused.statusCode, 403)
    t.type(refused.json().detail, 'string')
    const accepted = await app.inject({ method: 'POST', url: '/auth/logout', headers: { cookie, origin: FRONTEND_ORIGIN } })
    t.equal(accepted.statusCode, 200)
    t.equal((await app.inject({ method: 'GET', url: '/auth/me', headers: { cookie } })).statusCode, 401)
  })

  await t.test('POST /auth/logout → 200 without a token (the client logs out locally anyway)', async (t) => {
    const response = await app.inject({ method: 'POST', url: '/auth/logout' })
    t.equal(response.statusCode, 200)
  })

  await t.test('the same account signs in on the Better Auth surface', async (t) => {
    const { user } = await signup()
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    t.equal(response.statusCode, 200)
    t.equal(response.json().user.id, user.id)
  })
})

t.test('the token verifies with a stock JWT library against the published JWKS', async (t) => {
  const { url } = await listen(t)
  const response = await fetch(`${url}/auth/signup`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: uniqueEmail(), password: PASSWORD, name: 'Jose' }),
  })
  const { token, user } = await response.json() as { token: string; user: { id: string } }
  const keys = await fetch(`${url}/.well-known/jwks.json`)
  t.equal(keys.status, 200)
  t.equal(keys.headers.get('cache-control'), 'public, max-age=300')
  const jwks = createRemoteJWKSet(new URL(`${url}/.well-known/jwks.json`))
  const { payload, protectedHeader } = await jwtVerify(token, jwks, { issuer: ISSUER, audience: `${ISSUER}/auth`, algorithms: ['EdDSA'], typ: 'auth+jwt' })
  t.equal(payload.sub, user.id)
  t.equal(protectedHeader.alg, 'EdDSA')
})

t.test('REQUIRE_EMAIL_VERIFICATION=true: /auth answers 403 for an unverified account and issues no token', async (t) => {
  const app = await build(t, { REQUIRE_EMAIL_VERIFICATION: 'true' })
  const email = uniqueEmail()
  const signup = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email, password: PASSWORD, name: 'A' } })
  t.equal(signup.statusCode, 403)
  t.same(signup.json(), { detail: 'Email address not verified' })
  const login = await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password: PASSWORD } })
  t.equal(login.statusCode, 403)
  t.notOk(login.headers['set-cookie'])
})
