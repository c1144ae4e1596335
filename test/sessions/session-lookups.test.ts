import type { CompiledQuery } from 'kysely'
import t from 'tap'
import { selectSessionWithUser } from '../../src/sessions/session-lookups.js'
import { build, FRONTEND_ORIGIN, signUp } from '../helper.js'

t.test('session checks that arrive together share one query, each answered with its own session', async (t) => {
  const app = await build(t)
  const users = await Promise.all([1, 2, 3, 4, 5].map(async () => signUp(app)))
  const lookups: string[] = []
  const executeQuery = app.db.executeQuery.bind(app.db)
  app.db.executeQuery = (async (query: CompiledQuery) => {
    if (query.sql.includes('prepared:sessions_with_users_by')) lookups.push(query.sql)
    return executeQuery(query)
  }) as typeof app.db.executeQuery
  const check = async (cookie: string): Promise<unknown> =>
    (await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie } })).json()

  const answers = await Promise.all(users.map(async (user) => check(user.cookie))) as Array<{ user: { id: string } } | null>
  t.same(answers.map((answer) => answer?.user.id), users.map((user) => user.userId), 'each request its own user')
  t.equal(lookups.length, 1, 'five checks, one query')

  lookups.length = 0
  await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: users[2]!.cookie, origin: FRONTEND_ORIGIN } })
  const afterSignOut = await Promise.all(users.map(async (user) => check(user.cookie))) as Array<{ user: { id: string } } | null>
  t.same(afterSignOut.map((answer) => answer?.user.id ?? null), users.map((user, index) => index === 2 ? null : user.userId),
    'a session ended before the requests arrived is found by none of them')

  lookups.length = 0
  t.equal((await check(users[0]!.cookie) as { user: { id: string } }).user.id, users[0]!.userId)
  t.equal(lookups.length, 1, 'a check alone waits for no one')
})

t.test('inside a unit of work that has begun, a lookup runs in its transaction and reads its writes', async (t) => {
  const app = await build(t)
  const user = await signUp(app)
  const session = await app.db.selectFrom('session').selectAll().where('token', '=', user.token).executeTakeFirstOrThrow()
  const found = await app.database.units.run(async () => {
    await app.db.insertInto('session').values({ ...session, id: `${session.id}-new`, token: `${session.token}-new` }).execute()
    return Promise.all([
      selectSessionWithUser(app.db, 'session.token', `${session.token}-new`),
      selectSessionWithUser(app.db, 'session.id', `${session.id}-new`),
    ])
  })
  t.same(found.map((row) => row?.user.id), [user.userId, user.userId], 'the unit\'s own uncommitted row')
  t.same(await Promise.all([
    selectSessionWithUser(app.db, 'session.id', session.id),
    selectSessionWithUser(app.db, 'session.id', 'no-such-session'),
    selectSessionWithUser(app.db, 'session.token', session.token),
    selectSessionWithUser(app.db, 'session.token', session.token),
  ]).then((rows) => rows.map((row) => row?.session.id)), [session.id, undefined, session.id, session.id], 'the same value twice, and one not found')
})

t.test('a value no session can hold, batched with others, fails none of them and is found by none', async (t) => {
  const app = await build(t)
  const user = await signUp(app)
  const session = await app.db.selectFrom('session').selectAll().where('token', '=', user.token).executeTakeFirstOrThrow()
  const found = await Promise.all([
    selectSessionWithUser(app.db, 'session.token', user.token),
    selectSessionWithUser(app.db, 'session.token', `${user.token}\0`),
    selectSessionWithUser(app.db, 'session.id', `\0${session.id}`),
    selectSessionWithUser(app.db, 'session.id', session.id),
  ])
  t.same(found.map((row) => row?.session.id), [session.id, undefined, undefined, session.id])
})
