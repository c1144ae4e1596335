import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { formatFinding, type Finding } from '../../src/doctor/findings.js'
import { runDoctor } from '../../src/doctor/run-doctor.js'
import { freePort, serveOnOwnOrigin, type TestContext } from '../helper.js'
import { RUN_TYPESCRIPT } from '../typescript-process.js'

const run = promisify(execFile)

/** The service on http://localhost:<port>, configured as given. */
async function service(t: TestContext, env: Record<string, string>): Promise<string> {
  return (await serveOnOwnOrigin(t, env)).api
}

type Rewrite = (request: IncomingMessage, status: number, headers: Headers) => { status: number; headers: Headers }

/** A misbehaving reverse proxy in front of the service: it forwards, then rewrites the answer. */
async function proxy(t: TestContext, target: string, rewrite: Rewrite): Promise<string> {
  const server = createHttpServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [key, value] of Object.entries(request.headers)) if (typeof value === 'string' && key !== 'host') headers.set(key, value)
    const upstream = await fetch(`${target}${request.url}`, { method: request.method, headers, ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}), redirect: 'manual' })
    const answer = rewrite(request, upstream.status, new Headers(upstream.headers))
    const outgoing: Record<string, string | string[]> = {}
    answer.headers.forEach((value, key) => { if (key !== 'set-cookie' && key !== 'content-length' && key !== 'content-encoding') outgoing[key] = value })
    const cookies = answer.headers.getSetCookie()
    if (cookies.length > 0) outgoing['set-cookie'] = cookies
    response.writeHead(answer.status, outgoing)
    response.end(Buffer.from(await upstream.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return `http://localhost:${(server.address() as { port: number }).port}`
}

const failures = (findings: Finding[]): string[] => findings.filter((finding) => !finding.ok).map(formatFinding)

t.test('a correct same-site deployment: every check passes', async (t) => {
  const api = await service(t, { CORS_ORIGINS: 'http://localhost:3000' })
  const findings = await runDoctor({ api, origin: 'http://localhost:3000' })
  t.same(failures(findings), [])
  t.ok(findings.length > 10, findings.map(formatFinding).join('\n'))
})

t.test('a correct cross-site deployment passes, with the Safari warning', async (t) => {
  const api = await service(t, { CORS_ORIGINS: 'http://127.0.0.1:3000', COOKIE_SAMESITE: 'none' })
  const findings = await runDoctor({ api, origin: 'http://127.0.0.1:3000' })
  t.same(failures(findings), [])
  t.ok(findings.some((finding) => finding.warning === true && /Safari/.test(finding.fix ?? '')))
})

const broken: Array<{ name: string; setUp: (t: TestContext) => Promise<{ api: string; origin: string }>; expect: RegExp }> = [
  {
    name: 'the front end\'s origin is not in CORS_ORIGINS',
    setUp: async (t) => ({ api: await service(t, { CORS_ORIGINS: 'http://localhost:3000' }), origin: 'http://localhost:4000' }),
    expect: /no Access-Control-Allow-Origin for http:\/\/localhost:4000 .*fix: add http:\/\/localhost:4000 to the allowed origins/,
  },
  {
    name: 'SameSite=Lax across sites',
    setUp: async (t) => ({ api: await service(t, { CORS_ORIGINS: 'http://127.0.0.1:3000' }), origin: 'http://127.0.0.1:3000' }),
    expect: /is SameSite=lax, but http:\/\/127.0.0.1:3000 and .* are different sites.*fix: set COOKIE_SAMESITE=none/,
  },
  {
    name: 'a proxy strips the CORS headers',
    setUp: async (t) => {
      const target = await service(t, { CORS_ORIGINS: 'http://localhost:3000' })
      const api = await proxy(t, target, (_request, status, headers) => {
        for (const key of [...headers.keys()]) if (key.startsWith('access-control-')) headers.delete(key)
        return { status, headers }
      })
      return { api, origin: 'http://localhost:3000' }
    },
    expect: /POST \/api\/auth\/sign-out \(200\) lacks Access-Control-Allow-Origin.*fix: send the CORS headers on every answer/,
  },
  {
    name: 'a proxy answers OPTIONS with 404',
    setUp: async (t) => {
      const target = await service(t, { CORS_ORIGINS: 'http://localhost:3000' })
      const api = await proxy(t, target, (request, status, headers) => (request.method === 'OPTIONS' ? { status: 404, headers: new Headers() } : { status, headers }))
      return { api, origin: 'http://localhost:3000' }
    },
    expect: /OPTIONS preflight is not 2xx on .*fix: answer OPTIONS on every API path with 204/,
  },
  {
    name: 'a proxy answers Access-Control-Allow-Origin: *',
    setUp: async (t) => {
      const target = await service(t, { CORS_ORIGINS: 'http://localhost:3000' })
      const api = await proxy(t, target, (_request, status, headers) => { headers.set('access-control-allow-origin', '*'); return { status, headers } })
      return { api, origin: 'http://localhost:3000' }
    },
    expect: /Access-Control-Allow-Origin is \* on .*browsers refuse \* with credentials/,
  },
  {
    name: 'a proxy reflects any origin',
    setUp: async (t) => {
      const target = await service(t, { CORS_ORIGINS: 'http://localhost:3000' })
      const api = await proxy(t, target, (request, status, headers) => {
        if (request.headers.origin !== undefined) headers.set('access-control-allow-origin', request.headers.origin)
        return { status, headers }
      })
      return { api, origin: 'http://localhost:3000' }
    },
    expect: /the API also allows https:\/\/doctor-probe.invalid: it reflects any origin/,
  },
  {
    name: 'nothing listens at the API',
    setUp: async () => ({ api: `http://127.0.0.1:${await freePort()}`, origin: 'http://localhost:3000' }),
    expect: /nothing listens at http:\/\/127.0.0.1:\d+ \(ECONNREFUSED\).*fix: start the service/,
  },
  {
    name: 'an https page calls a plain-http API',
    setUp: async (t) => ({ api: await service(t, { CORS_ORIGINS: 'http://localhost:3000' }), origin: 'https://app.example.com' }),
    expect: /mixed content: an https page \(https:\/\/app.example.com\) cannot call an http API/,
  },
  {
    name: 'a self-signed TLS certificate',
    setUp: async (t) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'doctor-tls-'))
      const key = path.join(dir, 'key.pem')
      const cert = path.join(dir, 'cert.pem')
      await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'])
      const { readFileSync } = await import('node:fs')
      const server = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_request, response) => response.end('ok'))
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
      return { api: `https://localhost:${(server.address() as { port: number }).port}`, origin: 'https://app.example.com' }
    },
    expect: /TLS certificate of localhost is not valid \(\w+\).*fix: install a certificate for localhost/,
  },
]

for (const { name, setUp, expect } of broken) {
  t.test(`the doctor names it, with its fix, when ${name}`, async (t) => {
    const { api, origin } = await setUp(t)
    const found = failures(await runDoctor({ api, origin, timeoutMs: 3_000 }))
    t.ok(found.some((line) => expect.test(line)), `${expect}\nfound:\n${found.join('\n')}`)
  })
}

t.test('the doctor tells a front end on a shared host to be listed exactly, since a pattern there is refused', async (t) => {
  const origin = 'https://frontend-fe-abc123.vercel.app'
  const api = await service(t, { CORS_ORIGINS: origin })
  const lines = (await runDoctor({ api, origin, timeoutMs: 3_000 })).map(formatFinding)
  const advice = lines.find((line) => line.includes('shared host vercel.app'))
  t.match(advice, /^! https:\/\/frontend-fe-abc123\.vercel\.app is on the shared host vercel\.app, where anyone can register a name — list https:\/\/frontend-fe-abc123\.vercel\.app exactly in CORS_ORIGINS; a pattern .* is refused at start-up.*a domain you own \(https:\/\/pr-\*\.preview\.example\.com\)$/)
  const own = (await runDoctor({ api, origin: 'http://localhost:3000', timeoutMs: 3_000 })).map(formatFinding)
  t.notOk(own.some((line) => line.includes('shared host')), 'nothing to say about an origin on its own domain')
})

t.test('npm run doctor prints one line per finding and exits 1 on a problem', async (t) => {
  const api = await service(t, { CORS_ORIGINS: 'http://localhost:3000' })
  const good = await run(process.execPath, [...RUN_TYPESCRIPT, 'scripts/doctor.ts', '--api', api, '--origin', 'http://localhost:3000'])
  t.match(good.stdout, /^✓ GET http:\/\/localhost:\d+\/api\/v1\/health answers 200$/m)
  t.match(good.stdout, /No problem found\./)
  const bad = await run(process.execPath, [...RUN_TYPESCRIPT, 'scripts/doctor.ts', '--api', api, '--origin', 'http://localhost:4000']).catch((error: unknown) => error as { code: number; stdout: string })
  t.equal((bad as { code?: number }).code, 1)
  t.match(bad.stdout, /^✗ .* — fix: /m)
})
