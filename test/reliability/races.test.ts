import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { scryptPasswordHasher } from '../../src/auth/password-hasher.js'
import { build, createPostgresDatabase, PASSWORD, postgresServer, uniqueEmail, type TestContext } from '../helper.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'
import { codeFor, V1 } from '../surfaces/v1/v1-helper.js'

/** Racing requests hash at the service's real scrypt cost: it is what keeps them in flight together. */
const FULL_COST = { passwordHasher: scryptPasswordHasher }

t.test('30 simultaneous sign-ups with one email make exactly one user and no 5xx', async (t) => {
  const app = await build(t, {}, FULL_COST)
  const email = uniqueEmail('race')
  const responses = await Promise.all(Array.from({ length: 30 }, (_, index) => app.inject({
    method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: `Racer ${index}` },
  })))
  const statuses = responses.map((response) => response.statusCode)
  t.equal(statuses.filter((status) => status === 200).length, 1, 'one sign-up wins')
  t.equal(statuses.filter((status) => status >= 500).length, 0, `no 5xx (${[...new Set(statuses)].join(', ')})`)
  for (const response of responses.filter((candidate) => candidate.statusCode !== 200)) {
    t.equal(response.json().code, 'EMAIL_ALREADY_EXISTS')
  }
  const users = await app.db.selectFrom('user').select('id').where('email', '=', email).execute()
  t.equal(users.length, 1)
})

t.test('a reset token used twice at once works once', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, FULL_COST)
  const email = uniqueEmail('reset-race')
  await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'A' } })
  await app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email } })
  const token = new URL(firstLink((await mail.waitFor(email, /reset/i)).text)).pathname.split('/').pop()!
  const responses = await Promise.all(['first-new-password', 'second-new-password'].map((password) => app.inject({
    method: 'POST', url: '/api/auth/reset-password', payload: { token, password },
  })))
  t.same(responses.map((response) => response.statusCode).sort(), [200, 400])
  const winner = responses[0]!.statusCode === 200 ? 'first-new-password' : 'second-new-password'
  const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: winner } })
  t.equal(signIn.statusCode, 200, 'the password of the request that won is the one set')
})

const server = await postgresServer()

/**
 * Two instances on one PostgreSQL database when there is one, so that nothing in one process can
 * serialise the racers: the database alone must. On PGlite, one instance.
 */
async function instances(t: TestContext, env: Record<string, string>): Promise<FastifyInstance[]> {
  if (server === undefined) return [await build(t, env, FULL_COST)]
  const url = await createPostgresDatabase(t, server)
  return [await build(t, { ...env, DATABASE_URL: url }, FULL_COST), await build(t, { ...env, DATABASE_URL: url }, FULL_COST)]
}

/** The wrong codes the address's registration has counted so far (undefined once it is spent). */
async function tries(app: FastifyInstance, email: string): Promise<{ counted: number | undefined }> {
  const rows = await app.db.selectFrom('pending_registration').select('attempts').where('email', '=', email).execute()
  if (rows.length > 1) throw new Error(`${rows.length} registrations`)
  return { counted: rows[0]?.attempts }
}

function wrong(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0')
}

t.test("a verification code's tries are counted exactly under concurrency", async (t) => {
  const mail = await startMailCatcher(t)
  const apps = await instances(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const verify = (index: number, email: string, code: string) =>
    apps[index % apps.length]!.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code } })
  const registered = async (): Promise<{ email: string; code: string }> => {
    const email = uniqueEmail('code-race')
    await apps[0]!.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'Racer' } })
    return { email, code: await codeFor(mail, email) }
  }

  await t.test('twelve wrong codes at once: three are counted, the rest find the code spent, none with a 5xx', async (t) => {
    const { email, code } = await registered()
    const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => verify(index, email, wrong(code))))
    t.same([...new Set(answers.map((answer) => answer.json().code))], ['INVALID_CODE'], 'every racer is refused, none with a 5xx')
    t.equal(answers.filter((answer) => /request a new code/i.test(answer.json().message)).length, 10, 'the third wrong code spends it; nine more find it spent')
    t.equal((await tries(apps[0]!, email)).counted, undefined, 'spent')
    const right = await verify(0, email, code)
    t.equal(right.json().code, 'INVALID_CODE', 'the right code comes too late: there is no fourth guess')
  })

  await t.test('two wrong codes at once leave the right one working: no try is counted twice', async (t) => {
    const { email, code } = await registered()
    await Promise.all([verify(0, email, wrong(code)), verify(1, email, wrong(code))])
    t.equal((await tries(apps[0]!, email)).counted, 2, 'each counted once')
    const right = await verify(0, email, code)
    t.equal(right.statusCode, 200, right.body)
  })
})
