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
 * The spec's text with `servers` set to this deployment, keeping its comments and layout. Made on
 * the first request for it and kept for the process: re-reading the YAML is the dearest part of
 * serving the contract, and the text and the base URL do not change while it runs.
 */
const servedTexts = new Map<string, string>()
function servedText(text: string, baseUrl: string): string {
  const key = `${baseUrl}\n${text}`
  let served = servedTexts.get(key)
  if (served === undefined) {
    const yamlDocument = parseDocument(text)
    yamlDocument.set('servers', yamlDocument.createNode(servedServers(baseUrl)))
    served = yamlDocument.toString({ lineWidth: 0 })
    servedTexts.set(key, served)
  }
  return served
}

/**
 * The parsed spec with this deployment as its server: one copy per process and base URL, frozen
 * whole, so that neither Swagger nor a handler can change what another app in the process serves.
 */
const servedDocuments = new WeakMap<object, Map<string, object>>()
function servedDocument(document: object, baseUrl: string): object {
  let byBaseUrl = servedDocuments.get(document)
  if (byBaseUrl === undefined) servedDocuments.set(document, byBaseUrl = new Map<string, object>())
  let served = byBaseUrl.get(baseUrl)
  if (served === undefined) {
    served = deepFreeze({ ...structuredClone(document), servers: servedServers(baseUrl) })
    byBaseUrl.set(baseUrl, served)
  }
  return served
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/**
 * The contract as written, with this deployment's public URL (BETTER_AUTH_URL) as its server in
 * place of the `{baseUrl}` variable (`/openapi.yaml`, `/openapi.json`), and Swagger UI at `/docs`.
 */
export const docsPlugin = fp(async (app: FastifyInstance) => {
  const { text, document } = app.contract
  const baseUrl = app.config.baseUrl
  const served = servedDocument(document, baseUrl)
  await app.register(swagger, { mode: 'static', specification: { document: served as never } })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { deepLinking: true, tryItOutEnabled: true, withCredentials: true, persistAuthorization: false },
  })
  app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) => {
    return reply.type('application/yaml; charset=utf-8').send(servedText(text, baseUrl))
  })
  app.get('/openapi.json', { schema: { hide: true } }, async () => served)
}, { name: 'docs', dependencies: ['contract'] })
