import Fastify, { type FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import t from 'tap'
import { openDatabase } from '../../src/db/database.js'
import { databasePlugin } from '../../src/plugins/database.js'
import { unitOfWorkPlugin } from '../../src/plugins/unit-of-work.js'
import { build, FRONTEND_ORIGIN, PASSWORD, testDatabaseUrl, uniqueEmail, type TestContext } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'

/** Fastify with only the database and the unit of work, not yet ready: routes are added by the test. */
async function bareAppWithUnits(t: TestContext): Promise<FastifyInstance> {
  const database = await openDatabase(await testDatabaseUrl(t))
  // Kysely starts its driver, and so learns to close PGlite, at the first query.
  await database.ping()
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(databasePlugin, { database })
  await app.register(unitOfWorkPlugin)
  return app
}

t.test('the routes of state-changing operations run in a unit of work; reads and routes outside the contract do not', async (t) => {
  const app = await bareAppWithUnits(t)
  const inUnit = async (): Promise<{ unit: boolean }> => ({ unit: app.database.units.current() !== undefined })
  app.post('/operation', { config: { surface: 'native' } }, inUnit)
  app.delete('/operation', { config: { surface: 'v1' } }, inUnit)
  app.get('/operation', { config: { surface: 'native' } }, inUnit)
  app.post('/not-an-operation', inUnit)
  await app.ready()
  const unitOf = async (method: 'GET' | 'HEAD' | 'POST' | 'DELETE', url: string): Promise<boolean> => (await app.inject({ method, url })).json().unit
  t.equal(await unitOf('POST', '/operation'), true, 'POST')
  t.equal(await unitOf('DELETE', '/operation'), true, 'DELETE')
  t.equal(await unitOf('GET', '/operation'), false, 'GET')
  t.equal(await unitOf('POST', '/not-an-operation'), false, 'a route the contract does not name')
})

t.test('a registration without the database plugin fails at start-up, naming what is missing', async (t) => {
  const app = Fastify()
  t.teardown(() => app.close())
  await t.rejects(async () => {
    await app.register(unitOfWorkPlugin)
    await app.ready()
  }, /database.*unit-of-work|unit-of-work.*database/)
})

t.test('emails wait for the commit: a request that rolls back mails nothing, one that commits mails once', async (t) => {
  const mail = await startMailCatcher(t)
  // With verified emails required, sign-up deletes the session Better Auth just created, after
  // Better Auth has queued the verification email: a fault there fails the request after the email.
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), REQUIRE_EMAIL_VERIFICATION: 'true' })
  await sql`create or replace function refuse_delete() returns trigger language plpgsql as $$
    begin raise exception 'delete refused'; end $$`.execute(app.db)
  await sql`create trigger refuse_delete before delete on session for each row execute function refuse_delete()`.execute(app.db)
  const signUp = (email: string) => app.inject({
    method: 'POST', url: '/api/auth/sign-up/email', headers: { origin: FRONTEND_ORIGIN }, payload: { email, password: PASSWORD, name: 'Mail Test' },
  })

  const rolledBack = uniqueEmail('rolled-back')
  const failed = await signUp(rolledBack)
  t.equal(failed.statusCode, 500)
  t.equal(await app.db.selectFrom('user').select('id').where('email', '=', rolledBack).executeTakeFirst(), undefined, 'the user was rolled back')

  await sql`drop trigger refuse_delete on session`.execute(app.db)
  const committed = uniqueEmail('committed')
  t.equal((await signUp(committed)).statusCode, 200)
  await mail.waitFor(committed, /verify/i)
  await app.mailer.idle()
  t.same(mail.messages.map((message) => message.to), [committed], 'one email, for the request that committed')
})

t.test('an answer sent from inside the unit leaves after the commit: a commit that fails turns it into an error', async (t) => {
  const app = await bareAppWithUnits(t)
  await sql`create table held_answer (id integer not null, refused boolean not null)`.execute(app.db)
  // Checked at the commit, after the handler has sent its answer.
  await sql`create or replace function refuse_at_commit() returns trigger language plpgsql as $$
    begin if new.refused then raise exception 'refused at commit'; end if; return new; end $$`.execute(app.db)
  await sql`create constraint trigger refuse_at_commit after insert on held_answer deferrable initially deferred
    for each row execute function refuse_at_commit()`.execute(app.db)
  let id = 0
  app.post<{ Querystring: { refused?: string } }>('/sent', { config: { surface: 'v1' } }, async (request, reply) => {
    id += 1
    await sql`insert into held_answer (id, refused) values (${id}, ${request.query.refused === 'true'})`.execute(app.db)
    return reply.code(204).send()
  })
  app.post('/redirected', { config: { surface: 'native' } }, async (_request, reply) => {
    await sql`insert into held_answer (id, refused) values (0, true)`.execute(app.db)
    return reply.redirect('https://example.com/', 302)
  })
  await app.ready()

  const refused = await app.inject({ method: 'POST', url: '/sent?refused=true' })
  t.equal(refused.statusCode, 500, 'not the 204 the handler sent')
  const redirected = await app.inject({ method: 'POST', url: '/redirected' })
  t.equal(redirected.statusCode, 500, 'nor the redirect')
  const committed = await app.inject({ method: 'POST', url: '/sent' })
  t.equal(committed.statusCode, 204)
  const rows = await sql<{ id: number }>`select id from held_answer order by id`.execute(app.db)
  t.same(rows.rows.map((row) => row.id), [2], 'only the committed row')
})
