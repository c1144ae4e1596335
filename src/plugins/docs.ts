import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { parseDocument } from 'yaml'

/** The deployment's public URL as the spec's one server, so a generated client knows where to call. */
function servedServers(baseUrl: string): Array<{ url: string; description: string }> {
  return [{ url: baseUrl, description: 'This deployment (BETTER_AUTH_URL)' }]
}

/**
 * The contract as written, with this deployment's public URL (BETTER_AUTH_URL) as its server in
 * place of the `{baseUrl}` variable (`/openapi.yaml`, `/openapi.json`), and Swagger UI at `/docs`.
 */
export const docsPlugin = fp(async (app: FastifyInstance) => {
  const { text, document } = app.contract
  const servers = servedServers(app.config.baseUrl)
  const served = { ...structuredClone(document), servers }
  const yamlDocument = parseDocument(text)
  yamlDocument.set('servers', yamlDocument.createNode(servers))
  const servedText = yamlDocument.toString({ lineWidth: 0 })
  await app.register(swagger, { mode: 'static', specification: { document: structuredClone(served) as never } })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { deepLinking: true, tryItOutEnabled: true, withCredentials: true, persistAuthorization: false },
  })
  app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) => {
    return reply.type('application/yaml; charset=utf-8').send(servedText)
  })
  app.get('/openapi.json', { schema: { hide: true } }, async () => served)
}, { name: 'docs', dependencies: ['contract'] })
