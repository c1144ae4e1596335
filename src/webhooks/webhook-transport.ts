import { promises as dns } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { isPublicAddress } from './address-policy.js'

/** A name's addresses, as `dns.lookup(name, { all: true })` gives them. */
export type Resolve = (hostname: string) => Promise<ReadonlyArray<{ address: string; family: number }>>

export const systemResolve: Resolve = (hostname) => dns.lookup(hostname, { all: true, order: 'verbatim' })

export interface WebhookAnswer {
  /** The receiver's HTTP status; null when none came. */
  readonly statusCode: number | null
  readonly durationMs: number
  /** The start of the receiver's answer (at most RESPONSE_EXCERPT_BYTES), control characters removed. */
  readonly excerpt: string | null
  /** Why no answer came, or null. */
  readonly error: string | null
}

export interface WebhookTransport {
  /** POSTs `body` to `url`; never throws: the answer says what happened. */
  post(url: string, body: string, headers: Readonly<Record<string, string>>): Promise<WebhookAnswer>
}

export const RESPONSE_EXCERPT_BYTES = 1024

/** A receiver's address is refused: it is not globally routable (see address-policy.ts). */
export class NonPublicAddressError extends Error {
  override name = 'NonPublicAddressError'
  readonly code = 'ENONPUBLIC'
}

/**
 * Whether `hostname` (a URL's, brackets and all) may be sent to: with `allowPrivate` any name
 * that resolves; otherwise only one whose every address is public. Used at registration; delivery
 * checks again on the addresses it connects to.
 */
export async function checkReceiverHost(hostname: string, options: { allowPrivate: boolean; resolve: Resolve }): Promise<'ok' | 'unresolvable' | 'non-public'> {
  const bare = hostname.replace(/^\[|\]$/g, '')
  if (isIP(bare) !== 0) return options.allowPrivate || isPublicAddress(bare) ? 'ok' : 'non-public'
  let addresses: ReadonlyArray<{ address: string }>
  try {
    addresses = await options.resolve(bare)
  } catch {
    return 'unresolvable'
  }
  if (addresses.length === 0) return 'unresolvable'
  return options.allowPrivate || addresses.every((entry) => isPublicAddress(entry.address)) ? 'ok' : 'non-public'
}

/**
 * Webhook requests: one POST each, a deadline for the whole exchange, no redirect followed (a 3xx
 * is an answer, and not a 2xx), and the answer's body read no further than its first KiB. Unless
 * private receivers are allowed, the connection is made only to public addresses: the name is
 * resolved by our own `lookup`, which refuses it when any address is not public, so what is
 * connected to is what was checked (a second resolution, as a rebinding attack needs, never
 * happens); IP literals, which skip `lookup`, are checked before. With `httpsOnly` (production),
 * a URL that is not https is refused before any connection, as registration refuses it: an
 * endpoint stored earlier (before the service ran in production) never gets a payload in clear.
 */
export function createWebhookTransport(options: { allowPrivate: boolean; httpsOnly: boolean; timeoutMs: number; resolve?: Resolve }): WebhookTransport {
  const resolve = options.resolve ?? systemResolve
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolve(hostname).then((addresses) => {
      const refused = addresses.find((entry) => !isPublicAddress(entry.address))
      if (!options.allowPrivate && refused !== undefined) throw new NonPublicAddressError(`${hostname} resolves to a non-public address`)
      if (addresses.length === 0) throw Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' })
      const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? addresses.filter((entry) => entry.family === lookupOptions.family) : addresses
      if (lookupOptions.all === true) callback(null, wanted.map((entry) => ({ address: entry.address, family: entry.family })))
      else callback(null, wanted[0]?.address ?? '', wanted[0]?.family ?? 4)
    }).catch((error: unknown) => callback(error as NodeJS.ErrnoException, '', 4))
  }

  return {
    post(url, body, headers) {
      const started = performance.now()
      const elapsed = (): number => Math.round(performance.now() - started)
      const target = new URL(url)
      if (options.httpsOnly && target.protocol !== 'https:') {
        return Promise.resolve({ statusCode: null, durationMs: 0, excerpt: null, error: 'EINSECURE: webhooks are sent over https only in production; change the endpoint\'s URL to https' })
      }
      const literal = target.hostname.replace(/^\[|\]$/g, '')
      if (!options.allowPrivate && isIP(literal) !== 0 && !isPublicAddress(literal)) {
        return Promise.resolve({ statusCode: null, durationMs: 0, excerpt: null, error: 'ENONPUBLIC: the receiver\'s address is not public' })
      }
      return new Promise<WebhookAnswer>((resolveAnswer) => {
        let settled = false
        const finish = (answer: Omit<WebhookAnswer, 'durationMs'>): void => {
          if (settled) return
          settled = true
          clearTimeout(deadline)
          resolveAnswer({ ...answer, durationMs: elapsed() })
        }
        const client = target.protocol === 'https:' ? https : http
        const request = client.request(target, {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          lookup,
          agent: false,
        }, (response) => {
          const chunks: Buffer[] = []
          let size = 0
          const done = (): void => {
            finish({ statusCode: response.statusCode ?? null, excerpt: excerptOf(Buffer.concat(chunks)), error: null })
            response.destroy()
          }
          response.on('data', (chunk: Buffer) => {
            chunks.push(chunk)
            size += chunk.length
            if (size >= RESPONSE_EXCERPT_BYTES) done()
          })
          response.on('end', done)
          response.on('error', done)
        })
        const deadline = setTimeout(() => request.destroy(Object.assign(new Error(`no answer within ${options.timeoutMs} ms`), { code: 'ETIMEDOUT' })), options.timeoutMs)
        request.on('error', (error: NodeJS.ErrnoException) => finish({ statusCode: null, excerpt: null, error: describeRequestError(error) }))
        request.end(body)
      })
    },
  }
}

function excerptOf(bytes: Buffer): string {
  // Cut at the limit, then decoded: a character split by the cut becomes U+FFFD, and the text
  // stays within the limit once control characters are replaced one for one.
  return bytes.subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').slice(0, RESPONSE_EXCERPT_BYTES)
}

/** The error's code and first line, without control characters; never the request's body. */
function describeRequestError(error: NodeJS.ErrnoException): string {
  const message = (error.message.split('\n')[0] ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 300)
  return typeof error.code === 'string' ? `${error.code}: ${message}` : message
}
