import { AjvCompiler } from '@fastify/ajv-compiler'
import type { FastifySchemaCompiler } from 'fastify'
import type { Surface } from '../errors/error-codes.js'

/** Ajv as every route validates: the spec's own keyword known, and no type coercion (a number where the contract says string is a client error). */
export const AJV_OPTIONS = { keywords: ['x-error-code'], coerceTypes: false } as const

type Compiler = FastifySchemaCompiler<unknown>

function compiler(options: { allErrors: boolean; coerceTypes: boolean }): Compiler {
  return AjvCompiler()({}, { customOptions: { ...AJV_OPTIONS, keywords: [...AJV_OPTIONS.keywords], ...options } }) as unknown as Compiler
}

/**
 * `/auth` answers a 422 listing every invalid field, as FastAPI does, so its routes collect all
 * errors. Only there: collecting every error costs more on hostile input, and the other surfaces
 * name one. Bodies are at most 16 KiB of small flat objects with bounded strings, so the cost stays
 * small.
 *
 * Bodies are JSON and keep their types. Query strings and path segments are text: there a number
 * the contract declares (`?limit=20`) is read from its digits, as every HTTP framework reads it;
 * anything that is not one is still refused.
 */
const compilers: Readonly<Record<'body' | 'text', Readonly<Record<'first' | 'every', Compiler>>>> = {
  body: { first: compiler({ allErrors: false, coerceTypes: false }), every: compiler({ allErrors: true, coerceTypes: false }) },
  text: { first: compiler({ allErrors: false, coerceTypes: true }), every: compiler({ allErrors: true, coerceTypes: true }) },
}

/** The validator compiler of a surface's routes. */
export function validatorCompilerFor(surface: Surface): Compiler {
  const errors = surface === 'jwt' ? 'every' : 'first'
  return (route) => {
    const part = route.httpPart === 'querystring' || route.httpPart === 'params' ? 'text' : 'body'
    return compilers[part][errors](route)
  }
}
