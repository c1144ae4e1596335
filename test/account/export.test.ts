import type { InjectOptions } from 'fastify'
import t from 'tap'
import { build, PASSWORD } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { signedInEverywhere, userWithMfa, V1 } from './account-helper.js'

/** Keys an export must never have, at any depth: the names of secret columns and fields. */
const DENIED_KEYS = new Set([
  'token', 'tokenHash', 'token_hash', 'accessToken', 'access_token', 'refreshToken', 'refresh_token', 'idToken', 'id_token',
  'passwordHash', 'password_hash', 'hash', 'secret', 'totpURI', 'backupCodes', 'backup_codes', 'codeHash', 'code_hash',
  'privateKey', 'private_key', 'userId', 'user_id', 'accountId', 'account_id',
])

function keysOf(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keysOf(item, `${path}[${index}]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => [`${path}.${key}`, ...keysOf(item, `${path}.${key}`)])
}

t.test('GET …/account/export on every surface', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  await t.test('→ 200 a file with the profile, sign-in methods, sessions and events, and no secret', async (t) => {
    const user = await signedInEverywhere(app, mail)
    const exports: Array<[string, InjectOptions]> = [
      ['v1 access token', { method: 'GET', url: `${V1}/account/export`, headers: { authorization: `Bearer ${user.v1.accessToken}` } }],
      ['native cookie', { method: 'GET', url: '/api/auth/account/export', headers: { cookie: user.native.cookie } }],
      ['native bearer', { method: 'GET', url: '/api/auth/account/export', headers: { authorization: `Bearer ${user.native.bearer}` } }],
      ['/auth JWT', { method: 'GET', url: '/auth/account/export', headers: { authorization: `Bearer ${user.jwt.token}` } }],
      ['/auth cookie', { method: 'GET', url: '/auth/account/export', headers: { cookie: user.jwt.cookie } }],
    ]
    const rows = {
      passwordHash: (await app.db.selectFrom('account').select('password').where('user_id', '=', user.userId).executeTakeFirstOrThrow()).password!,
      sessionTokens: (await app.db.selectFrom('session').select('token').where('user_id', '=', user.userId).execute()).map((row) => row.token),
      refreshHashes: (await app.db.selectFrom('refresh_token').select('token_hash').where('user_id', '=', user.userId).execute()).map((row) => row.token_hash),
      auditIds: (await app.db.selectFrom('audit_event').select('id').where('user_id', '=', user.userId).execute()).map((row) => row.id),
    }
    const secrets = [
      PASSWORD, rows.passwordHash, ...rows.sessionTokens, ...rows.refreshHashes, ...rows.auditIds,
      user.v1.accessToken, user.v1.refreshToken, user.native.bearer, user.native.token, user.jwt.token,
    ]
    t.ok(rows.sessionTokens.length >= 3 && rows.auditIds.length >= 3)

    for (const [via, request] of exports) {
      const response = await app.inject(request)
      t.equal(response.statusCode, 200, via)
      t.equal(response.headers['cache-control'], 'no-store')
      t.match(response.headers['content-disposition'], /^attachment; filename="account-export-\d{4}-\d{2}-\d{2}\.json"$/)
      const body = response.json()
      t.match(body, {
        exportedAt: String,
        profile: { id: user.userId, email: user.email, name: 'V1 User', emailVerified: true, image: null, createdAt: String, updatedAt: String },
        signInMethods: { password: true, twoFactor: false, providers: ['credential'] },
      }, via)
      t.equal(body.sessions.length, rows.sessionTokens.length, 'every session')
      t.equal(body.sessions.filter((session: { current: boolean }) => session.current).length, 1, 'one is the caller\'s')
      t.ok(body.securityEvents.some((event: { type: string }) => event.type === 'sign_in.succeeded'))
      t.ok(body.securityEvents.every((event: { ipAddress: string | null }) => event.ipAddress === '127.0.0.1'), 'with the IP address')
      const denied = keysOf(body).filter((path) => DENIED_KEYS.has(path.split('.').pop()!))
      t.same(denied, [], `${via}: no secret field`)
      t.same(secrets.filter((secret) => response.body.includes(secret)), [], `${via}: none of the account's secrets or internal ids`)
    }
  })

  await t.test('an account with MFA: says so, and carries neither its secret nor its backup codes', async (t) => {
    const user = await userWithMfa(app, mail)
    const twoFactor = await app.db.selectFrom('two_factor').select(['secret', 'backup_codes']).where('user_id', '=', user.userId).executeTakeFirstOrThrow()
    const response = await app.inject({ method: 'GET', url: `${V1}/account/export`, headers: { authorization: `Bearer ${user.accessToken}` } })
    t.equal(response.statusCode, 200)
    t.match(response.json(), { signInMethods: { password: true, twoFactor: true } })
    t.ok(response.json().securityEvents.some((event: { type: string }) => event.type === 'mfa.enabled'))
    const secrets = [twoFactor.secret, twoFactor.backup_codes, new URL(user.totpUri).searchParams.get('secret')!, user.enabledWith, ...user.backupCodes]
    t.same(secrets.filter((secret) => response.body.includes(secret)), [])
  })

  await t.test('→ 401 without a credential, on each surface in its own shape', async (t) => {
    const v1 = await app.inject({ method: 'GET', url: `${V1}/account/export` })
    t.equal(v1.statusCode, 401)
    t.equal(v1.json().code, 'SESSION_EXPIRED')
    const native = await app.inject({ method: 'GET', url: '/api/auth/account/export', headers: { authorization: 'Bearer not.a-token' } })
    t.equal(native.statusCode, 401)
    t.equal(native.json().code, 'SESSION_EXPIRED')
    const jwt = await app.inject({ method: 'GET', url: '/auth/account/export', headers: { authorization: 'Bearer nope' } })
    t.equal(jwt.statusCode, 401)
    t.same(jwt.json(), { detail: 'Not authenticated' })
    t.notOk(jwt.headers['content-disposition'])
  })
})

t.test('export is limited: five an hour per client, shared by the three surfaces', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), RATE_LIMITS: 'on' })
  const user = await signedInEverywhere(app, mail)
  const requests: InjectOptions[] = [
    { method: 'GET', url: `${V1}/account/export`, headers: { authorization: `Bearer ${user.v1.accessToken}` } },
    { method: 'GET', url: '/api/auth/account/export', headers: { authorization: `Bearer ${user.native.bearer}` } },
    { method: 'GET', url: '/auth/account/export', headers: { authorization: `Bearer ${user.jwt.token}` } },
  ]
  const statuses: number[] = []
  for (let index = 0; index < 6; index += 1) statuses.push((await app.inject({ ...requests[index % 3]!, remoteAddress: '192.0.2.80' })).statusCode)
  t.same(statuses, [200, 200, 200, 200, 200, 429])
  const refused = await app.inject({ ...requests[0]!, remoteAddress: '192.0.2.80' })
  t.equal(refused.json().code, 'RATE_LIMITED')
  t.ok(Number(refused.headers['retry-after']) > 0)
  t.equal((await app.inject({ ...requests[0]!, remoteAddress: '192.0.2.81' })).statusCode, 200, 'another client is not held back')
})
