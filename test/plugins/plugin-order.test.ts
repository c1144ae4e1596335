import { readdirSync } from 'node:fs'
import Fastify from 'fastify'
import t from 'tap'
import { errorsPlugin } from '../../src/plugins/errors.js'
import { rateLimitPlugin } from '../../src/plugins/rate-limit.js'
import { testConfig } from '../helper.js'

interface PluginMeta {
  readonly name?: string
  readonly dependencies?: readonly string[]
}

/** Every plugin src/plugins exports, with what fastify-plugin knows of it. */
async function plugins(): Promise<Array<{ file: string; meta: PluginMeta | undefined }>> {
  const directory = new URL('../../src/plugins/', import.meta.url)
  const found: Array<{ file: string; meta: PluginMeta | undefined }> = []
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.ts'))) {
    const module = await import(new URL(file, directory).href) as Record<string, unknown>
    for (const [name, value] of Object.entries(module)) {
      if (name.endsWith('Plugin')) found.push({ file, meta: (value as Record<symbol, PluginMeta | undefined>)[Symbol.for('plugin-meta')] })
    }
  }
  return found
}

t.test('every plugin names itself and the plugins it needs, and those exist', async (t) => {
  const all = await plugins()
  t.ok(all.length >= 10, 'the plugins were found')
  const names = new Set(all.map(({ meta }) => meta?.name))
  for (const { file, meta } of all) {
    t.type(meta?.name, 'string', `${file} has a name`)
    for (const dependency of meta?.dependencies ?? []) t.ok(names.has(dependency), `${file} depends on ${dependency}, a plugin of src/plugins`)
  }
})

t.test('a plugin registered before what it needs stops start-up, naming both', async (t) => {
  const config = await testConfig(t, { RATE_LIMITS: 'on' })
  const app = Fastify()
  t.teardown(() => app.close())
  app.decorate('config', config)
  await app.register(errorsPlugin)
  await t.rejects(async () => {
    await app.register(rateLimitPlugin, { config, now: Date.now })
    await app.ready()
  }, { message: "The dependency 'database' of plugin 'rate-limit' is not registered" })
})
