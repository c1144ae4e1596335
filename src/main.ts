import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'

const SHUTDOWN_GRACE_MS = 10_000
const SUPPORTED_NODE_MAJOR = 24

async function main(): Promise<void> {
  const major = Number(process.versions.node.split('.')[0])
  if (major < SUPPORTED_NODE_MAJOR) {
    fail(`Node.js ${SUPPORTED_NODE_MAJOR} or later is required, this is ${process.version} (npm start runs the project's own Node.js)`)
  }
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

  // SIGTERM and SIGINT, but also an uncaught exception or an unhandled rejection: stop accepting,
  // let the requests in flight finish (Fastify's close), then exit — 0 for a signal, 1 for a
  // failure — rather than dying in the middle of someone's sign-in. A second signal or failure,
  // or a drain longer than the grace period, exits at once with 1.
  closeWithGrace({
    delay: SHUTDOWN_GRACE_MS,
    logger: app.log,
    onTimeout: () => app.log.error('shutdown took too long; exiting'),
  }, async ({ signal, err }) => {
    if (signal !== undefined) app.log.info({ signal }, 'shutting down')
    else app.log.fatal({ err }, 'unexpected failure; finishing the requests in flight, then exiting')
    await app.close()
  })
}

function fail(message: string): never {
  console.error(`auth-service: ${message}`)
  process.exit(1)
}

await main()
