import { createHash } from 'node:crypto'
import { isIPv6 } from 'node:net'
import { Address6 } from 'ip-address'

/**
 * The client an IP limit counts: the address itself for IPv4, its /64 for IPv6, since one
 * subscriber usually holds a whole /64 and could otherwise rotate through it.
 */
export function clientNetwork(ip: string): string {
  if (!isIPv6(ip)) return ip
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped !== null) return mapped[1]!
  return `${new Address6(`${ip}/64`).startAddress().correctForm()}/64`
}

/** Emails and tokens are counted by digest, so neither appears in Redis keys. */
export function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 32)
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}
