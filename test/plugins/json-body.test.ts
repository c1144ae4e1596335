import t from 'tap'
import { FRONTEND_ORIGIN, listen, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { registerUser } from '../surfaces/v1/v1-helper.js'

/**
 * An empty body is no body, whatever its Content-Type: `axios.post(url)` and zodios send
 * `Content-Type: application/x-www-form-urlencoded` with `Content-Length: 0`, other clients
 * `text/plain`. Operations whose body is optional take it; a body that is there and is not JSON
 * is still 415.
 */
t.test('POSTs without a body, over HTTP', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const post = (path: string, headers: Record<string, string>, body?: string): Promise<Response> =>
    fetch(`${url}${path}`, { method: 'POST', headers, ...(body === undefined ? {} : { body }) })

  const signIn = async (): Promise<{ cookie: string }> => {
    const email = uniqueEmail('empty-body')
    await post('/api/auth/sign-up/email', { 'content-type': 'application/json' }, JSON.stringify({ email, password: PASSWORD, name: 'Empty' }))
    const signedIn = await post('/api/auth/sign-in/email', { 'content-type': 'application/json' }, JSON.stringify({ email, password: PASSWORD }))
    return { cookie: signedIn.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ') }
  }

  const types = ['application/x-www-form-urlencoded', 'text/plain', 'text/plain;charset=UTF-8', 'application/json', 'multipart/form-data; boundary=x', 'application/octet-stream']
  for (const type of types) {
    await t.test(`Content-Type: ${type}, Content-Length: 0 → an empty body`, async (t) => {
      const { cookie } = await signIn()
      const signOut = await post('/api/auth/sign-out', { 'content-type': type, 'content-length': '0', cookie, origin: FRONTEND_ORIGIN }, '')
      t.equal(signOut.status, 200, 'sign-out')
      t.equal((await fetch(`${url}/api/auth/get-session`, { headers: { cookie } }).then((response) => response.json())), null, 'and the session ended')
      t.equal((await post('/api/v1/better-auth/logout', { 'content-type': type, 'content-length': '0' }, '')).status, 200, 'v1 logout')
      t.equal((await post('/auth/logout', { 'content-type': type, 'content-length': '0' }, '')).status, 200, '/auth logout')
      const refresh = await post('/api/v1/better-auth/refresh-token', { 'content-type': type, 'content-length': '0' }, '')
      t.equal(refresh.status, 401, 'refresh-token without its cookie: the missing credential, not the body, is the problem')
      t.equal(((await refresh.json()) as { code: string }).code, 'SESSION_EXPIRED')
      const signInWithout = await post('/api/auth/sign-in/email', { 'content-type': type, 'content-length': '0' }, '')
      t.equal(signInWithout.status, 400, 'an operation that needs a body: a validation error, not 415')
      t.equal(((await signInWithout.json()) as { code: string }).code, 'VALIDATION_ERROR')
    })
  }

  await t.test('v1 refresh-token with its cookie alone, as a browser app with axios sends it', async (t) => {
    const registered = await registerUser(app, mail)
    const refreshCookie = registered.cookie.split('; ').find((pair) => pair.startsWith('better-auth.refresh_token='))!
    const refreshed = await post('/api/v1/better-auth/refresh-token', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '0', cookie: refreshCookie, origin: FRONTEND_ORIGIN }, '')
    t.equal(refreshed.status, 200)
    t.equal(((await refreshed.json()) as { kind: string }).kind, 'tokens')
  })

  await t.test('no Content-Type and no body → an empty body', async (t) => {
    t.equal((await post('/api/auth/sign-out', {})).status, 200)
  })

  await t.test('a body that is there and is not JSON → 415, on every surface', async (t) => {
    for (const path of ['/api/auth/sign-out', '/api/v1/better-auth/logout', '/api/v1/better-auth/refresh-token']) {
      for (const [type, body] of [['application/x-www-form-urlencoded', 'refreshToken=x'], ['text/plain', 'hello']] as const) {
        const response = await post(path, { 'content-type': type }, body)
        t.equal(response.status, 415, `${path} as ${type}`)
        t.equal(((await response.json()) as { code: string }).code, 'UNSUPPORTED_MEDIA_TYPE')
      }
    }
    const jwt = await post('/auth/logout', { 'content-type': 'text/plain' }, 'hello')
    t.equal(jwt.status, 415)
    t.same(await jwt.json(), { detail: 'Request body must be application/json' })
  })
})
