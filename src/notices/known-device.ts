import { isIPv6 } from 'node:net'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Address6 } from 'ip-address'
import { createDeviceCookies, DEVICE_COOKIE_NAME, type DeviceCookies } from '../rate-limit/device-cookie.js'
import { addressesSeenWithUserAgent } from '../sessions/device-history-repository.js'

/**
 * The network a device is taken to stay in: an IPv4 /24, an IPv6 /64 (a home or office router
 * renumbering its clients within them does not make a device new).
 */
export function deviceNetwork(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  const address = mapped?.[1] ?? ip
  if (!isIPv6(address)) return `${address.split('.').slice(0, 3).join('.')}.0/24`
  try {
    return `${new Address6(`${address}/64`).startAddress().correctForm()}/64`
  } catch {
    return address
  }
}

const deviceCookies = new WeakMap<FastifyInstance, DeviceCookies>()

async function deviceCookiesOf(app: FastifyInstance): Promise<DeviceCookies> {
  let cookies = deviceCookies.get(app)
  if (cookies === undefined) {
    cookies = createDeviceCookies((await app.auth.$context).secret)
    deviceCookies.set(app, cookies)
  }
  return cookies
}

/**
 * Whether the request comes from a device the account's holder used before: it presents a valid
 * device cookie for the account (src/rate-limit/device-cookie.ts), or the holder was seen with
 * this user agent from this network (an earlier sign-in, sign-out, confirmation or change in the
 * audit trail, or another of the account's sessions — the one its sign-up opened included).
 * `sessionId` is the session this sign-in just opened: it proves nothing about itself.
 */
export async function isKnownDevice(request: FastifyRequest, account: { readonly id: string; readonly email: string }, sessionId: string | null | undefined): Promise<boolean> {
  const { server } = request
  const cookie = server.parseCookie(request.headers.cookie ?? '')[DEVICE_COOKIE_NAME]
  if (cookie !== undefined && (await deviceCookiesOf(server)).verify(cookie, account.email, server.clock.nowMs()) !== undefined) return true
  const network = deviceNetwork(request.ip)
  const seen = await addressesSeenWithUserAgent(server.db, account.id, request.headers['user-agent'] ?? null, { exceptSessionId: sessionId })
  return seen.some((address) => deviceNetwork(address) === network)
}
