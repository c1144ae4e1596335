import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

/** A caller's X-Request-Id is kept when it is a plain token (so a trace spans services), else replaced. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id']
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID()
}


/**
 * The HTTP server Fastify would make (its timeouts included), with one step before Fastify's:
 * a request that `answersEarly` claims is answered there, before Fastify routes it, builds its
 * request and reply, and runs its hooks. It is for the browser's CORS preflight, the most common
 * request of a cross-origin client and one with nothing to do but say which origin may call.
 */
export function createHttpServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  options: Readonly<Record<string, unknown>>,
  answersEarly: (request: IncomingMessage, response: ServerResponse) => boolean,
): Server {
  const server = createServer((request, response) => {
    if (!answersEarly(request, response)) handler(request, response)
  })
  // What Fastify sets on the server it makes, from its resolved options.
  const timeout = (name: string): number | undefined => typeof options[name] === 'number' ? options[name] : undefined
  server.keepAliveTimeout = timeout('keepAliveTimeout') ?? server.keepAliveTimeout
  server.requestTimeout = timeout('requestTimeout') ?? server.requestTimeout
  server.setTimeout(timeout('connectionTimeout') ?? 0)
  const maxRequestsPerSocket = timeout('maxRequestsPerSocket')
  if (maxRequestsPerSocket !== undefined && maxRequestsPerSocket > 0) server.maxRequestsPerSocket = maxRequestsPerSocket
  return server
}
