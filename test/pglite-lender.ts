import type { PGlite } from '@electric-sql/pglite'
import t from 'tap'
import { createInMemoryPGlite, openDatabase, pgliteHandle, type DatabaseHandle } from '../src/db/database.js'

const idle: PGlite[] = []
// A cluster left open keeps the test's process alive: close them once its tests are done.
t.teardown(async () => {
  await Promise.all(idle.splice(0).map(async (client) => client.close()))
})

/**
 * Opens the database as the app does, except that an in-memory PGlite comes from the few clusters
 * this test process keeps: each is emptied (schema `public` dropped and made anew) before it is
 * lent again, so every app still starts on an empty database of its own without paying for
 * PGlite's start, which is most of the cost of building an app in a test.
 */
export async function openTestDatabase(url: string): Promise<DatabaseHandle> {
  if (url !== 'pglite:memory') return openDatabase(url)
  const client = idle.pop() ?? await createInMemoryPGlite()
  await client.exec('drop schema public cascade; create schema public')
  const handle = pgliteHandle(client, { ownsClient: false })
  let returned = false
  return {
    ...handle,
    async close(): Promise<void> {
      await handle.close()
      if (returned) return
      returned = true
      idle.push(client)
    },
  }
}
