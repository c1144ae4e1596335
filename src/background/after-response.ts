import type { FastifyBaseLogger, FastifyReply } from 'fastify'
import type { UnitsOfWork } from '../db/unit-of-work.js'

export interface AfterResponse {
  /**
   * Runs `work` once the answer has been sent, in a unit of work of its own (its own
   * transaction, committed when it succeeds, rolled back when it throws). Its failure is logged,
   * never lost and never answered.
   */
  run(reply: FastifyReply, name: string, work: () => Promise<unknown>): void
  /** Resolves once every piece of work handed to `run` has finished: awaited when the app closes. */
  idle(): Promise<void>
}

export interface AfterResponseOptions {
  readonly units: UnitsOfWork
  readonly log: FastifyBaseLogger
  /** Awaited before each piece of work starts; tests hold it to see what the answer alone did. */
  readonly gate?: () => Promise<void>
}

/**
 * Work that depends on whether an account exists (its lookup, a token, an email) runs after the
 * answer, so an endpoint that always answers the same also answers in the same time: the
 * answer is sent before anything account-dependent has happened.
 */
export function createAfterResponse(options: AfterResponseOptions): AfterResponse {
  const pending = new Set<Promise<void>>()

  async function execute(name: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await options.gate?.()
      await options.units.run(work)
    } catch (error) {
      options.log.warn({ work: name, reason: error instanceof Error ? error.message : 'unknown' }, 'background work failed')
    }
  }

  return {
    run(reply, name, work): void {
      let started = false
      const start = (): void => {
        if (started) return
        started = true
        // On the next turn of the event loop: whatever completes the answer (a write to the
        // socket, the caller's continuation in-process) goes first, so an embedded database's
        // work on this thread cannot delay it either.
        const running = new Promise<void>((resolve) => setImmediate(resolve)).then(() => execute(name, work))
        pending.add(running)
        void running.finally(() => pending.delete(running))
      }
      // 'close' also covers a client that went away before the answer was written.
      reply.raw.once('finish', start)
      reply.raw.once('close', start)
    },
    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending])
    },
  }
}
