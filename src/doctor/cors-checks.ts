import { fail, pass, warn, type Finding } from './findings.js'
import { sharedHostSuffix } from './site.js'

/** What a preflight answered, as the checks need it. */
export interface PreflightAnswer {
  readonly path: string
  readonly method: string
  readonly status: number
  readonly headers: Headers
}

const REQUIRED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const REQUIRED_HEADERS = ['content-type', 'authorization', 'accept']

function list(value: string | null): string[] {
  return (value ?? '').split(',').map((item) => item.trim().toLowerCase()).filter(Boolean)
}

/** The CORS headers a credentialed request from `origin` needs, over every preflight answered. */
export function checkPreflights(answers: readonly PreflightAnswer[], origin: string): Finding[] {
  const failing = (predicate: (answer: PreflightAnswer) => boolean): string[] => answers.filter(predicate).map((answer) => `${answer.method} ${answer.path}`)
  const some = (paths: string[]): string => `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`
  const findings: Finding[] = []
  const count = answers.length

  const badStatus = failing((answer) => answer.status < 200 || answer.status >= 300)
  findings.push(badStatus.length === 0
    ? pass(`OPTIONS preflight answers 2xx on all ${count} auth endpoints`)
    : fail(`OPTIONS preflight is not 2xx on ${some(badStatus)}`, 'answer OPTIONS on every API path with 204 and the CORS headers (check that no proxy in front blocks OPTIONS)'))

  const wildcard = failing((answer) => answer.headers.get('access-control-allow-origin') === '*')
  const missing = failing((answer) => answer.headers.get('access-control-allow-origin') === null)
  const other = failing((answer) => { const value = answer.headers.get('access-control-allow-origin'); return value !== null && value !== '*' && value !== origin })
  if (wildcard.length > 0) findings.push(fail(`Access-Control-Allow-Origin is * on ${some(wildcard)}; browsers refuse * with credentials`, `echo the exact origin (${origin}) from an allow-list`))
  if (missing.length > 0) findings.push(fail(`no Access-Control-Allow-Origin for ${origin} on ${some(missing)}`, `add ${origin} to the allowed origins (CORS_ORIGINS), and check that no proxy strips the header`))
  if (other.length > 0) findings.push(fail(`Access-Control-Allow-Origin names another origin on ${some(other)}`, `echo the request's own origin, ${origin}`))
  if (wildcard.length + missing.length + other.length === 0) findings.push(pass(`Access-Control-Allow-Origin echoes ${origin} exactly`))

  const noCredentials = failing((answer) => answer.headers.get('access-control-allow-credentials') !== 'true')
  findings.push(noCredentials.length === 0
    ? pass('Access-Control-Allow-Credentials: true')
    : fail(`Access-Control-Allow-Credentials is not true on ${some(noCredentials)}; cookies and withCredentials fail`, 'send Access-Control-Allow-Credentials: true'))

  const noMethods = failing((answer) => { const methods = list(answer.headers.get('access-control-allow-methods')); return !methods.includes('*') && !REQUIRED_METHODS.every((method) => methods.includes(method.toLowerCase())) })
  findings.push(noMethods.length === 0
    ? pass(`Access-Control-Allow-Methods includes ${REQUIRED_METHODS.join(', ')}`)
    : fail(`Access-Control-Allow-Methods lacks some of ${REQUIRED_METHODS.join(', ')} on ${some(noMethods)}`, `allow ${REQUIRED_METHODS.join(', ')}`))

  const noHeaders = failing((answer) => { const headers = list(answer.headers.get('access-control-allow-headers')); return !REQUIRED_HEADERS.every((header) => headers.includes(header)) })
  findings.push(noHeaders.length === 0
    ? pass('Access-Control-Allow-Headers includes Content-Type, Authorization, Accept')
    : fail(`Access-Control-Allow-Headers lacks Content-Type, Authorization or Accept on ${some(noHeaders)}`, 'allow at least Content-Type, Authorization, Accept'))

  const noMaxAge = failing((answer) => answer.headers.get('access-control-max-age') === null)
  findings.push(noMaxAge.length === 0
    ? pass('Access-Control-Max-Age is set (preflights are cached)')
    : warn(`no Access-Control-Max-Age on ${some(noMaxAge)}`, 'send Access-Control-Max-Age: 86400 so browsers cache the preflight'))

  const noVary = failing((answer) => !list(answer.headers.get('vary')).includes('origin') && answer.headers.get('access-control-allow-origin') !== null)
  if (noVary.length > 0) findings.push(fail(`no Vary: Origin on ${some(noVary)}; a cache may serve one origin's answer to another`, 'send Vary: Origin with a per-origin Access-Control-Allow-Origin'))
  return findings
}

/** The answer to a request (not a preflight) must carry the same two headers, errors included. */
export function checkActualResponse(what: string, status: number, headers: Headers, origin: string): Finding {
  const allowOrigin = headers.get('access-control-allow-origin')
  if (allowOrigin !== origin || headers.get('access-control-allow-credentials') !== 'true') {
    return fail(`${what} (${status}) lacks Access-Control-Allow-Origin: ${origin} with credentials; the browser reports a CORS error instead of the status`, 'send the CORS headers on every answer, errors included (add them in an onRequest hook, not per route)')
  }
  return pass(`${what} (${status}) carries the CORS headers`)
}

/** A foreign origin must get nothing: an API that echoes any origin lets every site act as the user. */
export function checkForeignOrigin(headers: Headers, foreign: string): Finding {
  const allowOrigin = headers.get('access-control-allow-origin')
  if (allowOrigin === foreign || allowOrigin === '*') {
    return fail(`the API also allows ${foreign}: it reflects any origin`, 'allow an explicit list of origins, never the request\'s Origin as such')
  }
  return pass('a foreign origin gets no CORS headers')
}

/**
 * A front end on a shared host (a Vercel or Netlify preview, GitHub Pages) must be listed exactly:
 * the service refuses a pattern such as `https://app-*.vercel.app` at start-up, since anyone can
 * register a matching name there and would be let in with the user's cookies.
 */
export function checkSharedHostOrigin(origin: URL): Finding | undefined {
  const suffix = sharedHostSuffix(origin.hostname)
  if (suffix === undefined) return undefined
  return warn(
    `${origin.origin} is on the shared host ${suffix}, where anyone can register a name`,
    `list ${origin.origin} exactly in CORS_ORIGINS; a pattern with a "*" in the name under ${suffix} (https://my-app-*.${suffix}) is refused at start-up, since it would let other people's sites in with credentials — for preview deployments use a domain you own (https://pr-*.preview.example.com)`,
  )
}
