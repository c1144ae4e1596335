import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'

const SHUTDOWN_GRACE_MS = 10_000

async function main(): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message)
    throw error
  }
  const app = await buildApp(config).catch((error: unknown) => {
    if (error instanceof ConfigError) fail(error.message)
    throw error
  })
  await app.listen({ port: config.port, host: config.host })
  app.log.info(`Auth Service on ${config.baseUrl} (Swagger UI at ${config.baseUrl}/docs, database: ${app.database.kind})`)

  let stopping = false
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return
    stopping = true
    app.log.info({ signal }, 'shutting down')
    const timer = setTimeout(() => {
      app.log.error('shutdown took too long; exiting')
      process.exit(1)
    }, SHUTDOWN_GRACE_MS)
    timer.unref()
    await app.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

function fail(message: string): never {
  console.error(`auth-service: ${message}`)
  process.exit(1)
}

await main()
