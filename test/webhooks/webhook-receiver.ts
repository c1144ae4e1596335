import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import type { TestContext } from '../helper.js'

/** One request the receiver took, with what its signature check said for each secret it knows. */
export interface Received {
  readonly id: string
  readonly timestamp: string
  readonly signature: string
  readonly body: string
  readonly payload: { type: string; timestamp: string; data: Record<string, unknown> }
  /** The secrets (by index in `secrets`) that verified this request with `standardwebhooks`. */
  readonly verifiedBy: number[]
  /** The status it was answered with. */
  readonly status: number
  readonly at: number
}

export interface Receiver {
  readonly url: string
  /** Every request, in order of arrival, whatever it was answered. */
  readonly requests: Received[]
  /** The requests answered 2xx: what a receiver has taken. */
  accepted(): Received[]
  /** Secrets a request is checked against (`standardwebhooks`' Webhook.verify). */
  secrets: string[]
  /**
   * How the next requests are answered: a status (with a body and headers, after `delayMs`: a slow
   * receiver), or a hold until `release()` (a hung receiver).
   */
  answer: (request: Received) => number | 'hold' | { status: number; body?: string; headers?: Record<string, string>; delayMs?: number }
  release(): void
  /** Requests open now: taken, and neither answered nor given up by the sender (its connection closed). */
  open(): number
  /** The most requests that were open at once. */
  readonly mostOpen: number
  waitUntil(condition: () => boolean, timeoutMs?: number): Promise<void>
}

/**
 * A real HTTP receiver on loopback that checks every request's signature as a backend would,
 * with the `standardwebhooks` package, against each secret it was given.
 */
export async function startReceiver(t: TestContext): Promise<Receiver> {
  const held: Array<() => void> = []
  let open = 0
  const receiver: Receiver = {
    url: '',
    requests: [],
    accepted: () => receiver.requests.filter((request) => request.status >= 200 && request.status < 300),
    secrets: [],
    answer: () => 204,
    release() {
      for (const release of held.splice(0)) release()
    },
    open: () => open,
    mostOpen: 0,
    async waitUntil(condition, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`receiver: condition not met within ${timeoutMs} ms (${receiver.requests.length} requests)`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
  }
  const server = http.createServer((request, response) => {
    open += 1
    ;(receiver as { mostOpen: number }).mostOpen = Math.max(receiver.mostOpen, open)
    response.on('close', () => { open -= 1 })
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const headers = {
        'webhook-id': String(request.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
      }
      const verifiedBy = receiver.secrets.flatMap((secret, index) => {
        try {
          new Webhook(secret).verify(body, headers)
          return [index]
        } catch {
          return []
        }
      })
      const entry: Omit<Received, 'status'> = {
        id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], signature: headers['webhook-signature'], body,
        payload: JSON.parse(body) as Received['payload'], verifiedBy, at: Date.now(),
      }
      const decision = receiver.answer({ ...entry, status: 0 })
      if (decision === 'hold') {
        held.push(() => { response.statusCode = 204; response.end() })
        receiver.requests.push({ ...entry, status: 0 })
        return
      }
      const answer = typeof decision === 'number' ? { status: decision, body: decision >= 300 ? `refused with ${decision}` : '' } : decision
      receiver.requests.push({ ...entry, status: answer.status })
      const send = (): void => {
        response.writeHead(answer.status, answer.headers)
        response.end(answer.body ?? '')
      }
      if (typeof decision === 'object' && decision.delayMs !== undefined) setTimeout(send, decision.delayMs)
      else send()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(async () => {
    receiver.release()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })
  ;(receiver as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
  return receiver
}
