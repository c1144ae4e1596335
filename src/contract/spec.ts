import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { cacheFile, readCached, writeCached } from '../cache-directory.js'
import { surfaceOfPath } from '../errors/render-error.js'
import type { Surface } from '../errors/error-codes.js'

export const SPEC_PATH = fileURLToPath(new URL('../../openapi.yaml', import.meta.url))

const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete'] as const
export type HttpMethod = (typeof METHODS)[number]

export interface OpenApiParameter {
  readonly name: string
  readonly in: 'path' | 'query' | 'header' | 'cookie'
  readonly required?: boolean
  readonly schema: Record<string, unknown>
}

export interface OpenApiOperation {
  readonly operationId: string
  readonly summary?: string
  readonly tags?: readonly string[]
  readonly parameters?: readonly OpenApiParameter[]
  readonly requestBody?: {
    readonly required?: boolean
    readonly content: Record<string, { readonly schema: Record<string, unknown> }>
  }
  readonly responses: Record<string, unknown>
  readonly security?: readonly Record<string, readonly string[]>[]
  readonly [extension: `x-${string}`]: unknown
}

export interface OpenApiDocument {
  readonly openapi: string
  readonly info: { readonly version: string; readonly title: string }
  readonly paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>>>
  readonly components: { readonly schemas: Record<string, unknown> } & Record<string, unknown>
}

/** One operation of the spec, as the router needs it. */
export interface Operation {
  readonly operationId: string
  readonly method: Uppercase<HttpMethod>
  /** The spec's path, `/api/auth/reset-password/{token}`. */
  readonly path: string
  /** Fastify's form of it, `/api/auth/reset-password/:token`. */
  readonly url: string
  readonly surface: Surface
  /** The `components.schemas` name of the JSON body, if the operation takes one. */
  readonly bodySchema: string | undefined
  /** That schema, as the spec writes it. */
  readonly body: { readonly properties?: Record<string, unknown> } | undefined
  readonly bodyRequired: boolean
  readonly parameters: readonly OpenApiParameter[]
  readonly definition: OpenApiOperation
}

let cached: { text: string; document: OpenApiDocument } | undefined

/**
 * openapi.yaml as written and as parsed. The service takes it from the contract plugin
 * (`app.contract`); scripts and tests read it here.
 */
export function readSpec(): { text: string; document: OpenApiDocument } {
  if (cached === undefined) {
    const text = readFileSync(SPEC_PATH, 'utf8')
    cached = { text, document: parseSpec(text) }
  }
  return cached
}

/**
 * The YAML parsed, or the JSON of an earlier parse of the same text: parsing the spec's YAML
 * takes a second of CPU, its JSON a few milliseconds, and every process that builds the app
 * (each test file, each start) needs it. JSON holds all YAML's core schema makes of it.
 */
export function parseSpec(text: string): OpenApiDocument {
  const file = cacheFile(`openapi-${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`)
  const json = readCached(file)
  if (json !== undefined) {
    try {
      return JSON.parse(json) as OpenApiDocument
    } catch {
      // A damaged cache is parsed anew below, and rewritten.
    }
  }
  const document = parse(text) as OpenApiDocument
  writeCached(file, JSON.stringify(document), 'openapi-')
  return document
}

export function listOperations(document: OpenApiDocument = readSpec().document): Operation[] {
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const definition = item[method]
      if (definition === undefined) continue
      const bodySchema = bodySchemaName(definition)
      operations.push({
        operationId: definition.operationId,
        method: method.toUpperCase() as Uppercase<HttpMethod>,
        path,
        url: path.replace(/\{([^}]+)\}/g, ':$1'),
        surface: surfaceOfPath(path),
        bodySchema,
        body: bodySchema === undefined ? undefined : document.components.schemas[bodySchema] as Operation['body'],
        bodyRequired: definition.requestBody?.required === true,
        parameters: definition.parameters ?? [],
        definition,
      })
    }
  }
  return operations
}

function bodySchemaName(definition: OpenApiOperation): string | undefined {
  const content = definition.requestBody?.content
  if (content === undefined) return undefined
  const types = Object.keys(content)
  if (types.length !== 1 || types[0] !== 'application/json') {
    throw new Error(`${definition.operationId}: request bodies are application/json only`)
  }
  const ref = content['application/json']!.schema.$ref
  const match = typeof ref === 'string' ? /^#\/components\/schemas\/(\w+)$/.exec(ref) : null
  if (match === null) throw new Error(`${definition.operationId}: the request body must be a $ref to components.schemas`)
  return match[1]
}
