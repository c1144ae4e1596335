// A change of credentials (a password reset, a password change that ends the other sessions) ends
// every sign-in begun with the old ones: one waiting for its second factor, and one whose password
// check is in flight, on every surface that changes a password.
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, signUp } from '../helper.js'
import { heldSignIns, resetPasswordByEmail } from './credential-helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { userWithTotp, V1 } from '../surfaces/email-sign-in-helper.js'
import { unusedTotp } from '../totp.js'

const isPostgres = (process.env.DATABASE_URL ?? '').startsWith('postgres')
const NEW_PASSWORD = 'owners-new-password-9'

/** A password change that ends the other sessions, on each surface that changes a password with a cookie. */
const PASSWORD_CHANGES: Record<string, (app: FastifyInstance, cookie: string) => Promise<number>> = {
  async 'on /api/auth'(app, cookie) {
    return (await app.inject({ method: 'POST', url: '/api/auth/change-password', headers: { cookie, origin: FRONTEND_ORIGIN }, payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, revokeOtherSessions: true } })).statusCode
  },
  async 'on v1'(app, cookie) {
    return (await app.inject({ method: 'POST', url: `${V1}/change-password`, headers: { cookie, origin: FRONTEND_ORIGIN }, payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })).statusCode
  },
}

t.test('a sign-in waiting for its second factor does not complete after the password was replaced', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  for (const road of ['native', 'v1'] as const) {
    for (const change of ['reset', 'change'] as const) {
      const user = await userWithTotp(app)
      let pending: { cookie?: string; mfaToken?: string }
      if (road === 'native') {
        const started = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: FRONTEND_ORIGIN }, payload: { email: user.email, password: PASSWORD } })
        t.match(started.json(), { twoFactorRedirect: true })
        pending = { cookie: cookieHeader(started.headers['set-cookie']) }
      } else {
        const started = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
        pending = { mfaToken: started.json<{ mfaToken: string }>().mfaToken }
      }
      if (change === 'reset') {
        t.equal(await resetPasswordByEmail(app, mail, user.email, NEW_PASSWORD), 200)
      } else {
        const login = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
        const done = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: login.json<{ mfaToken: string }>().mfaToken, code: unusedTotp(user.totpURI, user.spent) } })
        const changed = await app.inject({
          method: 'POST', url: `${V1}/change-password`, headers: { authorization: `Bearer ${done.json<{ accessToken: string }>().accessToken}`, origin: FRONTEND_ORIGIN },
          payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
        })
        t.equal(changed.statusCode, 200)
      }
      const code = unusedTotp(user.totpURI, user.spent)
      const finished = road === 'native'
        ? await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie: pending.cookie!, origin: FRONTEND_ORIGIN }, payload: { code } })
        : await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: pending.mfaToken, code } })
      t.ok(finished.statusCode >= 400 && finished.statusCode < 500, `${road} after a password ${change}: refused (${finished.statusCode})`)
    }
  }
})

t.test('a password sign-in in flight during a change that ends the other sessions keeps no session', { skip: isPostgres ? false : 'needs two connections: PGlite runs one request at a time' }, async (t) => {
  const held = heldSignIns()
  const app = await build(t, {}, { passwordHasher: held.hasher })
  for (const [where, change] of Object.entries(PASSWORD_CHANGES)) {
    const owner = await signUp(app)
    await app.db.updateTable('user').set({ email_verified: true }).where('id', '=', owner.userId).execute()
    const { checked } = held.holdNext()
    const intruding = app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: FRONTEND_ORIGIN }, payload: { email: owner.email, password: PASSWORD } })
    const release = await checked
    const changing = change(app, owner.cookie)
    await new Promise((resolve) => setTimeout(resolve, 200))
    release()
    const [intruder, status] = await Promise.all([intruding, changing])
    t.equal(status, 200, `${where}: the owner's change succeeds`)
    const session = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: cookieHeader(intruder.headers['set-cookie']) } })
    t.equal(session.body, 'null', `${where}: the intruder keeps no session (sign-in answered ${intruder.statusCode})`)
  }
})

t.test('a password sign-in begun while a change holds the account keeps no session, on every surface that changes a password', { skip: isPostgres ? false : 'needs two connections: PGlite runs one request at a time' }, async (t) => {
  const held = heldSignIns()
  const app = await build(t, {}, { passwordHasher: held.hasher })
  for (const [where, change] of Object.entries(PASSWORD_CHANGES)) {
    const owner = await signUp(app)
    await app.db.updateTable('user').set({ email_verified: true }).where('id', '=', owner.userId).execute()
    // The change holds the account, and is held while it hashes the new password...
    const { hashing } = held.holdNextHash()
    const changing = change(app, owner.cookie)
    const release = await hashing
    // ...when a sign-in with the old password begins: it reads the password before the change
    // commits, and waits for the account to make its session.
    const intruding = app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: FRONTEND_ORIGIN }, payload: { email: owner.email, password: PASSWORD } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    release()
    const [intruder, status] = await Promise.all([intruding, changing])
    t.equal(status, 200, `${where}: the owner's change succeeds`)
    t.not(intruder.statusCode, 200, `${where}: the sign-in that read the old password is refused (${intruder.statusCode})`)
    const session = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: cookieHeader(intruder.headers['set-cookie']) } })
    t.equal(session.body, 'null', `${where}: and keeps no session`)
  }
})
