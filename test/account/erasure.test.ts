import type { FastifyInstance, InjectOptions } from 'fastify'
import t from 'tap'
import { accountThrottleKey, deviceThrottleKey } from '../../src/rate-limit/sign-in-guard.js'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { unusedTotp } from '../totp.js'
import { registerUser } from '../surfaces/v1/v1-helper.js'
import { everyRow, V1 } from './account-helper.js'

/**
 * After a deletion, no table holds anything personal of the account: every table of the schema is
 * read whole (tables added later included), for the account's id, address, IP address, user
 * agent, secrets and keys as they stood in the database before.
 */
t.test('a deleted account leaves nothing personal in any table', async (t) => {
  const mail = await startMailCatcher(t)
  // Limits on: sign-in attempts are then counted per account and per device, in sign_in_throttle.
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), RATE_LIMITS: 'on' })
  const ip = '203.0.113.77'
  const userAgent = `ErasureTest/1.0 (${Math.random().toString(36).slice(2)})`
  // Every request of the account from one address and browser, so both can be looked for.
  const client = Object.assign(Object.create(app) as FastifyInstance, {
    inject: (options: InjectOptions) => app.inject({ ...options, remoteAddress: ip, headers: { ...options.headers, 'user-agent': userAgent } }),
  }) as FastifyInstance
  const request = async (options: InjectOptions, status = 200) => {
    const response = await client.inject(options)
    if (response.statusCode !== status) throw new Error(`${options.method} ${options.url}: ${response.statusCode} ${response.body}`)
    return response
  }

  // An account with all there is: a confirmed registration, MFA, sessions on two surfaces, spent
  // codes, failed sign-ins, a device cookie, a trusted device, pending second-factor sign-ins and
  // a pending password reset.
  const user = await registerUser(client, mail)
  const bearer = { authorization: `Bearer ${user.accessToken}` }
  const { totpURI, backupCodes } = (await request({ method: 'POST', url: `${V1}/mfa/setup`, headers: bearer, payload: { password: PASSWORD } })).json() as { totpURI: string; backupCodes: string[] }
  const spent = new Set<string>()
  const enabled = await request({ method: 'POST', url: `${V1}/mfa/enable`, headers: bearer, payload: { code: unusedTotp(totpURI, spent) } })
  await request({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: 'wrong-password-1' } }, 401)
  const challenge = await request({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
  const signedIn = await request({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: challenge.json().mfaToken, code: unusedTotp(totpURI, spent) } })
  const deviceCookie = cookieHeader(signedIn.headers['set-cookie']).split('; ').find((pair) => pair.startsWith('better-auth.device='))!
  await request({ method: 'POST', url: `${V1}/login`, headers: { cookie: deviceCookie, origin: FRONTEND_ORIGIN }, payload: { email: user.email, password: 'wrong-password-2' } }, 401)
  const pending = cookieHeader((await request({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })).headers['set-cookie'])
  await request({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie: pending, origin: FRONTEND_ORIGIN }, payload: { code: unusedTotp(totpURI, spent), trustDevice: true } })
  await request({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
  await request({ method: 'POST', url: `${V1}/request-password-reset`, payload: { email: user.email } })
  await mail.waitFor(user.email, /reset/i)

  // An address registered on v1 while it was unconfirmed: its pending registration holds a name and a password.
  const other = uniqueEmail('pending')
  const otherName = `Pending Person ${Math.random().toString(36).slice(2)}`
  const otherSignUp = await request({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: other, password: PASSWORD, name: 'Early Bird' } })
  await request({ method: 'POST', url: `${V1}/register`, payload: { email: other, password: 'another-password-3', name: otherName } }, 201)

  const deviceId = (JSON.parse(Buffer.from(deviceCookie.split('=')[1]!.split('.')[0]!, 'base64url').toString()) as { n: string }).n
  const otherId = otherSignUp.json().user.id as string
  const rowsOf = async (): Promise<Map<string, string[]>> => everyRow(app)
  const before = await rowsOf()
  // What identified the account or its secrets, as the database held it.
  const secretsBefore = [
    ...(await app.db.selectFrom('account').select('password').where('user_id', 'in', [user.user.id, otherId]).execute()).map((row) => row.password!),
    ...(await app.db.selectFrom('two_factor').select(['secret', 'backup_codes']).where('user_id', '=', user.user.id).execute()).flatMap((row) => [row.secret, row.backup_codes]),
    ...(await app.db.selectFrom('session').select('token').where('user_id', 'in', [user.user.id, otherId]).execute()).map((row) => row.token),
    ...(await app.db.selectFrom('refresh_token').select('token_hash').where('user_id', '=', user.user.id).execute()).map((row) => row.token_hash),
    ...(await app.db.selectFrom('registration_token').select('token_hash').where('user_id', '=', user.user.id).execute()).map((row) => row.token_hash),
    ...(await app.db.selectFrom('spent_totp_code').select('code_hash').where('user_id', '=', user.user.id).execute()).map((row) => row.code_hash),
    ...(await app.db.selectFrom('verification').select('identifier').where('value', 'in', [user.user.id, otherId]).execute()).map((row) => row.identifier),
    ...(await app.db.selectFrom('pending_registration').select(['code_hash', 'password_hash']).where('email', '=', other).execute()).flatMap((row) => [row.code_hash, row.password_hash]),
    new URL(totpURI).searchParams.get('secret')!,
  ]
  const personal = [user.email, other, otherName, ip, userAgent, accountThrottleKey(user.email), accountThrottleKey(other), deviceThrottleKey(deviceId), ...secretsBefore]
  const identifying = [user.user.id, otherId, ...personal]
  const mentioning = (rows: Map<string, string[]>, needles: readonly string[]): string[] =>
    [...rows].filter(([, tableRows]) => tableRows.some((row) => needles.some((needle) => row.includes(needle)))).map(([table]) => table)

  t.same(mentioning(before, identifying).sort(), [
    'account', 'audit_event', 'email_outbox', 'pending_registration', 'refresh_token', 'registration_token', 'session', 'sign_in_throttle', 'spent_totp_code', 'two_factor', 'user', 'verification',
  ], 'before: the account is in every table that can hold it (so the scan below can fail)')
  t.ok(secretsBefore.length >= 12, `${secretsBefore.length} secrets of the account were found before`)

  const deleted = await request({
    method: 'POST', url: `${V1}/account/delete`, headers: { authorization: `Bearer ${enabled.json().accessToken}`, cookie: deviceCookie, origin: FRONTEND_ORIGIN },
    // Three TOTP codes are accepted at a time, and all three are spent: a backup code.
    payload: { password: PASSWORD, code: backupCodes[0] },
  })
  t.ok(([] as string[]).concat(deleted.headers['set-cookie'] ?? []).some((cookie) => cookie.startsWith('better-auth.device=;')), 'the device cookie of the account is cleared')
  await request({ method: 'POST', url: '/api/auth/delete-user', headers: { authorization: `Bearer ${String(otherSignUp.headers['set-auth-token'])}` }, payload: { password: PASSWORD } })

  // The deletion notices are the one row left naming each address, until the outbox's retention
  // ends: set them aside, and check that there is exactly one each and it says no more.
  const everything = await rowsOf()
  const notices = everything.get('email_outbox')!.map((row) => JSON.parse(row) as { kind: string; recipient: string; text: string })
    .filter((row) => row.kind === 'account_deleted')
  t.same(notices.map((row) => row.recipient).sort(), [user.email, other].sort(), 'one deletion notice to each address')
  t.notOk(notices.some((row) => [otherName, ip, userAgent, ...secretsBefore].some((needle) => row.text.includes(needle))), 'the notices carry nothing else of the account')
  const after = new Map([...everything].map(([table, rows]) => [table, table === 'email_outbox' ? rows.filter((row) => !row.includes('"kind":"account_deleted"')) : rows]))
  t.same(mentioning(after, personal), [], 'after: no address, name, IP address, user agent, secret or throttle key of either account in any table')
  t.same(mentioning(new Map([...after].filter(([table]) => table !== 'audit_event')), [user.user.id, otherId]), [], 'the ids are only in the audit trail')
  const trail = after.get('audit_event')!.map((row) => JSON.parse(row) as { user_id: string | null; type: string })
  t.ok(trail.filter((event) => event.user_id === user.user.id).length > 5, 'the security record of the account stays')
  t.same(trail.filter((event) => event.type === 'user.deleted').map((event) => event.user_id).sort(), [user.user.id, otherId].sort(), 'one tombstone each')
  for (const [table, rows] of before) {
    if (table === 'audit_event') continue
    const left = rows.filter((row) => identifying.some((needle) => row.includes(needle)) && after.get(table)!.includes(row))
    t.same(left, [], `${table}: every row of the accounts is gone`)
  }
})
