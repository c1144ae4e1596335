import t from 'tap'
import { build, cookieHeader, PASSWORD } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'

t.test('each surface accepts its own credentials and no other', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const v1 = await registerUser(app, mail)
  const session = /better-auth\.session_token=[^;]+/.exec(v1.cookie)![0]
  const signedIn = await app.inject({ method: 'POST', url: '/auth/login', payload: { email: v1.email, password: PASSWORD } })
  const jwt = signedIn.json().token as string
  const authCookie = cookieHeader(signedIn.headers['set-cookie'])
  const basic = `Basic ${Buffer.from('staging:password').toString('base64')}`

  const cases: ReadonlyArray<readonly [string, string, Record<string, string>, number]> = [
    [`${V1}/me`, 'its access token', { authorization: `Bearer ${v1.accessToken}` }, 200],
    [`${V1}/me`, 'the session cookie', { cookie: session }, 200],
    [`${V1}/me`, 'the session cookie beside a Basic header (a staging proxy)', { cookie: session, authorization: basic }, 200],
    [`${V1}/me`, 'an /auth JWT', { authorization: `Bearer ${jwt}` }, 401],
    [`${V1}/me`, 'the auth_token cookie', { cookie: authCookie }, 401],
    [`${V1}/me`, 'the session cookie beside a bearer that does not verify', { cookie: session, authorization: 'Bearer not-a-token' }, 401],
    ['/auth/me', 'its JWT', { authorization: `Bearer ${jwt}` }, 200],
    ['/auth/me', 'the auth_token cookie', { cookie: authCookie }, 200],
    ['/auth/me', 'the auth_token cookie beside a Basic header (a staging proxy)', { cookie: authCookie, authorization: basic }, 200],
    ['/auth/me', 'a v1 access token', { authorization: `Bearer ${v1.accessToken}` }, 401],
    ['/auth/me', 'the session cookie', { cookie: session }, 401],
    ['/auth/me', 'the auth_token cookie beside a bearer that does not verify', { cookie: authCookie, authorization: `Bearer ${v1.accessToken}` }, 401],
  ]
  for (const [url, what, headers, status] of cases) {
    const response = await app.inject({ method: 'GET', url, headers })
    t.equal(response.statusCode, status, `GET ${url} with ${what} → ${status}`)
    if (status === 200) t.equal(response.json().user?.id ?? response.json().id, v1.user.id, 'the user behind it')
  }
})
