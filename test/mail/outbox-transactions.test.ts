import { sql } from 'kysely'
import t from 'tap'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'

t.test('an email is written in the transaction of the request that asks for it', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), REQUIRE_EMAIL_VERIFICATION: 'true' })
  const outbox = (recipient: string) => app.db.selectFrom('email_outbox').select(['kind', 'state']).where('recipient', '=', recipient).execute()
  const signUp = (email: string) => app.inject({
    method: 'POST', url: '/api/auth/sign-up/email', headers: { origin: FRONTEND_ORIGIN }, payload: { email, password: PASSWORD, name: 'Outbox' },
  })

  await t.test('Better Auth\'s verification email: a sign-up that fails after it was written (500) leaves no row and sends nothing', async (t) => {
    // With verified emails required, sign-up deletes the session Better Auth created after Better
    // Auth wrote the verification email: a fault there fails the request after the email.
    await sql`create or replace function refuse_delete() returns trigger language plpgsql as $$
      begin raise exception 'delete refused'; end $$`.execute(app.db)
    await sql`create trigger refuse_delete before delete on session for each row execute function refuse_delete()`.execute(app.db)
    const email = uniqueEmail('rolled-back-sign-up')
    t.equal((await signUp(email)).statusCode, 500)
    await sql`drop trigger refuse_delete on session`.execute(app.db)
    await app.mailer.idle()
    t.same(await outbox(email), [], 'no row')
    t.notOk(mail.messages.some((message) => message.to.includes(email)), 'no email')
  })

  await t.test('a notice: a password change that fails after it was written (500) sends nothing; the same change committed sends it once', async (t) => {
    const email = uniqueEmail('rolled-back-change')
    t.equal((await signUp(email)).statusCode, 200)
    await mail.waitFor(email, /verify/i)
    await app.db.updateTable('user').set({ email_verified: true }).where('email', '=', email).execute()
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })
    const headers = { cookie: cookieHeader(signIn.headers['set-cookie']), origin: FRONTEND_ORIGIN }
    // The notice is written before its audit event: failing the event's insert fails the request after the notice.
    await sql`create or replace function refuse_password_event() returns trigger language plpgsql as $$
      begin if new.type = 'password.changed' then raise exception 'event refused'; end if; return new; end $$`.execute(app.db)
    await sql`create trigger refuse_password_event before insert on audit_event for each row execute function refuse_password_event()`.execute(app.db)
    const failed = await app.inject({ method: 'POST', url: '/api/auth/change-password', headers, payload: { currentPassword: PASSWORD, newPassword: 'another-password-1' } })
    t.equal(failed.statusCode, 500)
    await sql`drop trigger refuse_password_event on audit_event`.execute(app.db)
    await app.mailer.idle()
    t.same((await outbox(email)).filter((row) => row.kind === 'notice.password_changed'), [], 'no notice row')
    t.notOk(mail.messages.some((message) => message.to.includes(email) && /password was changed/i.test(message.subject)), 'no notice sent')
    const stillOld = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })
    t.equal(stillOld.statusCode, 200, 'and the password did not change')

    const changed = await app.inject({ method: 'POST', url: '/api/auth/change-password', headers, payload: { currentPassword: PASSWORD, newPassword: 'another-password-1' } })
    t.equal(changed.statusCode, 200)
    await mail.waitFor(email, /password was changed/i)
    await app.mailer.idle()
    t.equal(mail.messages.filter((message) => message.to.includes(email) && /password was changed/i.test(message.subject)).length, 1, 'one notice')
    t.same((await outbox(email)).filter((row) => row.kind === 'notice.password_changed'), [{ kind: 'notice.password_changed', state: 'sent' }])
  })
})
