import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { listOperations, readSpec, type OpenApiDocument, type Operation } from '../contract/spec.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** openapi.yaml, read and parsed once for every plugin that follows it. */
    contract: Contract
  }
}

export interface Contract {
  /** The spec as written, served at `/openapi.yaml`. */
  readonly text: string
  readonly document: OpenApiDocument
  /** Every operation, as the router, the rate limiter and the origin policy read it. */
  readonly operations: readonly Operation[]
}

/** The contract, for the plugins that take their routes, limits and CORS exceptions from it. */
export const contractPlugin = fp(async (app: FastifyInstance) => {
  const { text, document } = readSpec()
  app.decorate('contract', Object.freeze({ text, document, operations: Object.freeze(listOperations(document)) }))
}, { name: 'contract' })
