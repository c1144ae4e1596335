import { listOperations } from '../contract/spec.js'
import { checkCookie, parseSetCookie } from './cookie-checks.js'
import { checkActualResponse, checkForeignOrigin, checkPreflights, checkSharedHostOrigin, type PreflightAnswer } from './cors-checks.js'
import { fail, pass, type Finding } from './findings.js'

export interface DoctorOptions {
  /** The API's base URL, e.g. https://api.example.com (a trailing /api/v1 is accepted). */
  readonly api: string
  /** The front end's origin, e.g. https://app.example.com. */
  readonly origin: string
  readonly timeoutMs?: number
}

const FOREIGN_ORIGIN = 'https://doctor-probe.invalid'

/**
 * Runs the front end's checklist against a deployment: reachability and TLS, mixed content, the
 * preflight of every auth endpoint, CORS on real and error answers, and the session cookie's
 * attributes for this origin/API pair. It creates nothing: the cookie is read from sign-out, which
 * clears it with the attributes it is set with.
 */
export async function runDoctor(options: DoctorOptions): Promise<Finding[]> {
  const api = new URL(options.api.replace(/\/api\/v1\/?$/, '').replace(/\/$/, ''))
  const origin = new URL(options.origin).origin
  const timeoutMs = options.timeoutMs ?? 5_000
  const request = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(new URL(path, api), { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
  const findings: Finding[] = []
  const sharedHost = checkSharedHostOrigin(new URL(origin))
  if (sharedHost !== undefined) findings.push(sharedHost)

  if (origin.startsWith('https:') && api.protocol === 'http:') {
    findings.push(fail(`mixed content: an https page (${origin}) cannot call an http API (${api.origin})`, 'serve the API over https'))
  }

  let health: Response
  try {
    health = await request('/api/v1/health')
  } catch (error) {
    findings.push(unreachable(api, error))
    return findings
  }
  if (api.protocol === 'https:') findings.push(pass(`TLS certificate of ${api.hostname} is valid`))
  findings.push(health.ok ? pass(`GET ${api.origin}/api/v1/health answers ${health.status}`) : fail(`GET /api/v1/health answers ${health.status}`, 'start the service and its database; check the logs'))
  const head = await request('/api/v1/health', { method: 'HEAD' }).catch(() => undefined)
  findings.push(head?.ok === true ? pass('HEAD /api/v1/health (curl -I) answers 2xx') : fail(`HEAD /api/v1/health answers ${head?.status ?? 'nothing'}`, 'answer HEAD on the health path'))

  const endpoints = authEndpoints()
  const answers: PreflightAnswer[] = []
  for (const { path, method } of endpoints) {
    const response = await request(path, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type,authorization,accept' },
    }).catch(() => undefined)
    answers.push({ path, method, status: response?.status ?? 0, headers: response?.headers ?? new Headers() })
  }
  findings.push(...checkPreflights(answers, origin))

  const foreign = await request('/api/auth/sign-in/email', { method: 'OPTIONS', headers: { origin: FOREIGN_ORIGIN, 'access-control-request-method': 'POST' } }).catch(() => undefined)
  if (foreign !== undefined) findings.push(checkForeignOrigin(foreign.headers, FOREIGN_ORIGIN))

  const missing = await request('/api/v1/doctor-probe-not-found', { headers: { origin } }).catch(() => undefined)
  if (missing !== undefined) findings.push(checkActualResponse('an error answer (GET of an unknown path)', missing.status, missing.headers, origin))

  const signOut = await request('/api/auth/sign-out', { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{}' }).catch(() => undefined)
  if (signOut !== undefined) {
    findings.push(checkActualResponse('POST /api/auth/sign-out', signOut.status, signOut.headers, origin))
    const cookie = signOut.headers.getSetCookie().map(parseSetCookie).find((candidate) => candidate.name.endsWith('session_token'))
    if (cookie === undefined) findings.push(fail('sign-out set no session cookie to inspect', 'check that the API is this auth service, reachable at the given base URL'))
    else findings.push(...checkCookie(cookie, api, new URL(origin)))
  }
  return findings
}

/** Every auth path of the contract, with the method a browser would preflight. */
function authEndpoints(): Array<{ path: string; method: string }> {
  const seen = new Set<string>()
  const endpoints: Array<{ path: string; method: string }> = []
  for (const operation of listOperations()) {
    // Backend-only operations (x-cors: false) answer browsers nothing, by design.
    if (!/^\/(api\/auth|api\/v1|auth)\//.test(operation.path) || operation.method === 'HEAD' || operation.definition['x-cors'] === false) continue
    const path = operation.path.replace(/\{[^}]+\}/g, 'probe')
    if (seen.has(`${operation.method} ${path}`)) continue
    seen.add(`${operation.method} ${path}`)
    endpoints.push({ path, method: operation.method })
  }
  return endpoints
}

function unreachable(api: URL, error: unknown): Finding {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const code = cause?.code ?? (error as { name?: string }).name ?? 'unknown'
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/i.test(code)) {
    return fail(`TLS certificate of ${api.hostname} is not valid (${code})`, `install a certificate for ${api.hostname} from a trusted CA (with its intermediate chain); browsers refuse this one and the front end shows "Unable to connect"`)
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return fail(`${api.hostname} does not resolve (${code})`, 'check the DNS record and NEXT_PUBLIC_API_URL (or your equivalent) in the front end')
  if (code === 'ECONNREFUSED') return fail(`nothing listens at ${api.origin} (${code})`, 'start the service, or check the host, port and any firewall in between')
  if (code === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT') return fail(`${api.origin} does not answer (timeout)`, 'check that the service runs and that a firewall or proxy lets the request through')
  return fail(`${api.origin} is unreachable (${code})`, 'check that the service runs and the base URL is right')
}
