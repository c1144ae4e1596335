import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'

/** The contract, served as written (`/openapi.yaml`, `/openapi.json`), and Swagger UI at `/docs`. */
export const docsPlugin = fp(async (app: FastifyInstance) => {
  const { text, document } = app.contract
  await app.register(swagger, { mode: 'static', specification: { document: structuredClone(document) as never } })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { deepLinking: true, tryItOutEnabled: true, withCredentials: true, persistAuthorization: false },
  })
  app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) => {
    return reply.type('application/yaml; charset=utf-8').send(text)
  })
  app.get('/openapi.json', { schema: { hide: true } }, async () => document)
}, { name: 'docs', dependencies: ['contract'] })
