import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { LightMyRequestResponse } from 'fastify'
import { listOperations, readSpec, type Operation } from '../src/contract/spec.js'

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
const { document } = readSpec()
ajv.addSchema(document, 'openapi')

const operations = new Map(listOperations().map((operation) => [operation.operationId, operation]))

/** A response as checked; `bodyless` for the answer to a HEAD request, which has only a status and headers. */
export type CheckedResponse = LightMyRequestResponse | { statusCode: number; body: string; headers: Record<string, unknown>; bodyless?: boolean }

/**
 * Checks a response against openapi.yaml: its status, its body, and its headers and cookies (each
 * one documented, with the documented Max-Age and Path; with `cookieRule`, also the attributes the
 * configuration calls for).
 */
export function contractProblems(operationId: string, response: CheckedResponse, cookieRule?: CookieRule): string[] {
  const operation = operations.get(operationId)
  if (operation === undefined) return [`no operation ${operationId} in openapi.yaml`]
  const status = String(response.statusCode)
  const documented = operation.definition.responses[status] as Record<string, unknown> | undefined
  if (documented === undefined) return [`${operationId}: status ${status} is not documented (body ${response.body.slice(0, 200)})`]
  const pointer = responsePointer(operation, status, documented)
  const headers = headerProblems(`${operationId} ${status}`, resolve(pointer) as Record<string, unknown>, response.headers as Record<string, unknown>, cookieRule)
  return [...headers, ...bodyProblems(operationId, status, pointer, response)]
}

function bodyProblems(operationId: string, status: string, pointer: string, response: CheckedResponse): string[] {
  if ('bodyless' in response && response.bodyless === true) return []
  const content = resolve(pointer) as { content?: Record<string, unknown> }
  if (content.content === undefined) return response.body === '' ? [] : [`${operationId} ${status}: body sent where none is documented`]
  if (!('application/json' in content.content)) {
    const documentedTypes = Object.keys(content.content)
    const contentType = String(response.headers['content-type'] ?? '')
    return documentedTypes.some((type) => contentType.startsWith(type)) ? [] : [`${operationId} ${status}: content-type ${contentType}, documented ${documentedTypes.join(', ')}`]
  }
  const contentType = String(response.headers['content-type'] ?? '')
  if (!contentType.startsWith('application/json')) return [`${operationId} ${status}: content-type ${contentType}, documented application/json`]
  const schemaRef = `openapi#${pointer}/content/application~1json/schema`
  const validate = ajv.getSchema(schemaRef)
  if (validate === undefined) return [`${operationId} ${status}: cannot compile ${schemaRef}`]
  let body: unknown
  try {
    body = JSON.parse(response.body)
  } catch {
    return [`${operationId} ${status}: body is not JSON`]
  }
  if (validate(body)) return []
  return (validate.errors ?? []).map((error) => `${operationId} ${status}: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
}

/**
 * Headers every answer carries that the spec describes once, in `info.description`, rather than on
 * each response: transport, CORS (they depend on the caller's Origin) and the security headers.
 */
const DESCRIBED_ONCE = /^(content-type|content-length|date|connection|keep-alive|transfer-encoding|vary|access-control-.*|content-security-policy|cross-origin-opener-policy|cross-origin-resource-policy|origin-agent-cluster|referrer-policy|strict-transport-security|x-content-type-options|x-dns-prefetch-control|x-download-options|x-frame-options|x-permitted-cross-domain-policies|x-xss-protection)$/

/** The cookie attributes the deployment's configuration calls for (see "Cookies" in the spec). */
export interface CookieRule {
  readonly sameSite: 'Lax' | 'Strict' | 'None'
  readonly secure: boolean
  readonly partitioned: boolean
  readonly domain: string | undefined
}

/** The rule as the spec words it: Secure when the public URL is https or SameSite=None asks for it. */
export function cookieRuleFor(config: { baseUrl: string; cookieSameSite: 'lax' | 'strict' | 'none'; cookieDomain: string | undefined }): CookieRule {
  const sameSite = config.cookieSameSite === 'none' ? 'None' : config.cookieSameSite === 'strict' ? 'Strict' : 'Lax'
  return { sameSite, secure: config.baseUrl.startsWith('https://') || sameSite === 'None', partitioned: sameSite === 'None', domain: config.cookieDomain }
}

type HeaderObject = { required?: boolean; schema?: Record<string, unknown>; 'x-cookies'?: Record<string, { path?: string; maxAge: Array<number | 'none'> }> }

/** Every header the answer sends is documented for its status, with a value its schema allows; every required one is sent. */
function headerProblems(where: string, documented: Record<string, unknown>, sent: Record<string, unknown>, rule: CookieRule | undefined): string[] {
  const problems: string[] = []
  const headers = new Map(Object.entries((documented.headers as Record<string, unknown> | undefined) ?? {}).map(([name, header]) => [name.toLowerCase(), resolveRef(header) as HeaderObject]))
  for (const [name, value] of Object.entries(sent)) {
    const key = name.toLowerCase()
    if (value === undefined || DESCRIBED_ONCE.test(key)) continue
    const header = headers.get(key)
    if (header === undefined) {
      problems.push(`${where}: header ${key} is not documented (${String(value).slice(0, 80)})`)
      continue
    }
    if (key === 'set-cookie') {
      problems.push(...cookieProblems(where, header, Array.isArray(value) ? value.map(String) : [String(value)], rule))
      continue
    }
    const schema = header.schema ?? {}
    const typed = schema.type === 'integer' && /^\d+$/.test(String(value)) ? Number(value) : String(value)
    const validate = headerValidator(schema)
    if (!validate(typed)) problems.push(`${where}: header ${key}: ${String(value)} ${ajv.errorsText(validate.errors)}`)
  }
  for (const [name, header] of headers) {
    if (header.required === true && sent[name] === undefined && !Object.keys(sent).some((key) => key.toLowerCase() === name)) problems.push(`${where}: required header ${name} is missing`)
  }
  return problems
}

const headerValidators = new WeakMap<object, ReturnType<typeof ajv.compile>>()
function headerValidator(schema: Record<string, unknown>): ReturnType<typeof ajv.compile> {
  let validate = headerValidators.get(schema)
  if (validate === undefined) {
    validate = ajv.compile(schema)
    headerValidators.set(schema, validate)
  }
  return validate
}

function cookieProblems(where: string, header: HeaderObject, cookies: string[], rule: CookieRule | undefined): string[] {
  const problems: string[] = []
  const documented = header['x-cookies'] ?? {}
  for (const cookie of cookies) {
    const [pair = '', ...parts] = cookie.split(';').map((part) => part.trim())
    const name = pair.slice(0, pair.indexOf('='))
    const attribute = (key: string): string | undefined => parts.find((part) => part.toLowerCase().startsWith(`${key.toLowerCase()}=`))?.split('=')[1]
    const flag = (key: string): boolean => parts.some((part) => part.toLowerCase() === key.toLowerCase())
    const entry = documented[name]
    if (entry === undefined) {
      problems.push(`${where}: cookie ${name} is not documented`)
      continue
    }
    const maxAge = attribute('Max-Age')
    const allowed = entry.maxAge.some((age) => age === 'none' ? maxAge === undefined : maxAge !== undefined && (
      // A cookie bound to a session says the seconds left of it: a few less than when it began.
      age === 0 ? Number(maxAge) === 0 : Number(maxAge) <= age && Number(maxAge) > age - 5))
    if (!allowed) problems.push(`${where}: cookie ${name} has Max-Age ${maxAge ?? 'none'}, documented ${entry.maxAge.join(' or ')}`)
    if ((attribute('Path') ?? '/') !== (entry.path ?? '/')) problems.push(`${where}: cookie ${name} has Path ${attribute('Path') ?? 'none'}, documented ${entry.path ?? '/'}`)
    if (!flag('HttpOnly')) problems.push(`${where}: cookie ${name} is not HttpOnly`)
    if (rule !== undefined) {
      if (attribute('SameSite') !== rule.sameSite) problems.push(`${where}: cookie ${name} has SameSite ${attribute('SameSite') ?? 'none'}, the configuration calls for ${rule.sameSite}`)
      if (flag('Secure') !== rule.secure) problems.push(`${where}: cookie ${name} is${flag('Secure') ? '' : ' not'} Secure, the configuration calls for${rule.secure ? '' : ' no'} Secure`)
      if (flag('Partitioned') !== rule.partitioned) problems.push(`${where}: cookie ${name} is${flag('Partitioned') ? '' : ' not'} Partitioned`)
      if (attribute('Domain')?.replace(/^\./, '') !== rule.domain?.replace(/^\./, '')) problems.push(`${where}: cookie ${name} has Domain ${attribute('Domain') ?? 'none'}`)
    }
  }
  return problems
}

function resolveRef(node: unknown): unknown {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref
  return typeof ref === 'string' ? resolveRef(resolve(ref.slice(1))) : node
}

function responsePointer(operation: Operation, status: string, documented: Record<string, unknown>): string {
  const ref = documented.$ref
  if (typeof ref === 'string') return ref.slice(1)
  const escape = (part: string): string => part.replace(/~/g, '~0').replace(/\//g, '~1')
  return `/paths/${escape(operation.path)}/${operation.method.toLowerCase()}/responses/${status}`
}

function resolve(pointer: string): unknown {
  let node: unknown = document
  for (const part of pointer.split('/').slice(1)) {
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  return node
}
