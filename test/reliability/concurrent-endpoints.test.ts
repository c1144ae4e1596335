import t from 'tap'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { scryptPasswordHasher } from '../../src/auth/password-hasher.js'
import { build, createPostgresDatabase, PASSWORD, postgresServer, uniqueEmail, type TestContext } from '../helper.js'
import { firstLink, startMailCatcher } from '../mail-catcher.js'
import { totpFromUri } from '../totp.js'
import { codeFor, registerUser, V1 } from '../surfaces/v1/v1-helper.js'

/** Racing requests hash at the service's real scrypt cost: it is what keeps them in flight together. */
const FULL_COST = { passwordHasher: scryptPasswordHasher }

const server = await postgresServer()

/** Two instances on one PostgreSQL database when the run is on PostgreSQL; on PGlite, one. */
async function instances(t: TestContext, env: Record<string, string>): Promise<FastifyInstance[]> {
  if (process.env.DATABASE_URL?.startsWith('postgres') !== true || server === undefined) return [await build(t, env, FULL_COST)]
  const url = await createPostgresDatabase(t, server)
  return [await build(t, { ...env, DATABASE_URL: url }, FULL_COST), await build(t, { ...env, DATABASE_URL: url }, FULL_COST)]
}

function outcomes(answers: readonly LightMyRequestResponse[]): string[] {
  return answers.map((answer) => answer.statusCode === 200 || answer.statusCode === 201 ? String(answer.statusCode) : `${answer.statusCode} ${answer.json().code}`)
}

t.test('the same request many times at once: one wins, the others get a 4xx, never a 5xx', async (t) => {
  const mail = await startMailCatcher(t)
  const apps = await instances(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const burst = (count: number, request: (app: FastifyInstance, index: number) => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse[]> =>
    Promise.all(Array.from({ length: count }, (_, index) => request(apps[index % apps.length]!, index)))

  await t.test('POST /verify-email with the right code ×10 → one 200, nine 400 INVALID_CODE', async (t) => {
    const email = uniqueEmail('burst-code')
    await apps[0]!.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'B' } })
    const code = await codeFor(mail, email)
    const seen = outcomes(await burst(10, (app) => app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code } })))
    t.same(seen.filter((outcome) => outcome !== '200'), Array(9).fill('400 INVALID_CODE'), seen.join(', '))
  })

  await t.test('POST /complete-registration with one token ×8 → one 200, seven 400 INVALID_TOKEN', async (t) => {
    const email = uniqueEmail('burst-token')
    await apps[0]!.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'B' } })
    const verified = await apps[0]!.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: await codeFor(mail, email) } })
    const { registrationToken } = verified.json()
    const seen = outcomes(await burst(8, (app) => app.inject({ method: 'POST', url: `${V1}/complete-registration`, payload: { registrationToken } })))
    t.same(seen.filter((outcome) => outcome !== '200'), Array(7).fill('400 INVALID_TOKEN'), seen.join(', '))
  })

  await t.test('POST /mfa/setup ×4 and then /mfa/enable with one code ×6 → MFA on once, no 5xx', async (t) => {
    const user = await registerUser(apps[0]!, mail)
    const headers = { authorization: `Bearer ${user.accessToken}` }
    const setups = await burst(4, (app) => app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } }))
    t.same(outcomes(setups).filter((outcome) => outcome.startsWith('5')), [], outcomes(setups).join(', '))
    const rows = await apps[0]!.db.selectFrom('two_factor').select('secret').where('user_id', '=', user.user.id).execute()
    t.equal(rows.length, 1, 'one second factor per account')
    const last = (await apps[0]!.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } })).json()
    const code = totpFromUri(last.totpURI)
    const seen = outcomes(await burst(6, (app) => app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers, payload: { code } })))
    t.equal(seen.filter((outcome) => outcome === '200').length, 1, seen.join(', '))
    t.same(seen.filter((outcome) => outcome.startsWith('5')), [])
  })

  await t.test('POST /reset-password with one token ×6 → one 200, the rest 400', async (t) => {
    const user = await registerUser(apps[0]!, mail)
    await apps[0]!.inject({ method: 'POST', url: `${V1}/request-password-reset`, payload: { email: user.email } })
    const token = new URL(firstLink((await mail.waitFor(user.email, /reset/i)).text)).pathname.split('/').pop()!
    const seen = outcomes(await burst(6, (app, index) => app.inject({ method: 'POST', url: `${V1}/reset-password`, payload: { token, password: `new-password-${index}` } })))
    t.equal(seen.filter((outcome) => outcome === '200').length, 1, seen.join(', '))
    t.same(seen.filter((outcome) => !outcome.startsWith('200') && !outcome.startsWith('400')), [])
  })

  await t.test('register, resend-verification and verify-email for one address at once → no 5xx, one user', async (t) => {
    const email = uniqueEmail('burst-mixed')
    const answers = await burst(12, (app, index) => {
      if (index % 3 === 0) return app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: `mixed-password-${index}`, name: 'M' } })
      if (index % 3 === 1) return app.inject({ method: 'POST', url: `${V1}/resend-verification`, payload: { email } })
      return app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: '123456' } })
    })
    t.same(outcomes(answers).filter((outcome) => outcome.startsWith('5')), [], outcomes(answers).join(', '))
    t.equal((await apps[0]!.db.selectFrom('user').select('id').where('email', '=', email).execute()).length, 1)
  })
})
