import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'

/**
 * JSON bodies only, parsed with Fastify's own prototype-poisoning-safe parser, except that an empty
 * body is no body: `curl -X POST -H 'Content-Type: application/json'` on sign-out is fine, and
 * an operation that needs a body answers with a validation error instead.
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
    parseJson(request, body as string, done)
  })
}, { name: 'json-body' })
