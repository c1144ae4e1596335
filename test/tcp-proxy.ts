import net from 'node:net'
import type { TestContext } from './helper.js'

export interface TcpProxy {
  readonly port: number
  /** Drops every connection and refuses new ones: the database is "down". */
  cut(): void
  /** Accepts connections again. */
  restore(): void
}

/** A loopback TCP proxy in front of a server, which a test can cut and restore. */
export async function startTcpProxy(t: TestContext, targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>()
  let open = true
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy()
      return
    }
    const upstream = net.connect(targetPort, targetHost)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {})
    }
    client.pipe(upstream).pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    for (const socket of sockets) socket.destroy()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return {
    port: (server.address() as net.AddressInfo).port,
    cut(): void {
      open = false
      for (const socket of sockets) socket.destroy()
    },
    restore(): void {
      open = true
    },
  }
}
