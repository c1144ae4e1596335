import { isIP } from 'node:net'
import { Address4, Address6 } from 'ip-address'

/**
 * Which IP addresses a webhook may be sent to in production: globally routable unicast only.
 * A receiver URL that reaches the service's own network (loopback, private ranges, link-local
 * and cloud metadata at 169.254.169.254, CGNAT, multicast…) would let whoever registers an
 * endpoint make the service send requests inside it (server-side request forgery). The check
 * runs on the addresses actually connected to (webhook-transport.ts), so a name that resolves
 * elsewhere at delivery than at registration (DNS rebinding) is caught too.
 */

/** IPv4 ranges that are not globally routable unicast (IANA special-purpose registry). */
const IPV4_REFUSED = [
  '0.0.0.0/8', // "this network", unspecified
  '10.0.0.0/8', // private
  '100.64.0.0/10', // shared address space (CGNAT)
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, cloud metadata
  '172.16.0.0/12', // private
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation
  '192.88.99.0/24', // 6to4 relay anycast (deprecated)
  '192.168.0.0/16', // private
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation
  '203.0.113.0/24', // documentation
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, broadcast
].map((range) => new Address4(range))

/** Global unicast IPv6 is 2000::/3; inside it, these are not reachable destinations of their own. */
const IPV6_GLOBAL = new Address6('2000::/3')
const IPV6_REFUSED = [
  '2001::/23', // IETF protocol assignments (Teredo, ORCHID, benchmarking…)
  '2001:db8::/32', // documentation
  '3fff::/20', // documentation
].map((range) => new Address6(range))

/** IPv6 forms that carry an IPv4 address, which decides: mapped, NAT64, 6to4. */
const IPV4_MAPPED = new Address6('::ffff:0:0/96')
const NAT64 = new Address6('64:ff9b::/96')
const SIX_TO_FOUR = new Address6('2002::/16')

/** Whether `address` (an IPv4 or IPv6 literal, as a resolver returns it) is globally routable unicast. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  const family = isIP(bare)
  if (family === 4) return isPublicIpv4(bare)
  if (family === 6) return isPublicIpv6(bare)
  return false
}

function isPublicIpv4(address: string): boolean {
  if (!Address4.isValid(address)) return false
  const parsed = new Address4(address)
  return !IPV4_REFUSED.some((range) => parsed.isInSubnet(range))
}

function isPublicIpv6(address: string): boolean {
  // A zone (`fe80::1%eth0`) names a link: never global.
  if (address.includes('%') || !Address6.isValid(address)) return false
  const parsed = new Address6(address)
  if (parsed.isInSubnet(IPV4_MAPPED) || parsed.isInSubnet(NAT64)) return isPublicIpv4(parsed.to4().correctForm())
  if (parsed.isInSubnet(SIX_TO_FOUR)) return isPublicIpv4(Address4.fromHex(parsed.getBitsBase16(16, 48)).correctForm())
  return parsed.isInSubnet(IPV6_GLOBAL) && !IPV6_REFUSED.some((range) => parsed.isInSubnet(range))
}
