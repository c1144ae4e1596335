import { AjvCompiler } from '@fastify/ajv-compiler'
import type { FastifySchemaCompiler } from 'fastify'
import type { Surface } from '../errors/error-codes.js'

/** Ajv as every route validates: the spec's own keyword known, and no type coercion (a number where the contract says string is a client error). */
export const AJV_OPTIONS = { keywords: ['x-error-code'], coerceTypes: false } as const

/**
 * `/auth` answers a 422 listing every invalid field, as FastAPI does, so its routes collect all
 * errors. Only there: collecting every error costs more on hostile input, and the other surfaces
 * name one. Bodies are at most 16 KiB of small flat objects with bounded strings, so the cost stays
 * small.
 */
const collectEveryError = AjvCompiler()({}, { customOptions: { ...AJV_OPTIONS, keywords: [...AJV_OPTIONS.keywords], allErrors: true } })

/** The validator compiler of a surface's routes; undefined for Fastify's own (first error only). */
export function validatorCompilerFor(surface: Surface): FastifySchemaCompiler<unknown> | undefined {
  return surface === 'jwt' ? (collectEveryError as unknown as FastifySchemaCompiler<unknown>) : undefined
}
