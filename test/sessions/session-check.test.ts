import t from 'tap'
import { verifySignedToken, signToken } from '../../src/auth/session-cookies.js'
import { build, FRONTEND_ORIGIN, signUp, TEST_SECRET } from '../helper.js'

t.test('verifySignedToken', async (t) => {
  const signed = signToken('abc123', TEST_SECRET)
  t.equal(verifySignedToken(signed, TEST_SECRET), 'abc123')
  t.equal(verifySignedToken(signed, `${TEST_SECRET}x`), undefined, 'another secret')
  t.equal(verifySignedToken(`abc124${signed.slice(6)}`, TEST_SECRET), undefined, 'another token')
  t.equal(verifySignedToken('abc123', TEST_SECRET), undefined, 'no signature')
  t.equal(verifySignedToken(`${signed.slice(0, -2)}A=`, TEST_SECRET), undefined, 'a changed signature')
  t.equal(verifySignedToken('.x', TEST_SECRET), undefined)
  t.equal(verifySignedToken(undefined, TEST_SECRET), undefined)
})

t.test('the fast session check answers as Better Auth\'s get-session: the same fields, the same values', async (t) => {
  const app = await build(t)
  const user = await signUp(app)
  const betterAuth = async (cookie: string): Promise<string> =>
    JSON.stringify(await app.auth.api.getSession({ headers: new Headers({ cookie }), query: { disableRefresh: true } }))

  // The route's response schema fixes the order of the keys, whichever path answered.
  const fast = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.cookie } })
  t.strictSame(fast.json(), JSON.parse(await betterAuth(user.cookie)))
  t.notOk(fast.headers['set-cookie'], 'no refresh due, no cookie')

  await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN } })
  const revoked = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.cookie } })
  t.equal(revoked.body, 'null', 'a revoked session fails at once: nothing is cached')
  t.equal(revoked.body, await betterAuth(user.cookie))
})

t.test('the fast path reads one row and writes none; a due refresh goes to Better Auth', async (t) => {
  const app = await build(t)
  const user = await signUp(app)
  const before = await app.db.selectFrom('session').select(['expires_at', 'updated_at']).where('token', '=', user.token).executeTakeFirstOrThrow()
  for (let index = 0; index < 5; index += 1) await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.cookie } })
  const after = await app.db.selectFrom('session').select(['expires_at', 'updated_at']).where('token', '=', user.token).executeTakeFirstOrThrow()
  t.same(after, before, 'no write')

  await app.db.updateTable('session').set({ expires_at: new Date(Date.now() + 5 * 86_400_000) }).where('token', '=', user.token).execute()
  const refreshed = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: user.cookie } })
  t.ok(Date.parse(refreshed.json().session.expiresAt) > Date.now() + 6.9 * 86_400_000)
  t.match(String(refreshed.headers['set-cookie']), /Max-Age=604800/)
})
