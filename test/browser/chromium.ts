import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type net from 'node:net'
import { chromium, type Browser } from 'playwright-core'
import type { TestContext } from '../helper.js'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Why the browser tests cannot run here, or false: they skip on a laptop without Chromium, and run on CI. */
export const skipWithoutChromium: string | false = existsSync(CHROMIUM_PATH)
  ? false
  : `needs Chromium at ${CHROMIUM_PATH} (Debian package "chromium": apt-get install chromium)`

/** Debian's Chromium, headless, with nothing that would reach outside this machine. */
export async function launchChromium(t: TestContext): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  t.teardown(() => browser.close())
  return browser
}

/** A front end: an empty page served on its own origin, from which a test runs fetch calls. */
export async function servePage(t: TestContext): Promise<{ port: number }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end('<!doctype html><title>front end</title><h1>front end</h1>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { port: (server.address() as net.AddressInfo).port }
}
