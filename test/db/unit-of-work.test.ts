import t from 'tap'
import { sql, type Kysely } from 'kysely'
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js'
import { testDatabaseUrl, type TestContext } from '../helper.js'

// A scratch table of this file's own database.
type Probe = Kysely<{ probe: { id: string } }>

async function open(t: TestContext, url?: string): Promise<{ database: DatabaseHandle; db: Probe }> {
  const database = await openDatabase(url ?? await testDatabaseUrl(t))
  t.teardown(() => database.close())
  const db = database.db as unknown as Probe
  await sql`create table probe (id text primary key)`.execute(db)
  return { database, db }
}

async function ids(db: Probe): Promise<string[]> {
  return (await db.selectFrom('probe').select('id').orderBy('id').execute()).map((row) => row.id)
}

class Expected extends Error {}

t.test('what a unit writes, directly or in a transaction of its own, commits together', async (t) => {
  const { database, db } = await open(t)
  await database.units.run(async () => {
    await db.insertInto('probe').values({ id: 'a' }).execute()
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('probe').values({ id: 'b' }).execute()
      t.same(await ids(trx), ['a', 'b'], 'the inner transaction sees the unit’s writes')
    })
  })
  t.same(await ids(db), ['a', 'b'])
})

t.test('an error rolls every write of the unit back, savepoints included', async (t) => {
  const { database, db } = await open(t)
  await t.rejects(database.units.run(async () => {
    await db.insertInto('probe').values({ id: 'a' }).execute()
    await db.transaction().execute(async (trx) => { await trx.insertInto('probe').values({ id: 'b' }).execute() })
    throw new Expected('boom')
  }), { message: 'boom' })
  t.same(await ids(db), [], 'nothing was kept')
})

t.test('an error the caller keeps commits what was written', async (t) => {
  const { database, db } = await open(t)
  await t.rejects(database.units.run(async () => {
    await db.insertInto('probe').values({ id: 'counted-attempt' }).execute()
    throw new Expected('wrong code')
  }, (error) => error instanceof Expected), { message: 'wrong code' })
  t.same(await ids(db), ['counted-attempt'])
})

t.test('when what an error keeps cannot be committed, the commit’s failure is what the caller sees', async (t) => {
  const { database, db } = await open(t)
  // A deferred constraint is checked at commit.
  await sql`alter table probe add column n int, add constraint one_n unique (n) deferrable initially deferred`.execute(db)
  const probe = db as unknown as Kysely<{ probe: { id: string; n: number } }>
  await t.rejects(database.units.run(async () => {
    await probe.insertInto('probe').values([{ id: 'a', n: 1 }, { id: 'b', n: 1 }]).execute()
    throw new Expected('wrong code')
  }, () => true), { message: /one_n/ })
  t.same(await ids(db), [])
})

t.test('a failed inner transaction rolls back to its savepoint and the unit goes on', async (t) => {
  const { database, db } = await open(t)
  await database.units.run(async () => {
    await db.insertInto('probe').values({ id: 'a' }).execute()
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('probe').values({ id: 'b' }).execute()
      throw new Expected('inner')
    }).catch((error: unknown) => { if (!(error instanceof Expected)) throw error })
    await db.insertInto('probe').values({ id: 'c' }).execute()
  })
  t.same(await ids(db), ['a', 'c'])
})

t.test('a unit that only reads never begins a transaction', async (t) => {
  const { database, db } = await open(t)
  await database.units.run(async () => {
    await ids(db)
    t.equal(database.units.current()?.begun, false)
    await db.insertInto('probe').values({ id: 'a' }).execute()
    t.equal(database.units.current()?.begun, true, 'the first write begins it')
  })
  t.equal(database.units.current(), undefined)
})

t.test('work the unit left running after it ended runs on its own', async (t) => {
  const { database, db } = await open(t)
  let late: Promise<unknown> | undefined
  await database.units.run(async () => {
    await db.insertInto('probe').values({ id: 'a' }).execute()
    late = new Promise((resolve) => setTimeout(resolve, 20)).then(() => db.insertInto('probe').values({ id: 'late' }).execute())
  })
  await late
  t.same(await ids(db), ['a', 'late'])
})

t.test('outside the unit, its writes are invisible until it commits (PostgreSQL)', async (t) => {
  const url = await testDatabaseUrl(t)
  if (!url.startsWith('postgres')) {
    t.pass('PGlite is one session: other work waits for the unit instead')
    return
  }
  const { database, db } = await open(t, url)
  const outside = await openDatabase(url)
  t.teardown(() => outside.close())
  await database.units.run(async () => {
    await db.insertInto('probe').values({ id: 'a' }).execute()
    t.same(await ids(outside.db as unknown as Probe), [], 'not yet visible')
  })
  t.same(await ids(outside.db as unknown as Probe), ['a'])
})

t.test('work queued for after the commit runs once the unit commits, and never after a rollback', async (t) => {
  const { database, db } = await open(t)
  const { units } = database
  const ran: string[] = []

  await units.run(async () => {
    await db.insertInto('probe').values({ id: 'a' }).execute()
    units.afterCommit(() => ran.push('committed'))
    t.same(ran, [], 'not while the unit is open')
  })
  t.same(ran, ['committed'], 'after the commit')

  await t.rejects(units.run(async () => {
    await db.insertInto('probe').values({ id: 'b' }).execute()
    units.afterCommit(() => ran.push('rolled back'))
    throw new Expected('boom')
  }), { message: 'boom' })
  await t.rejects(units.run(async () => {
    units.afterCommit(() => ran.push('rolled back without a write'))
    throw new Expected('boom')
  }), { message: 'boom' })
  t.same(ran, ['committed'], 'never after a rollback, whether or not the unit wrote')

  await t.rejects(units.run(async () => {
    units.afterCommit(() => ran.push('kept'))
    throw new Expected('wrong code')
  }, () => true), { message: 'wrong code' })
  t.same(ran, ['committed', 'kept'], 'after an error the caller keeps, which commits')

  await units.run(async () => {
    units.afterCommit(() => { throw new Error('a failing callback') })
    units.afterCommit(() => ran.push('after a failing one'))
  })
  t.same(ran, ['committed', 'kept', 'after a failing one'], 'one failing callback neither stops the others nor fails the unit')

  units.afterCommit(() => ran.push('outside'))
  t.same(ran, ['committed', 'kept', 'after a failing one', 'outside'], 'at once outside a unit')
})

t.test('work queued for after the commit does not run when the commit fails', async (t) => {
  const { database, db } = await open(t)
  await sql`alter table probe add column n int, add constraint one_n unique (n) deferrable initially deferred`.execute(db)
  const probe = db as unknown as Kysely<{ probe: { id: string; n: number } }>
  let ran = false
  await t.rejects(database.units.run(async () => {
    await probe.insertInto('probe').values([{ id: 'a', n: 1 }, { id: 'b', n: 1 }]).execute()
    database.units.afterCommit(() => { ran = true })
  }), { message: /one_n/ })
  t.equal(ran, false)
})
