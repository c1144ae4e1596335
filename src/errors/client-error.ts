import type { FastifyRequest } from 'fastify'
import { mapError } from './map-error.js'
import { surfaceOf } from './render-error.js'

/** Whether an error is a failure the client is told about (a 4xx), not one of ours (a 5xx). */
export function isClientError(request: FastifyRequest, error: unknown): boolean {
  const mapped = mapError(error, request, surfaceOf(request))
  return !mapped.unexpected && mapped.status < 500
}
