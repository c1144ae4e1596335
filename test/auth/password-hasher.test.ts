import { scryptSync } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import t from 'tap'
import { hashPassword, verifyPassword } from 'better-auth/crypto'
import { buildApp } from '../../src/app.js'
import { scryptPasswordHasher } from '../../src/auth/password-hasher.js'
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

t.test('the hashes are Better Auth\'s both ways, computed on threads that yield the CPU to the event loop', async (t) => {
  const hashed = await scryptPasswordHasher.hash(PASSWORD)
  t.equal(await verifyPassword({ hash: hashed, password: PASSWORD }), true, 'Better Auth reads ours')
  const theirs = await hashPassword(PASSWORD)
  t.equal(await scryptPasswordHasher.verify({ hash: theirs, password: PASSWORD }), true, 'we read Better Auth\'s')
  t.equal(await scryptPasswordHasher.verify({ hash: theirs, password: `${PASSWORD}!` }), false, 'a wrong password')
  t.equal(await scryptPasswordHasher.verify({ hash: `${theirs.slice(0, -2)}zz`, password: PASSWORD }), false, 'a damaged key')
  await t.rejects(scryptPasswordHasher.verify({ hash: 'no-separator', password: PASSWORD }), /Invalid password hash/)
  const decomposed = 'Cafe\u0301 au lait, rather long'
  t.equal(await scryptPasswordHasher.verify({ hash: await hashPassword('Caf\u00e9 au lait, rather long'), password: decomposed }), true, 'NFKC, as Better Auth')

  // Linux keeps a nice value per thread (field 19 of /proc/<pid>/task/<tid>/stat).
  const nice = (task: string): number => Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])
  const tasks = readdirSync('/proc/self/task')
  t.equal(nice(String(process.pid)), 0, 'the event loop\'s thread keeps its priority')
  t.ok(tasks.some((task) => nice(task) === 10), `a hashing thread runs at nice 10 (${tasks.map(nice).join(' ')})`)
  const started = Date.now()
  let ticks = 0
  const timer = setInterval(() => { ticks += 1 }, 5)
  await Promise.all([1, 2, 3, 4].map(async () => scryptPasswordHasher.hash(PASSWORD)))
  clearInterval(timer)
  t.ok(ticks >= (Date.now() - started) / 5 / 4, `the event loop kept turning while four hashes ran (${ticks} ticks in ${Date.now() - started} ms)`)
})
