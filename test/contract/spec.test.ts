import { readFileSync } from 'node:fs'
import t from 'tap'
import { parse } from 'yaml'
import { checkHandlers } from '../../src/contract/register-operations.js'
import { renderSchemas } from '../../src/contract/render-schemas.js'
import { listOperations, readSpec } from '../../src/contract/spec.js'
import { operationHandlers } from '../../src/surfaces/index.js'
import { build } from '../helper.js'

t.test('schemas/ is generated from openapi.yaml and up to date', async (t) => {
  for (const [name, rendered] of Object.entries(renderSchemas(readSpec().text))) {
    const committed = readFileSync(new URL(`../../src/schemas/${name}`, import.meta.url), 'utf8')
    t.equal(committed, rendered, `src/schemas/${name} is stale: run npm run generate`)
  }
})

t.test('every operation has a handler and every handler an operation', async (t) => {
  t.doesNotThrow(() => checkHandlers(listOperations(), operationHandlers))
  const { serviceGetHealth: _dropped, ...missingOne } = operationHandlers
  t.throws(() => checkHandlers(listOperations(), missingOne), /operations without a handler: serviceGetHealth/)
  t.throws(() => checkHandlers(listOperations(), { ...operationHandlers, deleteEverything: async () => null }), /handlers without an operation in openapi.yaml: deleteEverything/)
})

t.test('operationIds are unique and every operation documents its answers', async (t) => {
  const operations = listOperations()
  t.equal(new Set(operations.map((operation) => operation.operationId)).size, operations.length)
  for (const operation of operations) {
    t.ok(operation.definition.summary, `${operation.operationId} has a summary`)
    t.ok(Object.keys(operation.definition.responses).some((status) => status.startsWith('2') || status.startsWith('3')), `${operation.operationId} documents success`)
    if (operation.method !== 'HEAD') t.ok('500' in operation.definition.responses, `${operation.operationId} documents 500`)
  }
})

t.test('one tag per surface, and every operationId starts with its tag', async (t) => {
  const surfaceOf = (path: string): string => {
    if (path.startsWith('/api/auth/')) return 'native'
    if (path.startsWith('/api/v1/better-auth/')) return 'v1'
    if (path.startsWith('/auth/')) return 'jwt'
    return 'service'
  }
  const declared = ((readSpec().document as unknown as { tags: Array<{ name: string }> }).tags).map((tag) => tag.name)
  t.same(declared, ['native', 'v1', 'jwt', 'service'])
  for (const operation of listOperations()) {
    const tags = operation.definition.tags as string[] | undefined
    t.same(tags, [surfaceOf(operation.path)], `${operation.method} ${operation.path} is tagged with its surface`)
    t.match(operation.operationId, new RegExp(`^${surfaceOf(operation.path)}[A-Z][A-Za-z0-9]*$`), `${operation.operationId}: its tag, then the action`)
  }
})

t.test('the renderer fails loudly on what it cannot express', async (t) => {
  const spec = (schema: object): string => JSON.stringify({ components: { schemas: { Thing: schema } } })
  t.throws(() => renderSchemas(spec({ type: 'object', required: ['a'], properties: {} })), /required property a/)
  t.throws(() => renderSchemas(spec({ $ref: '#/components/schemas/Other' })), /unknown schema Other/)
  t.throws(() => renderSchemas(spec({ type: 'tuple' })), /unsupported schema type/)
})

t.test('the renderer writes nested objects, operations and their replies as a person would', async (t) => {
  const files = renderSchemas(JSON.stringify({
    paths: {
      '/things/{id}': {
        get: {
          operationId: 'getThing',
          summary: 'One thing',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
          ],
          responses: {
            200: { content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] } } } },
            302: { description: 'Elsewhere' },
          },
        },
      },
    },
    components: { schemas: { Thing: { type: 'object', required: ['inner'], properties: { inner: { type: 'object', properties: { a: { type: 'string', maxLength: 3, description: 'A letter.' } } } } } } },
  }))
  t.match(files['components.ts'], [
    'export const ThingSchema = Type.Object({',
    '  inner: Type.Object({',
    '    /** A letter. */',
    '    a: Type.Optional(Type.String({ maxLength: 3 })),',
    '  }),',
    '})',
  ].join('\n'))
  t.match(files['operations.ts'], [
    '/** GET /things/{id}: One thing */',
    'export interface GetThingOperation {',
    '  params: { id: string }',
    '  query: { verbose?: boolean }',
    '  reply: {',
    '    200: Thing | null',
    '    302: undefined',
    '  }',
    '}',
  ].join('\n'))
  t.match(files['operation-schemas.ts'], [
    '  getThing: {',
    '    params: Type.Object({',
    '      id: Type.String(),',
    '    }),',
    '    querystring: Type.Object({',
    '      verbose: Type.Optional(Type.Boolean()),',
    '    }),',
    '    response: {',
    '      200: Type.Union([ThingSchema, Type.Null()]),',
    '    },',
    '  },',
  ].join('\n'))
})

t.test('the spec and Swagger UI are served, with this deployment\'s public URL as the server', async (t) => {
  const app = await build(t, { BETTER_AUTH_URL: 'https://auth.example.com', CORS_ORIGINS: 'https://app.example.com' })
  const served = { ...readSpec().document, servers: [{ url: 'https://auth.example.com', description: 'This deployment (BETTER_AUTH_URL)' }] }
  const json = await app.inject({ method: 'GET', url: '/openapi.json' })
  t.equal(json.statusCode, 200)
  t.same(json.json(), served)
  const yaml = await app.inject({ method: 'GET', url: '/openapi.yaml' })
  t.equal(yaml.statusCode, 200)
  t.match(String(yaml.headers['content-type']), /yaml/)
  t.same(parse(yaml.body), served)
  const docs = await app.inject({ method: 'GET', url: '/docs/' })
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /swagger-ui/i)
  const uiSpec = await app.inject({ method: 'GET', url: '/docs/json' })
  t.equal(uiSpec.json().info.title, 'Auth Service')
  t.same(uiSpec.json().servers, served.servers, 'Swagger UI calls the deployment')
})

t.test('the file names the deployment as a server variable', async (t) => {
  const { servers } = readSpec().document as unknown as { servers: Array<{ url: string; variables: Record<string, { default: string }> }> }
  t.equal(servers[0]?.url, '{baseUrl}')
  t.equal(servers[0]?.variables.baseUrl?.default, 'http://127.0.0.1:3001', 'where `npm start` listens')
})

t.test('every operation that takes a body has an example of it, and every answer documents its headers', async (t) => {
  for (const operation of listOperations()) {
    const media = operation.definition.requestBody?.content['application/json'] as { example?: unknown } | undefined
    if (media !== undefined) t.ok(media.example !== undefined, `${operation.operationId}: request example`)
    if (operation.method === 'POST') t.ok(operation.parameters.some((parameter) => (parameter as unknown as { $ref?: string }).$ref === '#/components/parameters/Origin'), `${operation.operationId}: the Origin parameter`)
  }
})
