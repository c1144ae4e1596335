import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { LightMyRequestResponse } from 'fastify'
import { listOperations, readSpec, type Operation } from '../src/contract/spec.js'

/**
 * Checks a response against openapi.yaml: the status is one the operation documents, and the body
 * validates against the schema documented for that status. Returns the problems found.
 */
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
const { document } = readSpec()
ajv.addSchema(document, 'openapi')

const operations = new Map(listOperations().map((operation) => [operation.operationId, operation]))

/** A response as checked; `bodyless` for the answer to a HEAD request, which has only a status and headers. */
export type CheckedResponse = LightMyRequestResponse | { statusCode: number; body: string; headers: Record<string, unknown>; bodyless?: boolean }

export function contractProblems(operationId: string, response: CheckedResponse): string[] {
  const operation = operations.get(operationId)
  if (operation === undefined) return [`no operation ${operationId} in openapi.yaml`]
  const status = String(response.statusCode)
  const documented = operation.definition.responses[status] as Record<string, unknown> | undefined
  if (documented === undefined) return [`${operationId}: status ${status} is not documented (body ${response.body.slice(0, 200)})`]
  if ('bodyless' in response && response.bodyless === true) return []
  const pointer = responsePointer(operation, status, documented)
  const content = resolve(pointer) as { content?: Record<string, unknown> }
  if (content.content === undefined) return response.body === '' ? [] : [`${operationId} ${status}: body sent where none is documented`]
  if (!('application/json' in content.content)) {
    const documentedTypes = Object.keys(content.content)
    const contentType = String(response.headers['content-type'] ?? '')
    return documentedTypes.some((type) => contentType.startsWith(type)) ? [] : [`${operationId} ${status}: content-type ${contentType}, documented ${documentedTypes.join(', ')}`]
  }
  const contentType = String(response.headers['content-type'] ?? '')
  if (!contentType.startsWith('application/json')) return [`${operationId} ${status}: content-type ${contentType}, documented application/json`]
  const schemaRef = `openapi#${pointer}/content/application~1json/schema`
  const validate = ajv.getSchema(schemaRef)
  if (validate === undefined) return [`${operationId} ${status}: cannot compile ${schemaRef}`]
  let body: unknown
  try {
    body = JSON.parse(response.body)
  } catch {
    return [`${operationId} ${status}: body is not JSON`]
  }
  if (validate(body)) return []
  return (validate.errors ?? []).map((error) => `${operationId} ${status}: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
}

function responsePointer(operation: Operation, status: string, documented: Record<string, unknown>): string {
  const ref = documented.$ref
  if (typeof ref === 'string') return ref.slice(1)
  const escape = (part: string): string => part.replace(/~/g, '~0').replace(/\//g, '~1')
  return `/paths/${escape(operation.path)}/${operation.method.toLowerCase()}/responses/${status}`
}

function resolve(pointer: string): unknown {
  let node: unknown = document
  for (const part of pointer.split('/').slice(1)) {
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  return node
}
