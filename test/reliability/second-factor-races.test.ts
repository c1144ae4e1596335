import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, createPostgresDatabase, PASSWORD, postgresServer, type TestContext } from '../helper.js'
import { startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { totpFromUri } from '../totp.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'

const server = await postgresServer()

/** Two instances on one PostgreSQL database when there is one (only the database can serialise them); on PGlite, one. */
async function instances(t: TestContext, env: Record<string, string>): Promise<FastifyInstance[]> {
  if (process.env.DATABASE_URL?.startsWith('postgres') !== true || server === undefined) return [await build(t, env)]
  const url = await createPostgresDatabase(t, server)
  return [await build(t, { ...env, DATABASE_URL: url }), await build(t, { ...env, DATABASE_URL: url })]
}

interface MfaUser { readonly id: string; readonly email: string; readonly uri: string; readonly backupCodes: string[] }

async function userWithMfa(app: FastifyInstance, mail: MailCatcher): Promise<MfaUser> {
  const user = await registerUser(app, mail)
  const headers = { authorization: `Bearer ${user.accessToken}` }
  const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } })
  const { totpURI, backupCodes } = setup.json() as { totpURI: string; backupCodes: string[] }
  const enabled = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers, payload: { code: totpFromUri(totpURI) } })
  if (enabled.statusCode !== 200) throw new Error(`enable: ${enabled.body}`)
  return { id: user.user.id, email: user.email, uri: totpURI, backupCodes }
}

async function challenges(app: FastifyInstance, email: string, count: number): Promise<string[]> {
  const tokens: string[] = []
  for (let index = 0; index < count; index += 1) {
    const login = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email, password: PASSWORD } })
    tokens.push((login.json() as { mfaToken: string }).mfaToken)
  }
  return tokens
}

/** A six-digit code that no clock step near now produces, so it is wrong for certain. */
function wrongCodes(uri: string, count: number): string[] {
  const near = new Set([-1, 0, 1].map((step) => totpFromUri(uri, Date.now() + step * 30_000)))
  const codes: string[] = []
  for (let candidate = 100_000; codes.length < count; candidate += 7_919) {
    const code = String(candidate % 1_000_000).padStart(6, '0')
    if (!near.has(code)) codes.push(code)
  }
  return codes
}

t.test('second-factor checks of one account take turns, on every instance', async (t) => {
  const mail = await startMailCatcher(t)
  const apps = await instances(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const verify = (index: number, mfaToken: string, code: string) =>
    apps[index % apps.length]!.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code } })

  // Up to ten racers, the lockout cannot interfere: exactly one wins. Beyond ten, the refused uses
  // are failures like any other and the eleventh locks the second factor (429), by design.
  for (const racers of [8, 10, 14, 20]) {
    await t.test(`POST /verify-mfa → one backup code used ${racers} times at once: one sign-in at most, no 5xx`, async (t) => {
      const user = await userWithMfa(apps[0]!, mail)
      const tokens = await challenges(apps[0]!, user.email, racers)
      const answers = await Promise.all(tokens.map((mfaToken, index) => verify(index, mfaToken, user.backupCodes[0]!)))
      const outcomes = answers.map((answer) => answer.statusCode === 200 ? '200' : `${answer.statusCode} ${answer.json().code}`)
      t.equal(outcomes.filter((outcome) => outcome.startsWith('5')).length, 0, `no 5xx (${outcomes.join(', ')})`)
      if (racers <= 10) {
        t.equal(outcomes.filter((outcome) => outcome === '200').length, 1, 'the code works once')
        t.equal(outcomes.filter((outcome) => outcome === '401 INVALID_MFA_CODE').length, racers - 1, 'every other use is a wrong code')
      } else {
        t.ok(outcomes.filter((outcome) => outcome === '200').length <= 1, 'the code works once at most')
        t.same(outcomes.filter((outcome) => !['200', '401 INVALID_MFA_CODE', '429 RATE_LIMITED'].includes(outcome)), [], 'a wrong code or the lock')
      }
      const row = await apps[0]!.db.selectFrom('two_factor').select('failed_verification_count').where('user_id', '=', user.id).executeTakeFirstOrThrow()
      t.ok((row.failed_verification_count ?? 0) <= 10, 'never counted past the threshold')
    })
  }

  await t.test('POST /verify-mfa → one 200 and 401s, no 5xx, for one backup code racing on one mfaToken', async (t) => {
    const user = await userWithMfa(apps[0]!, mail)
    const [mfaToken] = await challenges(apps[0]!, user.email, 1)
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => verify(index, mfaToken!, user.backupCodes[1]!)))
    const statuses = answers.map((answer) => answer.statusCode)
    t.equal(statuses.filter((status) => status === 200).length, 1, `one sign-in (${statuses.join(', ')})`)
    t.equal(statuses.filter((status) => status === 401).length, 7, 'the challenge is spent for the others')
  })

  await t.test('POST /verify-mfa → 20 wrong TOTP codes at once count exactly ten failures, then the lock answers 429', async (t) => {
    const user = await userWithMfa(apps[0]!, mail)
    const tokens = await challenges(apps[0]!, user.email, 20)
    const codes = wrongCodes(user.uri, 20)
    const answers = await Promise.all(tokens.map((mfaToken, index) => verify(index, mfaToken, codes[index]!)))
    const outcomes = answers.map((answer) => `${answer.statusCode} ${answer.json().code}`)
    t.equal(outcomes.filter((outcome) => outcome === '401 INVALID_MFA_CODE').length, 10, 'ten wrong codes are compared')
    t.equal(outcomes.filter((outcome) => outcome === '429 RATE_LIMITED').length, 10, `the rest find the second factor locked (${outcomes.join(', ')})`)
    const row = await apps[0]!.db.selectFrom('two_factor').select(['failed_verification_count', 'locked_until']).where('user_id', '=', user.id).executeTakeFirstOrThrow()
    t.equal(row.failed_verification_count, 10, 'counted exactly to the lockout threshold, no overshoot')
    t.ok(row.locked_until !== null && row.locked_until > new Date(), 'locked')
    const right = await verify(0, (await challenges(apps[0]!, user.email, 1))[0]!, totpFromUri(user.uri, Date.now() + 30_000))
    t.equal(right.statusCode, 429, 'while locked, even the right code waits')
  })
})
