// npm run admin -- create-key --name ci --scopes users:read,keys:write [--expires 2027-01-01T00:00:00Z]
//                   list-keys
//                   revoke-key <id>
// The first API key comes from here; later ones may come from POST /api/v1/admin/keys.
import { parseArgs } from 'node:util'
import { systemClock } from '../clock.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrator.js'
import { insertApiKey, listApiKeys, revokeApiKey } from './api-key-repository.js'
import { toApiKeyView } from './api-key-view.js'
import { API_KEY_SCOPES, isApiKeyScope, issueApiKey } from './api-keys.js'

const USAGE = `usage: npm run admin -- create-key --name <name> --scopes <${API_KEY_SCOPES.join(',')}> [--expires <ISO time>]
       npm run admin -- list-keys
       npm run admin -- revoke-key <id>`

function fail(message: string): never {
  console.error(message)
  console.error(USAGE)
  process.exit(2)
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, scopes: { type: 'string' }, expires: { type: 'string' } },
})
const [command, ...rest] = positionals
if (command !== 'create-key' && command !== 'list-keys' && command !== 'revoke-key') fail(`unknown command ${command ?? '(none)'}`)

const config = loadConfig()
const database = await openDatabase(config.databaseUrl)
try {
  await migrateToLatest(database.db)
  if (command === 'create-key') {
    const name = values.name?.trim()
    if (name === undefined || name.length === 0 || name.length > 100) fail('--name is required (1 to 100 characters)')
    const scopes = [...new Set((values.scopes ?? '').split(',').map((scope) => scope.trim()).filter((scope) => scope.length > 0))]
    const unknown = scopes.filter((scope) => !isApiKeyScope(scope))
    if (scopes.length === 0 || unknown.length > 0) fail(`--scopes must name one or more of ${API_KEY_SCOPES.join(', ')}${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}`)
    const expires = values.expires === undefined ? null : new Date(values.expires)
    if (expires !== null && (Number.isNaN(expires.getTime()) || expires.getTime() <= systemClock.nowMs())) fail('--expires must be a time to come')
    const issued = issueApiKey()
    const row = await insertApiKey(database.db, { name, prefix: issued.prefix, hash: issued.hash, scopes, expiresAt: expires })
    console.log(JSON.stringify(toApiKeyView(row)))
    // The key on a line of its own, for a script to take; it is not stored and cannot be shown again.
    console.log(issued.key)
  } else if (command === 'list-keys') {
    for (const row of await listApiKeys(database.db)) console.log(JSON.stringify(toApiKeyView(row)))
  } else {
    const id = rest[0] ?? fail('revoke-key needs the key\'s id')
    const row = await revokeApiKey(database.db, id, systemClock.now())
    if (row === undefined) fail(`no key ${id}`)
    console.log(JSON.stringify(toApiKeyView(row)))
  }
} finally {
  await database.close()
}
