import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { systemClock, type Clock } from '../clock.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The time every policy reads; see src/clock.ts. */
    clock: Clock
  }
}

export const clockPlugin = fp(async (app: FastifyInstance, options: { clock?: Clock }) => {
  app.decorate('clock', options.clock ?? systemClock)
}, { name: 'clock' })
