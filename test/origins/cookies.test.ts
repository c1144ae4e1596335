import t from 'tap'
import { build, PASSWORD, uniqueEmail, type TestContext } from '../helper.js'

async function cookiesOf(env: Record<string, string>, t: TestContext): Promise<{ session: string; authToken: string }> {
  const app = await build(t, env)
  const session = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: uniqueEmail(), password: PASSWORD, name: 'C' } })
  const jwt = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: uniqueEmail(), password: PASSWORD, name: 'C' } })
  return { session: String(session.headers['set-cookie']), authToken: String(jwt.headers['set-cookie']) }
}

t.test('default, plain http on localhost: SameSite=Lax, HttpOnly, not Secure (cookie jars outside browsers would never send it back), no Domain', async (t) => {
  const { session, authToken } = await cookiesOf({}, t)
  for (const cookie of [session, authToken]) {
    t.match(cookie, /; HttpOnly/)
    t.match(cookie, /; SameSite=Lax/)
    t.notMatch(cookie, /Secure|Domain=|Partitioned/)
  }
})

t.test('over plain http on a real host: not Secure (a browser would drop a Secure cookie there)', async (t) => {
  const { session, authToken } = await cookiesOf({ BETTER_AUTH_URL: 'http://auth.internal:3001' }, t)
  for (const cookie of [session, authToken]) t.notMatch(cookie, /Secure/)
})

t.test('over https: Secure', async (t) => {
  const { session, authToken } = await cookiesOf({ BETTER_AUTH_URL: 'https://auth.example.com', CORS_ORIGINS: 'https://app.example.com' }, t)
  for (const cookie of [session, authToken]) {
    t.match(cookie, /; Secure/)
    t.match(cookie, /; SameSite=Lax/)
  }
})

t.test('COOKIE_SAMESITE=none: SameSite=None; Secure; Partitioned, the only cross-site cookie Chromium sends back', async (t) => {
  const { session, authToken } = await cookiesOf({ COOKIE_SAMESITE: 'none' }, t)
  for (const cookie of [session, authToken]) {
    t.match(cookie, /; SameSite=None/)
    t.match(cookie, /; Secure/)
    t.match(cookie, /; Partitioned/)
  }
})

t.test('COOKIE_DOMAIN: shared with sibling subdomains', async (t) => {
  const { session, authToken } = await cookiesOf({ COOKIE_DOMAIN: 'example.com', BETTER_AUTH_URL: 'https://api.example.com', CORS_ORIGINS: 'https://app.example.com' }, t)
  for (const cookie of [session, authToken]) {
    t.match(cookie, /; Domain=example\.com/)
    t.match(cookie, /; Secure/)
    t.match(cookie, /^(better-auth\.session_token|auth_token)=/, 'the plain name, no __Secure- prefix, on https too')
  }
})
