import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { operationSchemas, type OperationId } from '../schemas/index.js'
import type { OperationHandlers } from './operation-handlers.js'
import { compileSerializer } from './serializers.js'
import type { Operation } from './spec.js'
import { validatorCompilerFor } from './validation.js'

/** A route handler as Fastify calls it, before the operation's types are known. */
export type RouteHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>

/**
 * Fails when the spec and the handlers disagree: every operation has a handler, every handler an
 * operation. The handler map's type says so already; this catches a spec edited without running
 * `npm run generate`, and JavaScript that the type checker never saw.
 */
export function checkHandlers(operations: readonly Operation[], handlers: Readonly<Record<string, unknown>>): void {
  const ids = new Set(operations.map((operation) => operation.operationId))
  const missing = [...ids].filter((id) => !(id in handlers))
  const unknown = Object.keys(handlers).filter((id) => !ids.has(id))
  const ungenerated = [...ids].filter((id) => !(id in operationSchemas))
  const problems = [
    ...(missing.length > 0 ? [`operations without a handler: ${missing.join(', ')}`] : []),
    ...(unknown.length > 0 ? [`handlers without an operation in openapi.yaml: ${unknown.join(', ')}`] : []),
    ...(ungenerated.length > 0 ? [`operations without schemas in src/schemas/ (run npm run generate): ${ungenerated.join(', ')}`] : []),
  ]
  if (problems.length > 0) throw new Error(problems.join('; '))
}

/**
 * Registers one route per operation of openapi.yaml, with the schemas generated from it: requests
 * are validated by them, and replies serialized by them, so no field the contract does not declare
 * ever leaves the service. (A state-changing operation runs as one unit of work: see
 * src/plugins/unit-of-work.ts.)
 */
export function registerOperations(app: FastifyInstance, handlers: OperationHandlers): void {
  const { operations } = app.contract
  checkHandlers(operations, handlers)
  const headPaths = new Set(operations.filter((operation) => operation.method === 'HEAD').map((operation) => operation.path))
  for (const operation of operations) {
    const operationId = operation.operationId as OperationId
    const { body, params, querystring, response } = operationSchemas[operationId]
    // Validation above proves the request's types; the handler map's type proves the rest.
    const handler = handlers[operationId] as unknown as RouteHandler
    const validatorCompiler = validatorCompilerFor(operation.surface)
    app.route({
      method: operation.method,
      url: operation.url,
      exposeHeadRoute: operation.method === 'GET' && !headPaths.has(operation.path),
      schema: {
        ...(body === undefined ? {} : { body }),
        ...(querystring === undefined ? {} : { querystring }),
        ...(params === undefined ? {} : { params }),
        response,
      },
      serializerCompiler: compileSerializer,
      config: { operationId, surface: operation.surface },
      validatorCompiler,
      ...(body !== undefined && !operation.bodyRequired ? { preValidation: emptyBodyAsObject } : {}),
      handler,
    })
  }
}

async function emptyBodyAsObject(request: FastifyRequest): Promise<void> {
  if (request.body === undefined) request.body = {}
}
