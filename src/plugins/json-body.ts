import fp from 'fastify-plugin'
import { errorCodes, type FastifyInstance } from 'fastify'
import { AppError } from '../errors/error-codes.js'

/**
 * JSON bodies only, parsed with Fastify's own prototype-poisoning-safe parser, except that an
 * empty body is no body, whatever its Content-Type: `curl -X POST -H 'Content-Type:
 * application/json'` and a bare `axios.post(url)` (form-urlencoded, Content-Length: 0) on sign-out
 * are fine, and an operation that needs a body answers with a validation error instead.
 */
export const jsonBodyPlugin = fp(async (app: FastifyInstance) => {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  // JSON is the only body the contract takes: anything else is 415, not a string to validate.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') {
      done(null, undefined)
      return
    }
    void parseJson(request, body as string, (error, parsed) => {
      if (error !== null) { done(error, undefined); return; }
      const unstorable = findUnstorableString(parsed)
      if (unstorable !== undefined) { done(new AppError('VALIDATION_ERROR', `${unstorable}: text must be well-formed Unicode without NUL characters`), undefined); return; }
      done(null, parsed)
    })
  })
  // Any other type: nothing to parse when nothing was sent; a body that is there is not JSON.
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    if ((body as Buffer).length === 0) {
      done(null, undefined)
      return
    }
    done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(), undefined)
  })
  // The same for the path and the query string, which reach the database too (a reset token).
  app.addHook('preValidation', async (request) => {
    const unstorable = findUnstorableString(request.params, 'params') ?? findUnstorableString(request.query, 'query')
    if (unstorable !== undefined) throw new AppError('VALIDATION_ERROR', `${unstorable}: text must be well-formed Unicode without NUL characters`)
  })
}, { name: 'json-body', dependencies: ['errors'] })

/**
 * PostgreSQL cannot store a NUL character, and a lone UTF-16 surrogate would be stored as U+FFFD:
 * one is a 500 waiting to happen, the other data silently changed. Both are refused up front.
 * Returns the path of the first such string, or undefined.
 */
export function findUnstorableString(value: unknown, path = 'body'): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') || !value.isWellFormed() ? path : undefined
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableString(item, `${path}[${index}]`)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableString(key, path) ?? findUnstorableString(item, `${path}.${key}`)
      if (found !== undefined) return found
    }
  }
  return undefined
}
