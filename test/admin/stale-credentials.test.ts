import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { build, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../helper.js'
import { firstLink, startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { userWithMfa } from '../account/account-helper.js'
import { V1 } from '../surfaces/v1/v1-helper.js'
import { bearer, seedApiKey } from './admin-helper.js'

/**
 * What was mailed to an account's address, or begun with it, ends when an admin moves the account
 * to another address or bans it: Better Auth's verification rows that name the user (reset links,
 * invitations, second-factor sign-ins under way, trusted devices) and unspent registration tokens.
 */

const USERS = '/api/v1/admin/users'

const tokenOf = (link: string): string => new URL(link).pathname.split('/').at(-1)!

async function resetWith(app: FastifyInstance, link: string, newPassword: string): Promise<number> {
  return (await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token: tokenOf(link), newPassword } })).statusCode
}

/** A reset link mailed to `email` now, as "forgot password" sends it. */
async function resetLink(app: FastifyInstance, mail: MailCatcher, email: string): Promise<string> {
  await app.inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email } })
  const message = await mail.waitFor(email, /reset/i)
  mail.messages.splice(mail.messages.indexOf(message), 1)
  return firstLink(message.text)
}

/** One row of each kind Better Auth keeps for a user, written as it writes them; and a registration token. */
async function seedPendingCredentials(app: FastifyInstance, userId: string, tag: string): Promise<string[]> {
  const expiresAt = new Date(Date.now() + 3_600_000)
  const identifiers = [`reset-password:${tag}`, `2fa-${tag}`, `trust-device-${tag}`]
  for (const identifier of identifiers) await app.db.insertInto('verification').values({ id: `v-${identifier}`, identifier, value: userId, expires_at: expiresAt, created_at: new Date(), updated_at: new Date() }).execute()
  await app.db.insertInto('verification').values({ id: `v-attempts-${tag}`, identifier: `2fa-attempts-2fa-${tag}`, value: '0', expires_at: expiresAt, created_at: new Date(), updated_at: new Date() }).execute()
  await app.db.insertInto('registration_token').values({ token_hash: `hash-${tag}`, user_id: userId, expires_at: expiresAt, used_at: null }).execute()
  return [...identifiers, `2fa-attempts-2fa-${tag}`]
}

async function pendingOf(app: FastifyInstance, identifiers: readonly string[], tokenHash: string): Promise<{ verifications: number; registrationTokens: number }> {
  const verifications = (await app.db.selectFrom('verification').select('id').where('identifier', 'in', [...identifiers]).execute()).length
  const registrationTokens = (await app.db.selectFrom('registration_token').select('token_hash').where('token_hash', '=', tokenHash).execute()).length
  return { verifications, registrationTokens }
}

t.test('PATCH /api/v1/admin/users/{id} with a new email: links mailed to the old address stop working', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const writer = await seedApiKey(app, ['users:write'])
  const headers = { ...bearer(writer.key), origin: FRONTEND_ORIGIN }

  await t.test('an invitation sent to a mistyped address, corrected: the stranger who got it cannot choose the password', async (t) => {
    const typo = uniqueEmail('typo')
    const right = uniqueEmail('right')
    const created = await app.inject({ method: 'POST', url: USERS, headers, payload: { email: typo, name: 'Employee', invite: true } })
    t.equal(created.statusCode, 201)
    const userId = created.json().id as string
    const invitation = firstLink((await mail.waitFor(typo, /invited/i)).text)
    t.equal((await app.inject({ method: 'PATCH', url: `${USERS}/${userId}`, headers, payload: { email: right } })).statusCode, 200)
    t.equal(await resetWith(app, invitation, 'stranger-password-1'), 400, 'the invitation is spent')
    t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: right, password: 'stranger-password-1' } })).statusCode, 400, 'nothing signs in with a password the stranger chose')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: right, password: 'stranger-password-1' } })).statusCode, 401)
    const shown = await app.inject({ method: 'GET', url: `${USERS}/${userId}`, headers: bearer((await seedApiKey(app, ['users:read'])).key) })
    t.match(shown.json(), { email: right, emailVerified: false }, 'the corrected address is not confirmed by anyone')

    t.equal((await app.inject({ method: 'POST', url: `${USERS}/${userId}/password-reset`, headers })).statusCode, 202, 'a new link, to the corrected address')
    const fresh = firstLink((await mail.waitFor(right, /reset/i)).text)
    t.equal(await resetWith(app, fresh, 'employee-password-1'), 200, 'works')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: right, password: 'employee-password-1' } })).statusCode, 200, 'and the employee signs in')
  })

  await t.test('a reset link mailed to the old address before the move (verified or not): refused after it', async (t) => {
    for (const emailVerified of [true, false]) {
      const old = uniqueEmail('old')
      const moved = uniqueEmail('moved')
      const created = await app.inject({ method: 'POST', url: USERS, headers, payload: { email: old, name: 'Victim', password: PASSWORD, emailVerified: true } })
      const userId = created.json().id as string
      const [first, second] = [await resetLink(app, mail, old), await resetLink(app, mail, old)]
      t.equal((await app.inject({ method: 'PATCH', url: `${USERS}/${userId}`, headers, payload: { email: moved, emailVerified } })).statusCode, 200)
      t.equal(await resetWith(app, first, 'attacker-password-1'), 400, `emailVerified ${emailVerified}: the first link is refused`)
      t.equal(await resetWith(app, second, 'attacker-password-1'), 400, 'and the second')
      t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: moved, password: 'attacker-password-1' } })).statusCode, 400, 'the old mailbox\'s holder signs in to nothing')
      t.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: moved, password: PASSWORD } })).statusCode, 200, 'the owner\'s password still works at the new address')
    }
  })

  await t.test('a second factor pending since before the move does not complete', async (t) => {
    const user = await userWithMfa(app, mail)
    const login = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
    const { mfaToken } = login.json() as { mfaToken: string }
    t.type(mfaToken, 'string')
    t.equal((await app.inject({ method: 'PATCH', url: `${USERS}/${user.userId}`, headers, payload: { email: uniqueEmail('mfa-moved') } })).statusCode, 200)
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code: user.code() } })
    t.equal(verified.statusCode, 401, 'the mfaToken is spent')
    t.equal((await app.db.selectFrom('session').select('id').where('user_id', '=', user.userId).execute()).length, 0, 'no session was made')
  })

  await t.test('every kind of pending credential of the user goes with a new address, and only then; another user\'s stay', async (t) => {
    const make = async (): Promise<string> => (await app.inject({ method: 'POST', url: USERS, headers, payload: { email: uniqueEmail('kinds'), name: 'Kinds', password: PASSWORD } })).json().id as string
    const [userId, bystanderId] = [await make(), await make()]
    const mine = await seedPendingCredentials(app, userId, `mine-${userId}`)
    const theirs = await seedPendingCredentials(app, bystanderId, `theirs-${bystanderId}`)
    const current = (await app.db.selectFrom('user').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email
    for (const payload of [{ name: 'Renamed' }, { email: current.toUpperCase() }, { emailVerified: false }]) {
      t.equal((await app.inject({ method: 'PATCH', url: `${USERS}/${userId}`, headers, payload })).statusCode, 200)
      t.same(await pendingOf(app, mine, `hash-mine-${userId}`), { verifications: 4, registrationTokens: 1 }, `${JSON.stringify(payload)}: not a new address, nothing ends`)
    }
    t.equal((await app.inject({ method: 'PATCH', url: `${USERS}/${userId}`, headers, payload: { email: uniqueEmail('kinds-moved') } })).statusCode, 200)
    t.same(await pendingOf(app, mine, `hash-mine-${userId}`), { verifications: 0, registrationTokens: 0 }, 'a new address: reset, second-factor, its attempt count, trusted device, registration token: all gone')
    t.same(await pendingOf(app, theirs, `hash-theirs-${bystanderId}`), { verifications: 4, registrationTokens: 1 }, 'another user\'s are untouched')
    // Marking the (now unverified) address verified is its confirmation, which ends them too (src/auth/credentials-replaced.ts).
    const again = await seedPendingCredentials(app, userId, `again-${userId}`)
    t.equal((await app.inject({ method: 'PATCH', url: `${USERS}/${userId}`, headers, payload: { emailVerified: true } })).statusCode, 200)
    t.same(await pendingOf(app, again, `hash-again-${userId}`), { verifications: 0, registrationTokens: 0 }, 'a confirmation by the admin ends them too')
  })
})

t.test('POST /api/v1/admin/users/{id}/ban: a second factor pending since before the ban does not complete after the unban', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const { key } = await seedApiKey(app, ['users:write'])
  const user = await userWithMfa(app, mail)
  const pendingV1 = async (): Promise<string> => ((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json() as { mfaToken: string }).mfaToken
  const nativeLogin = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
  t.equal(nativeLogin.json().twoFactorRedirect, true)
  const nativeCookie = String(nativeLogin.headers['set-cookie']).split(';')[0]!
  const [forTotp, forBackup] = [await pendingV1(), await pendingV1()]
  const link = await resetLink(app, mail, user.email)
  const mine = await seedPendingCredentials(app, user.userId, 'banned')

  t.equal((await app.inject({ method: 'POST', url: `/api/v1/admin/users/${user.userId}/ban`, headers: bearer(key) })).statusCode, 200)
  t.same(await pendingOf(app, mine, 'hash-banned'), { verifications: 0, registrationTokens: 0 }, 'every pending credential of the user ends with the ban')
  t.equal((await app.inject({ method: 'POST', url: `/api/v1/admin/users/${user.userId}/unban`, headers: bearer(key) })).statusCode, 200)

  t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: forTotp, code: user.code() } })).statusCode, 401, 'v1 verify-mfa with a TOTP')
  t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: forBackup, code: user.backupCodes[0] } })).statusCode, 401, 'v1 verify-mfa with a backup code')
  const native = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-backup-code', headers: { cookie: nativeCookie, origin: FRONTEND_ORIGIN }, payload: { code: user.backupCodes[1] } })
  t.equal(native.statusCode, 401, 'native verify-backup-code')
  t.equal(await resetWith(app, link, 'a-new-password-42'), 400, 'a reset link from before the ban')
  t.equal((await app.db.selectFrom('session').select('id').where('user_id', '=', user.userId).execute()).length, 0, 'no session was made')
  const fresh = await pendingV1()
  t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: fresh, code: user.code() } })).statusCode, 200, 'a sign-in begun after the unban completes')
})
