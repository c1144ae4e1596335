import { parse } from 'yaml'
import { renderType } from './render-type.js'
import { componentName, docComment, propertyKey, renderTypeBox, type JsonSchema } from './render-typebox.js'

/**
 * Renders openapi.yaml as the source files of `src/schemas/`:
 * - `components.ts`: one `NameSchema` constant (TypeBox) and one `Name` type per component,
 *   references inlined in dependency order;
 * - `operations.ts`: per operationId, the request types (body, path and query parameters) and the
 *   reply types by status, and the `Operations` map of them;
 * - `operation-schemas.ts`: per operationId, the route schemas Fastify validates requests and
 *   serializes replies with;
 * - `index.ts`, which exports them all.
 */
interface Spec {
  readonly paths?: Record<string, Record<string, JsonSchema>>
  readonly components?: Record<string, Record<string, JsonSchema> | undefined>
}

const HEADER = '// Generated from openapi.yaml by `npm run generate`. Do not edit.'
const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete']

export function renderSchemas(specText: string): Record<string, string> {
  const spec = parse(specText) as Spec
  const operations = listOperationParts(spec)
  return {
    'components.ts': renderComponents(spec),
    'operations.ts': renderOperationTypes(operations),
    'operation-schemas.ts': renderRouteSchemas(operations),
    'index.ts': [HEADER, "export * from './components.js'", "export * from './operation-schemas.js'", "export * from './operations.js'", ''].join('\n'),
  }
}

function renderComponents(spec: Spec): string {
  const schemas = spec.components?.schemas ?? {}
  const lines = [HEADER, "import { Type, type Static } from 'typebox'", '']
  for (const name of dependencyOrder(schemas)) {
    const schema = schemas[name]!
    lines.push(`${docComment(schema.description, '')}export const ${name}Schema = ${renderTypeBox(schema, name)}`)
    lines.push(`export type ${name} = Static<typeof ${name}Schema>`, '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function dependencyOrder(schemas: Record<string, JsonSchema>): string[] {
  const order: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'visiting') throw new Error(`schema ${name} refers to itself`)
    if (!(name in schemas)) throw new Error(`unknown schema ${name}`)
    state.set(name, 'visiting')
    for (const ref of references(schemas[name])) visit(ref)
    state.set(name, 'done')
    order.push(name)
  }
  Object.keys(schemas).sort().forEach(visit)
  return order
}

function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references)
  if (value === null || typeof value !== 'object') return []
  const ref = (value as JsonSchema).$ref
  if (typeof ref === 'string') return [componentName(ref)]
  return Object.values(value).flatMap(references)
}

/** One operation, its parts resolved from `components`. */
interface OperationParts {
  readonly operationId: string
  readonly title: string
  readonly body: JsonSchema | undefined
  readonly params: JsonSchema | undefined
  readonly query: JsonSchema | undefined
  /** By status: the body's media type and schema, or undefined for an answer without a body. */
  readonly responses: ReadonlyArray<readonly [status: string, content: { type: string; schema: JsonSchema } | undefined]>
}

function renderOperationTypes(operations: readonly OperationParts[]): string {
  const used = componentsUsed(operations)
  return [
    HEADER,
    'import type {',
    ...used.map((name) => `  ${name},`),
    "} from './components.js'",
    '',
    ...operations.flatMap((operation) => [...renderOperationType(operation), '']),
    '/** Every operation of the spec, by operationId. */',
    'export interface Operations {',
    ...operations.map(({ operationId }) => `  ${operationId}: ${typeName(operationId)}`),
    '}',
    '',
    'export type OperationId = keyof Operations',
    '',
  ].join('\n')
}

function renderRouteSchemas(operations: readonly OperationParts[]): string {
  const used = componentsUsed(operations)
  return [
    HEADER,
    "import { Type, type TSchema } from 'typebox'",
    'import {',
    ...used.map((name) => `  ${name}Schema,`),
    "} from './components.js'",
    "import type { OperationId } from './operations.js'",
    '',
    '/** What Fastify takes as a route\'s `schema`: requests are validated, replies serialized with it. */',
    'export interface OperationSchemas {',
    '  readonly body?: TSchema',
    '  readonly params?: TSchema',
    '  readonly querystring?: TSchema',
    '  /** By status: the JSON body, or `{ content }` for another media type. Answers without a body have none. */',
    '  readonly response: Readonly<Record<number, TSchema | { readonly content: Readonly<Record<string, { readonly schema: TSchema }>> }>>',
    '}',
    '',
    '/** Each operation\'s schemas, by operationId. */',
    'export const operationSchemas: Readonly<Record<OperationId, OperationSchemas>> = {',
    ...operations.flatMap(renderOperationSchemas),
    '}',
    '',
  ].join('\n')
}

function componentsUsed(operations: readonly OperationParts[]): string[] {
  return [...new Set(references(operations.map(({ body, params, query, responses }) => [body, params, query, responses])))].sort()
}

function listOperationParts(spec: Spec): OperationParts[] {
  const resolve = (node: JsonSchema): JsonSchema => {
    const ref = node.$ref
    if (typeof ref !== 'string' || ref.startsWith('#/components/schemas/')) return node
    const match = /^#\/components\/(parameters|responses|requestBodies)\/([\w.-]+)$/.exec(ref)
    const target = match === null ? undefined : spec.components?.[match[1]!]?.[match[2]!]
    if (target === undefined) throw new Error(`unsupported $ref ${ref}`)
    return resolve(target)
  }
  const operations: OperationParts[] = []
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const definition = item[method]
      if (definition === undefined) continue
      const operationId = String(definition.operationId)
      const where = `${method.toUpperCase()} ${path}`
      const parameters = ((definition.parameters as JsonSchema[] | undefined) ?? []).map(resolve)
      const requestBody = definition.requestBody === undefined ? undefined : resolve(definition.requestBody as JsonSchema)
      const responses = Object.entries(definition.responses as Record<string, JsonSchema>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([status, response]) => [status, mediaOf(resolve(response), `${where} ${status}`)] as const)
      operations.push({
        operationId,
        title: `${where}${typeof definition.summary === 'string' ? `: ${definition.summary}` : ''}`,
        body: requestBody === undefined ? undefined : mediaOf(requestBody, `${where} body`)?.schema,
        params: parameterObject(parameters, 'path'),
        query: parameterObject(parameters, 'query'),
        responses,
      })
    }
  }
  return operations
}

/** The one media type of a body; a JSON body is preferred where several are offered. */
function mediaOf(node: JsonSchema, where: string): { type: string; schema: JsonSchema } | undefined {
  const content = node.content as Record<string, { schema?: JsonSchema }> | undefined
  if (content === undefined) return undefined
  const types = Object.keys(content)
  const type = types.includes('application/json') ? 'application/json' : types[0]
  const schema = type === undefined ? undefined : content[type]!.schema
  if (type === undefined || schema === undefined) throw new Error(`${where}: content without a schema`)
  return { type, schema }
}

/** The path or query parameters as one object schema, their descriptions kept. */
function parameterObject(parameters: JsonSchema[], location: 'path' | 'query'): JsonSchema | undefined {
  const selected = parameters.filter((parameter) => parameter.in === location)
  if (selected.length === 0) return undefined
  return {
    type: 'object',
    properties: Object.fromEntries(selected.map((parameter) => [
      String(parameter.name),
      { ...(parameter.schema as JsonSchema), ...(parameter.description === undefined ? {} : { description: parameter.description }) },
    ])),
    required: selected.filter((parameter) => parameter.required === true).map((parameter) => String(parameter.name)),
  }
}

function renderOperationType(operation: OperationParts): string[] {
  const { operationId, title, body, params, query, responses } = operation
  return [
    docComment(title, '').trimEnd(),
    `export interface ${typeName(operationId)} {`,
    ...(body === undefined ? [] : [`  body: ${renderType(body, `${operationId} body`)}`]),
    ...(params === undefined ? [] : [`  params: ${renderType(params, `${operationId} params`)}`]),
    ...(query === undefined ? [] : [`  query: ${renderType(query, `${operationId} query`)}`]),
    '  reply: {',
    ...responses.map(([status, content]) => `    ${status}: ${content === undefined ? 'undefined' : renderType(content.schema, `${operationId} ${status}`)}`),
    '  }',
    '}',
  ]
}

function renderOperationSchemas(operation: OperationParts): string[] {
  const { operationId, body, params, query, responses } = operation
  const part = (key: string, schema: JsonSchema | undefined): string[] =>
    schema === undefined ? [] : [`    ${key}: ${renderTypeBox(schema, `${operationId} ${key}`, 2)},`]
  const response = responses.flatMap(([status, content]) => {
    if (content === undefined) return []
    const schema = renderTypeBox(content.schema, `${operationId} ${status}`, 3)
    if (content.type === 'application/json') return [`      ${status}: ${schema},`]
    return [`      ${status}: { content: { ${propertyKey(content.type)}: { schema: ${schema} } } },`]
  })
  return [
    `  ${operationId}: {`,
    ...part('body', body),
    ...part('params', params),
    ...part('querystring', query),
    '    response: {',
    ...response,
    '    },',
    '  },',
  ]
}

function typeName(operationId: string): string {
  return `${operationId[0]!.toUpperCase()}${operationId.slice(1)}Operation`
}
