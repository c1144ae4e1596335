import { scryptSync } from 'node:crypto'
import t from 'tap'
import { verifyPassword } from 'better-auth/crypto'
import { buildApp } from '../../src/app.js'
import { PASSWORD, signUp, testConfig } from '../helper.js'

// The rest of the suite hashes cheaply (helper.ts, cheapPasswordHasher); this is the service's own.
t.test('the service hashes passwords with Better Auth\'s scrypt at full cost (N=2^14, r=16, p=1)', async (t) => {
  const app = await buildApp(await testConfig(t), { logger: false, purgeIntervalMs: 0 })
  t.teardown(() => app.close())
  const user = await signUp(app)
  const { password } = await app.db.selectFrom('account').select('password').where('user_id', '=', user.userId).where('provider_id', '=', 'credential').executeTakeFirstOrThrow()
  const [salt, key] = (password ?? '').split(':')
  t.match(salt, /^[0-9a-f]{32}$/, 'a 16-byte salt, in hex')
  t.equal(key, scryptSync(PASSWORD.normalize('NFKC'), salt!, 64, { N: 16_384, r: 16, p: 1, maxmem: 64 * 1024 * 1024 }).toString('hex'), 'the key is scrypt at full cost')
  t.equal(await verifyPassword({ hash: password!, password: PASSWORD }), true, 'Better Auth\'s own check accepts it')
  const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
  t.equal(signIn.statusCode, 200, 'and signs in with it')
})
