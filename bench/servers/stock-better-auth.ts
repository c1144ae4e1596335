// The baseline: Better Auth's own handler, bridged into Fastify the way its docs show, on the same
// database and with the same options as the service.
import Fastify from 'fastify'
import { createAuth } from '../../src/auth/better-auth.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/db/database.js'
import { createOriginPolicy } from '../../src/origins/origin-policy.js'

const config = loadConfig()
const database = await openDatabase(config.databaseUrl)
const silent = { error() {}, warn() {}, info() {}, debug() {} }
const auth = createAuth({
  config, db: database.db, secret: config.secret!, logger: silent,
  mailer: { send: async () => {}, idle: async () => {} },
  originPolicy: createOriginPolicy(config.corsOrigins, config.baseUrl),
})
const app = Fastify({ logger: false })
app.route({
  method: ['GET', 'POST'],
  url: '/api/auth/*',
  async handler(request, reply) {
    const headers = new Headers()
    for (const [key, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.append(key, value)
    const response = await auth.handler(new Request(new URL(request.url, config.baseUrl), {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    }))
    reply.status(response.status)
    response.headers.forEach((value, key) => { if (key !== 'set-cookie') reply.header(key, value) })
    const cookies = response.headers.getSetCookie()
    if (cookies.length > 0) reply.header('set-cookie', cookies)
    return reply.send(await response.text())
  },
})
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
process.send?.('ready')
