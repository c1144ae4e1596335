import type { FastifyReply, FastifyRequest, onSendHookHandler, preHandlerHookHandler } from 'fastify'
import type { CookieAttributes } from '../auth/cookie-policy.js'
import { AppError } from '../errors/error-codes.js'
import { digest, normalizeEmail } from './client-key.js'
import { DEVICE_COOKIE_MAX_AGE_SECONDS, DEVICE_COOKIE_NAME, type DeviceCookies } from './device-cookie.js'
import type { Reservation, ThrottleStore } from './sign-in-throttle.js'

export interface SignInGuard {
  /** preHandler of a password step: count the attempt first, then let it be evaluated, or 429. */
  readonly reserveAttempt: preHandlerHookHandler
  /** onSend (and onResponse, for an answer never sent) of a password step: a success gives the count back, anything else keeps it. */
  readonly settleAttempt: (request: FastifyRequest, reply: FastifyReply) => Promise<void>
  /** onSend of every sign-in step: a completed sign-in leaves a fresh device cookie. */
  readonly issueDeviceCookie: onSendHookHandler
  /**
   * For a handler that checks the password of the account it serves (re-authentication): counts
   * the attempt as a sign-in attempt of that account, or throws RATE_LIMITED with the delay's
   * headers. settleAttempt settles it before the answer goes out.
   */
  readonly reserveFor: (request: FastifyRequest, reply: FastifyReply, email: string) => Promise<void>
}

/**
 * The sign-in policy, in hooks around the handlers of every surface. An attempt that presents a
 * valid device cookie for the account tried is counted against that device alone; any other is
 * counted against the account (by a digest of its email, known or not).
 */
export function createSignInGuard(options: {
  readonly store: ThrottleStore
  readonly devices: DeviceCookies
  readonly cookieAttributes: CookieAttributes
  /** Attempts a key may fail before it is delayed: the RateLimit-Limit of a delayed attempt's 429. */
  readonly budget: number
  readonly now: () => number
  readonly onSettleError: (error: unknown) => void
}): SignInGuard {
  const { store, devices, now } = options
  const reservations = new WeakMap<FastifyRequest, Reservation>()
  /** Counts the attempt against the device or the account; false (with the delay's headers set) when it is refused. */
  async function reserve(request: FastifyRequest, reply: FastifyReply, email: string): Promise<boolean> {
    // The one cookie parser of the service, so every decision reads the same value.
    const cookie = request.server.parseCookie(request.headers.cookie ?? '')[DEVICE_COOKIE_NAME]
    const device = devices.verify(cookie, email, now())
    const key = device === undefined ? accountThrottleKey(email) : deviceThrottleKey(device.id)
    const result = await store.reserve(key, now())
    if (!result.allowed) {
      // This limit refused: its own numbers, not those of the per-IP limit that let it through.
      reply
        .header('retry-after', result.retryAfterSeconds)
        .header('ratelimit-limit', options.budget)
        .header('ratelimit-remaining', 0)
        .header('ratelimit-reset', result.retryAfterSeconds)
      return false
    }
    reservations.set(request, result)
    return true
  }
  return {
    async reserveAttempt(request: FastifyRequest, reply: FastifyReply) {
      const email = (request.body as { email?: unknown } | undefined)?.email
      if (typeof email !== 'string') return
      if (!await reserve(request, reply, email)) return reply.sendError('RATE_LIMITED')
    },
    async reserveFor(request: FastifyRequest, reply: FastifyReply, email: string) {
      if (!await reserve(request, reply, email)) throw new AppError('RATE_LIMITED', 'Too many wrong passwords or codes; retry later')
    },
    async settleAttempt(request: FastifyRequest, reply: FastifyReply) {
      const reservation = reservations.get(request)
      if (reservation === undefined) return
      reservations.delete(request)
      await reservation.settle(reply.statusCode < 300 ? 'success' : 'failure').catch(options.onSettleError)
    },
    async issueDeviceCookie(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
      if (reply.statusCode >= 300) return payload
      const email = signedInEmail(payload)
      // A challenge for a second factor is not a sign-in yet: no device cookie until it is done.
      if (email === undefined) return payload
      // Appended as a header (Fastify adds to Set-Cookie): by now @fastify/cookie's own onSend
      // may have run, and a cookie queued with reply.setCookie would not be sent.
      reply.header('set-cookie', request.server.serializeCookie(DEVICE_COOKIE_NAME, devices.issue(email, now()), { ...options.cookieAttributes, maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS }))
      return payload
    },
  }
}

/** The key that counts sign-in attempts on an account without a device cookie: a digest of its address, known or not. */
export function accountThrottleKey(email: string): string {
  return `account:${digest(normalizeEmail(email))}`
}

/** The key that counts sign-in attempts from one device cookie's browser. */
export function deviceThrottleKey(deviceId: string): string {
  return `device:${digest(deviceId)}`
}

/** The email of the user a sign-in answer carries (`user.email` on every surface), if any. */
export function signedInEmail(payload: unknown): string | undefined {
  if (typeof payload !== 'string') return undefined
  try {
    const email = (JSON.parse(payload) as { user?: { email?: unknown } } | null)?.user?.email
    return typeof email === 'string' ? email : undefined
  } catch {
    return undefined
  }
}
