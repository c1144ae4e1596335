import { createHmac } from 'node:crypto'
import t from 'tap'
import { build, PASSWORD, TEST_SECRET, uniqueEmail } from '../../helper.js'

/**
 * Native clients without cookies (mobile apps, other backends) use the signed session token that
 * sign-up and sign-in answer in `Set-Auth-Token` as `Authorization: Bearer …` (Better Auth's bearer
 * plugin with requireSignature). The raw token of the body, a tampered value or another surface's
 * JWT opens nothing. A bearer request carries no ambient credential, so it needs no Origin.
 */
t.test('/api/auth bearer sessions', async (t) => {
  const app = await build(t)
  const email = uniqueEmail('bearer')
  const signedUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'Native' } })
  t.equal(signedUp.statusCode, 200)
  const fromSignUp = signedUp.headers['set-auth-token']
  t.type(fromSignUp, 'string', 'sign-up answers Set-Auth-Token')
  const signedIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })
  const bearer = String(signedIn.headers['set-auth-token'])
  const { token } = signedIn.json() as { token: string }
  t.equal(bearer, `${token}.${createHmac('sha256', TEST_SECRET).update(token).digest('base64')}`, 'the signed session token, as in the cookie')

  const asBearer = (value: string) => ({ authorization: `Bearer ${value}` })
  await t.test('GET get-session, session and list-sessions with only the bearer header → the session', async (t) => {
    const session = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: asBearer(bearer) })
    t.equal(session.json()?.user.email, email)
    t.equal(session.json()?.session.token, token)
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/session', headers: asBearer(bearer) })).json().user?.email, email)
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: asBearer(encodeURIComponent(bearer)) })).json()?.user.email, email, 'the cookie\'s URL-encoded form too')
    const listed = await app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers: asBearer(bearer) })
    t.equal(listed.statusCode, 200)
    t.ok((listed.json() as Array<{ token: string }>).some((row) => row.token === token))
  })

  await t.test('an unsigned, tampered or foreign credential opens nothing', async (t) => {
    const forged = `${token}.${createHmac('sha256', 'another-secret-another-secret-another-secret').update(token).digest('base64')}`
    const tampered = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}.${bearer.split('.')[1]}`
    const jwt = (await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password: PASSWORD } })).json().token as string
    for (const [what, value] of [['the raw token of the body', token], ['a signature made with another secret', forged], ['a token changed under its signature', tampered], ['a /auth JWT', jwt]] as const) {
      t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: asBearer(value) })).json(), null, `get-session: ${what}`)
      t.equal((await app.inject({ method: 'GET', url: '/api/auth/list-sessions', headers: asBearer(value) })).statusCode, 401, `list-sessions: ${what}`)
      t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: asBearer(value) })).statusCode, 200, `sign-out answers alike: ${what}`)
    }
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: asBearer(bearer) })).json()?.user.email, email, 'and none of them ended the session')
  })

  await t.test('POST sign-out with only the bearer header, no cookie and no Origin → the session ends', async (t) => {
    const out = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: asBearer(bearer) })
    t.equal(out.statusCode, 200)
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: asBearer(bearer) })).json(), null)
    const row = await app.db.selectFrom('session').select('id').where('token', '=', token).executeTakeFirst()
    t.equal(row, undefined, 'the session row is gone')
    const audit = await app.db.selectFrom('audit_event').select('type').where('type', '=', 'sign_out').where('email', 'is', null).execute()
    t.ok(audit.length >= 1, 'and the sign-out is in the audit trail')
    t.equal((await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: asBearer(String(fromSignUp)) })).json()?.user.email, email, 'the sign-up\'s own session lives on')
  })

  await t.test('a bearer request from a foreign page is refused like any other', async (t) => {
    const refused = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { ...asBearer(String(fromSignUp)), origin: 'https://evil.example' } })
    t.equal(refused.statusCode, 403)
    t.equal(refused.json().code, 'FORBIDDEN_ORIGIN')
  })
})
