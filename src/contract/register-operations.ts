import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { TSchema } from 'typebox'
import * as Schemas from '../schemas/index.js'
import { inUnitOfWork } from '../audit/audit-trail.js'
import { listOperations, type OpenApiParameter, type Operation } from './spec.js'
import { validatorCompilerFor } from './validation.js'

export type OperationHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>
export type OperationHandlers = Readonly<Record<string, OperationHandler>>

/** Fails when the spec and the handlers disagree: every operation has a handler, every handler an operation. */
export function checkHandlers(operations: readonly Operation[], handlers: OperationHandlers): void {
  const ids = new Set(operations.map((operation) => operation.operationId))
  const missing = [...ids].filter((id) => !(id in handlers))
  const unknown = Object.keys(handlers).filter((id) => !ids.has(id))
  const problems = [
    ...(missing.length > 0 ? [`operations without a handler: ${missing.join(', ')}`] : []),
    ...(unknown.length > 0 ? [`handlers without an operation in openapi.yaml: ${unknown.join(', ')}`] : []),
  ]
  if (problems.length > 0) throw new Error(problems.join('; '))
}

/**
 * Registers one route per operation of openapi.yaml, validated by the schemas generated from it.
 * A state-changing operation runs as one unit of work: its writes and audit events commit together.
 */
export function registerOperations(app: FastifyInstance, handlers: OperationHandlers): void {
  const operations = listOperations()
  checkHandlers(operations, handlers)
  const headPaths = new Set(operations.filter((operation) => operation.method === 'HEAD').map((operation) => operation.path))
  for (const operation of operations) {
    const body = operation.bodySchema === undefined ? undefined : generatedSchema(operation.bodySchema)
    const querystring = parameterSchema(operation.parameters, 'query')
    const params = parameterSchema(operation.parameters, 'path')
    const validatorCompiler = validatorCompilerFor(operation.surface)
    app.route({
      method: operation.method,
      url: operation.url,
      exposeHeadRoute: operation.method === 'GET' && !headPaths.has(operation.path),
      schema: {
        ...(body === undefined ? {} : { body }),
        ...(querystring === undefined ? {} : { querystring }),
        ...(params === undefined ? {} : { params }),
      },
      config: { operationId: operation.operationId, surface: operation.surface },
      ...(validatorCompiler === undefined ? {} : { validatorCompiler }),
      ...(body !== undefined && !operation.bodyRequired ? { preValidation: emptyBodyAsObject } : {}),
      handler: operation.method === 'GET' || operation.method === 'HEAD'
        ? handlers[operation.operationId]!
        : inUnitOfWork(handlers[operation.operationId]!),
    })
  }
}

function generatedSchema(name: string): TSchema {
  const schema = (Schemas as Record<string, unknown>)[`${name}Schema`]
  if (schema === undefined) throw new Error(`schemas/ has no ${name}Schema: run npm run generate`)
  return schema as TSchema
}

function parameterSchema(parameters: readonly OpenApiParameter[], location: 'query' | 'path'): object | undefined {
  const selected = parameters.filter((parameter) => parameter.in === location)
  if (selected.length === 0) return undefined
  return {
    type: 'object',
    properties: Object.fromEntries(selected.map((parameter) => [parameter.name, parameter.schema])),
    required: selected.filter((parameter) => parameter.required === true).map((parameter) => parameter.name),
  }
}

async function emptyBodyAsObject(request: FastifyRequest): Promise<void> {
  if (request.body === undefined) request.body = {}
}
