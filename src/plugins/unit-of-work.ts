import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import { auditingRequest } from '../audit/audit-trail.js'
import { isClientError } from '../errors/client-error.js'

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Runs `fn` once the request's unit of work has committed (at once outside one); never after a
     * rollback. For effects the database cannot take back: an email must not carry a link to a
     * row that was rolled back.
     */
    afterCommit(fn: () => void): void
  }
}

const READS = new Set(['GET', 'HEAD'])

/**
 * GETs that change state: the links a person opens from an email, which sign in and confirm an
 * address. Each runs as a unit of work as a POST does: its row locks hold until it commits (a
 * sign-in in flight is ordered with the confirmation), and it lands whole.
 */
const EMAILED_LINKS: ReadonlySet<string> = new Set(['nativeMagicLinkVerify', 'nativeVerifyEmail'])

/**
 * Every state-changing operation of the contract runs as one unit of work (src/db/unit-of-work.ts):
 * its writes, Better Auth's included, and its audit events commit together. A failure the client
 * is told about (a 4xx) keeps what was written, since a counted wrong code or a revoked token
 * family must stay; a failure of ours (a 5xx) rolls it all back, and what waited for the commit
 * (an email) never happens. The answer leaves after the commit, never before it.
 */
export const unitOfWorkPlugin = fp(async (app: FastifyInstance) => {
  const { units } = app.database
  app.decorate('afterCommit', (fn: () => void) => units.afterCommit(fn))
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.config?.surface === undefined) return
    if (!changesState(route.method) && !EMAILED_LINKS.has(route.config.operationId ?? '')) return
    const handler = route.handler
    route.handler = async function inUnitOfWork(this: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
      const held = holdSend(reply)
      let result: unknown
      try {
        result = await auditingRequest(request, () => units.run(
          async () => handler.call(this, request, reply),
          (error) => isClientError(request, error),
        ))
      } finally {
        held.restore()
      }
      return held.release(result)
    }
  })
}, { name: 'unit-of-work', dependencies: ['database'] })

/**
 * An answer sent from inside the unit (`reply.send()`, a redirect) waits for the unit's end: sent
 * before the commit, it would tell the client of a change that its next request may not see yet,
 * or that a failing commit then takes back (the client would hear 204 and the error be lost).
 * A reply is a thenable that settles once the answer has left; while an answer is held it is not
 * one, or a handler returning it (`return reply.send()`) would wait for itself.
 */
function holdSend(reply: FastifyReply): { restore(): void, release(result: unknown): unknown } {
  let held: { payload: unknown } | undefined
  const holding = reply as unknown as { send: (payload?: unknown) => FastifyReply, then: unknown }
  holding.send = (payload?: unknown) => {
    held = { payload }
    holding.then = undefined
    return reply
  }
  return {
    restore: () => {
      Reflect.deleteProperty(holding, 'send')
      Reflect.deleteProperty(holding, 'then')
    },
    release: (result) => held === undefined ? result : reply.send(held.payload),
  }
}

function changesState(method: RouteOptions['method']): boolean {
  return (Array.isArray(method) ? method : [method]).some((one) => !READS.has(one.toUpperCase()))
}
