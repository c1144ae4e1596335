import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import t from 'tap'
import { cacheFile, readCachedBytes, writeCached } from '../src/cache-directory.js'
import { createInMemoryPGlite, openDatabase, pgliteHandle, pgliteVersion, type DatabaseHandle } from '../src/db/database.js'
import { migrateToLatest, MIGRATIONS_DIR } from '../src/db/migrator.js'

/** A cluster of this process, and the fingerprint of its schema when it was last given back. */
interface Cluster {
  readonly client: PGlite
  fingerprint: string | undefined
}

const idle: Cluster[] = []
/** The schema every migration makes from nothing, as the first cluster migrated here had it. */
let migratedFingerprint: string | undefined
// A cluster left open keeps the test's process alive: close them once its tests are done.
t.teardown(async () => {
  await Promise.all(idle.splice(0).map(async ({ client }) => client.close()))
})

/**
 * Everything about schema `public` that a test could change besides its rows: relations and their
 * columns, constraints, defaults, indexes, triggers, functions, and which migrations are recorded.
 * Two clusters with the same fingerprint differ only in their rows.
 */
const FINGERPRINT = `
select md5(string_agg(item, '|' order by item)) as fingerprint from (
  select 'c ' || c.relname || ' ' || c.relkind::text || ' ' || coalesce(a.attname, '') || ' ' || coalesce(format_type(a.atttypid, a.atttypmod), '') || ' ' || coalesce(a.attnotnull::text, '') as item
    from pg_class c left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where c.relnamespace = 'public'::regnamespace
  union all select 'k ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace
  union all select 'd ' || adrelid::regclass::text || ' ' || adnum || ' ' || pg_get_expr(adbin, adrelid) from pg_attrdef d join pg_class c on c.oid = d.adrelid where c.relnamespace = 'public'::regnamespace
  union all select 'i ' || pg_get_indexdef(indexrelid) from pg_index i join pg_class c on c.oid = i.indrelid where c.relnamespace = 'public'::regnamespace
  union all select 't ' || tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text from pg_trigger g join pg_class c on c.oid = g.tgrelid where c.relnamespace = 'public'::regnamespace and not tgisinternal
  union all select 'p ' || proname || ' ' || md5(prosrc) from pg_proc where pronamespace = 'public'::regnamespace
  union all select 's ' || nspname from pg_namespace where nspname not in ('public', 'information_schema') and nspname not like 'pg\\_%'
  union all select 'm ' || name from kysely_migration
) items`

async function fingerprintOf(client: PGlite): Promise<string | undefined> {
  try {
    const { rows } = await client.query<{ fingerprint: string }>(FINGERPRINT)
    return rows[0]?.fingerprint
  } catch {
    return undefined // no migrations table: not a migrated schema
  }
}

/** Deletes every row of every table but the migrations', with foreign keys not checked meanwhile. */
async function emptyTables(client: PGlite): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `select quote_ident(relname) as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and relname not like 'kysely\\_migration%'`,
  )
  await client.exec(`set session_replication_role = replica; ${rows.map(({ name }) => `delete from ${name};`).join(' ')} set session_replication_role = default`)
}

/**
 * A cluster with every migration applied and no rows. A cluster given back with the schema the
 * migrations make is emptied of its rows; one whose schema a test changed (a trigger, a dropped
 * table, a migration undone) is wiped and migrated anew, so no test sees another's changes.
 */
async function migratedCluster(): Promise<Cluster> {
  const reusable = idle.pop()
  if (reusable !== undefined && reusable.fingerprint !== undefined && reusable.fingerprint === migratedFingerprint) {
    await emptyTables(reusable.client)
    return reusable
  }
  if (reusable !== undefined) await reusable.client.close()
  const cluster = { client: await migratedPGlite(), fingerprint: undefined }
  migratedFingerprint ??= await fingerprintOf(cluster.client)
  return cluster
}

/**
 * A new in-memory cluster with every migration applied. Test processes start them from an image
 * of one that was migrated, kept on disk under a digest of the migrations and of PGlite's version,
 * so only the first process after a change of either runs them.
 */
async function migratedPGlite(): Promise<PGlite> {
  const file = cacheFile(`pglite-migrated-${migrationsDigest()}.tar`)
  const image = readCachedBytes(file)
  if (image !== undefined) return PGlite.create({ loadDataDir: new Blob([image]) })
  const client = await createInMemoryPGlite()
  const handle = pgliteHandle(client, { ownsClient: false })
  await migrateToLatest(handle.db)
  await handle.close()
  writeCached(file, new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer()), 'pglite-migrated-')
  return client
}

function migrationsDigest(): string {
  const hash = createHash('sha256').update(pgliteVersion() ?? '')
  for (const name of readdirSync(MIGRATIONS_DIR).sort()) hash.update(name).update(readFileSync(path.join(MIGRATIONS_DIR, name)))
  return hash.digest('hex').slice(0, 32)
}

/**
 * Opens the database as the app does, except that an in-memory PGlite comes from the few clusters
 * this test process keeps, already migrated and empty: every app still starts on a database of
 * its own without paying again for PGlite's start and the migrations, which are most of the cost
 * of building an app in a test.
 */
export async function openTestDatabase(url: string): Promise<DatabaseHandle> {
  if (url !== 'pglite:memory') return openDatabase(url)
  const cluster = await migratedCluster()
  const handle = pgliteHandle(cluster.client, { ownsClient: false })
  let returned = false
  return {
    ...handle,
    async close(): Promise<void> {
      await handle.close()
      if (returned) return
      returned = true
      cluster.fingerprint = await fingerprintOf(cluster.client)
      idle.push(cluster)
    },
  }
}
