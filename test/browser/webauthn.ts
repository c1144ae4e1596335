import { createServer, type Server } from 'node:http'
import type net from 'node:net'
import { build as bundle } from 'esbuild'
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core'
import type { TestContext } from '../helper.js'

/**
 * What the test pages load, bundled for the browser as a front end would ship it: the official
 * Better Auth client with its passkey plugin, and @simplewebauthn/browser.
 */
const ENTRY = `
import { createAuthClient } from 'better-auth/client'
import { passkeyClient } from '@better-auth/passkey/client'
import { startAuthentication, startRegistration } from '@simplewebauthn/browser'
window.passkeyPage = {
  authClient: (baseURL) => createAuthClient({ baseURL, plugins: [passkeyClient()] }),
  startAuthentication,
  startRegistration,
}
`

let bundled: Promise<string> | undefined

export function pageScript(): Promise<string> {
  bundled ??= bundle({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text)
  return bundled
}

/** A front end serving one page that loads the bundle; every host name that reaches it is its origin. */
export async function serveFrontEnd(t: TestContext): Promise<{ port: number }> {
  const script = await pageScript()
  const server: Server = createServer((request, response) => {
    if (request.url === '/client.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
      response.end(script)
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end('<!doctype html><title>front end</title><script src="/client.js"></script><h1>front end</h1>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { port: (server.address() as net.AddressInfo).port }
}

/** A device: a browser profile with its own platform authenticator (CTAP2, internal, resident keys, user verification). */
export interface Device {
  readonly context: BrowserContext
  readonly page: Page
  readonly cdp: CDPSession
  readonly authenticatorId: string
  credentials(): Promise<VirtualCredential[]>
}

/** A credential as the DevTools protocol shows (and takes) it. */
export interface VirtualCredential {
  credentialId: string
  isResidentCredential: boolean
  rpId?: string
  privateKey: string
  userHandle?: string
  signCount: number
}

export async function openDevice(t: TestContext, browser: Browser, url: string, options: { userVerified?: boolean } = {}): Promise<Device> {
  const context = await browser.newContext()
  t.teardown(() => context.close())
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => 'passkeyPage' in globalThis)
  const cdp = await context.newCDPSession(page)
  await cdp.send('WebAuthn.enable', { enableUI: false })
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: options.userVerified ?? true,
      automaticPresenceSimulation: true,
    },
  })
  return {
    context, page, cdp, authenticatorId,
    async credentials() {
      return (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials as VirtualCredential[]
    },
  }
}

export interface PageAnswer { status: number; body: unknown; failed?: string }

/** fetch() from the page, JSON in and out; `credentials` as a front end would choose it. */
export async function pageFetch(page: Page, url: string, init: { method?: string; body?: unknown; bearer?: string; credentials?: 'include' | 'omit' } = {}): Promise<PageAnswer> {
  return page.evaluate(async ({ url, init }) => {
    try {
      const headers: Record<string, string> = { accept: 'application/json' }
      if (init.body !== undefined) headers['content-type'] = 'application/json'
      if (init.bearer !== undefined) headers.authorization = `Bearer ${init.bearer}`
      const response = await fetch(url, {
        method: init.method ?? 'GET',
        credentials: init.credentials ?? 'include',
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      })
      const text = await response.text()
      return { status: response.status, body: text === '' ? null : JSON.parse(text) as unknown }
    } catch (error) {
      return { status: 0, body: null, failed: String(error) }
    }
  }, { url, init })
}

/** The v1 ceremonies as a front end runs them with @simplewebauthn/browser, from the page; each step's answer. */
export interface V1Ceremony {
  register(accessToken: string, name?: string): Promise<PageAnswer>
  signIn(options?: { rpId?: string; mfaToken?: string }): Promise<{ options: PageAnswer; verify: PageAnswer; assertion?: unknown; failed?: string }>
}

export function v1Ceremonies(page: Page, api: string, replicas: { options?: string; verify?: string } = {}): V1Ceremony {
  const optionsBase = `${replicas.options ?? api}/api/v1/better-auth/passkeys`
  const verifyBase = `${replicas.verify ?? api}/api/v1/better-auth/passkeys`
  return {
    async register(accessToken, name) {
      const options = await pageFetch(page, `${optionsBase}/register/options`, { method: 'POST', bearer: accessToken, body: {}, credentials: 'omit' })
      if (options.status !== 200) return options
      const { challengeToken, options: optionsJSON } = options.body as { challengeToken: string; options: unknown }
      const response = await page.evaluate(async (optionsJSON) => {
        const helpers = (globalThis as unknown as { passkeyPage: { startRegistration(input: unknown): Promise<unknown> } }).passkeyPage
        return helpers.startRegistration({ optionsJSON })
      }, optionsJSON)
      return pageFetch(page, `${verifyBase}/register/verify`, { method: 'POST', bearer: accessToken, body: { challengeToken, response, ...(name === undefined ? {} : { name }) }, credentials: 'omit' })
    },
    async signIn(choice = {}) {
      const options = await pageFetch(page, `${optionsBase}/login/options`, { method: 'POST', body: choice.mfaToken === undefined ? {} : { mfaToken: choice.mfaToken }, credentials: 'omit' })
      if (options.status !== 200) return { options, verify: options }
      const { challengeToken, options: optionsJSON } = options.body as { challengeToken: string; options: Record<string, unknown> }
      const assertion = await page.evaluate(async ({ optionsJSON, rpId }) => {
        const helpers = (globalThis as unknown as { passkeyPage: { startAuthentication(input: unknown): Promise<unknown> } }).passkeyPage
        try {
          return await helpers.startAuthentication({ optionsJSON: rpId === undefined ? optionsJSON : { ...optionsJSON, rpId } })
        } catch (error) {
          return { failed: String(error) }
        }
      }, { optionsJSON, rpId: choice.rpId })
      if ((assertion as { failed?: string }).failed !== undefined) return { options, verify: options, failed: (assertion as { failed: string }).failed }
      const body = choice.mfaToken === undefined ? { challengeToken, response: assertion } : { mfaToken: choice.mfaToken, passkey: { challengeToken, response: assertion } }
      const url = choice.mfaToken === undefined ? `${verifyBase}/login/verify` : `${replicas.verify ?? api}/api/v1/better-auth/verify-mfa`
      return { options, verify: await pageFetch(page, url, { method: 'POST', body, credentials: 'omit' }), assertion }
    },
  }
}
