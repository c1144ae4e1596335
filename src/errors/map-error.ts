import { isAPIError } from 'better-auth/api'
import type { FastifyError, FastifyRequest } from 'fastify'
import { isDatabaseUnavailable } from './database-unavailable.js'
import { AppError, ERROR_CODES, type ErrorCode, type Surface } from './error-codes.js'

/** What any thrown error means to a client: a code of the vocabulary and a safe message. */
export interface MappedError {
  readonly code: ErrorCode
  readonly message: string
  readonly status: number
  /** FastAPI-style field errors, for the `/auth` surface. */
  readonly fields?: readonly FieldError[]
  /** Set for failures the server did not expect; only these are logged as errors. */
  readonly unexpected: boolean
  /** Seconds a client should wait, when the failure says. */
  readonly retryAfter?: number
  /** For a RATE_LIMITED answered by a lockout: how many attempts that lockout allows. */
  readonly limit?: number
}

export interface FieldError {
  readonly loc: readonly (string | number)[]
  readonly msg: string
  readonly type: string
}

/** Better Auth's codes, as the documented contract names them. */
const BETTER_AUTH_CODES: Readonly<Record<string, ErrorCode>> = {
  INVALID_EMAIL_OR_PASSWORD: 'INVALID_CREDENTIALS',
  INVALID_PASSWORD: 'INVALID_CREDENTIALS',
  CREDENTIAL_ACCOUNT_NOT_FOUND: 'INVALID_CREDENTIALS',
  USER_ALREADY_EXISTS: 'EMAIL_ALREADY_EXISTS',
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: 'EMAIL_ALREADY_EXISTS',
  PASSWORD_TOO_SHORT: 'WEAK_PASSWORD',
  PASSWORD_TOO_LONG: 'WEAK_PASSWORD',
  INVALID_TOKEN: 'INVALID_TOKEN',
  TOKEN_EXPIRED: 'INVALID_TOKEN',
  USER_NOT_FOUND: 'INVALID_TOKEN',
  // A verification link opened in a browser signed in as someone else: the token is not for this session.
  INVALID_USER: 'INVALID_TOKEN',
  EMAIL_NOT_VERIFIED: 'EMAIL_NOT_VERIFIED',
  INVALID_EMAIL: 'VALIDATION_ERROR',
  VALIDATION_ERROR: 'VALIDATION_ERROR',
  INVALID_ORIGIN: 'FORBIDDEN_ORIGIN',
  MISSING_OR_NULL_ORIGIN: 'FORBIDDEN_ORIGIN',
  INVALID_CALLBACK_URL: 'INVALID_REDIRECT',
  INVALID_REDIRECT_URL: 'INVALID_REDIRECT',
  // Email codes (emailOTP)
  INVALID_OTP: 'INVALID_CODE',
  OTP_EXPIRED: 'INVALID_CODE',
  TOO_MANY_ATTEMPTS: 'INVALID_CODE',
  // Second factors (twoFactor)
  INVALID_CODE: 'INVALID_MFA_CODE',
  INVALID_BACKUP_CODE: 'INVALID_MFA_CODE',
  INVALID_TWO_FACTOR_COOKIE: 'SESSION_EXPIRED',
  ACCOUNT_TEMPORARILY_LOCKED: 'RATE_LIMITED',
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: 'RATE_LIMITED',
  // Ours, thrown from its session hook (src/auth/better-auth.ts).
  USER_BANNED: 'USER_BANNED',
}

/** Better Auth's lockouts, and how long they last. */
const BETTER_AUTH_RETRY_AFTER: Readonly<Record<string, number>> = {
  ACCOUNT_TEMPORARILY_LOCKED: 15 * 60,
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: 60,
}

/** How many attempts Better Auth's lockouts allow before they refuse. */
const BETTER_AUTH_LIMIT: Readonly<Record<string, number>> = {
  ACCOUNT_TEMPORARILY_LOCKED: 10,
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: 3,
}

/** Where Better Auth's own words say more than the code's generic message (withheld where anyone may try an address: ANYONE_MAY_TRY). */
const BETTER_AUTH_MESSAGES: Readonly<Record<string, string>> = {
  TOO_MANY_ATTEMPTS: 'Too many wrong codes; request a new code',
  OTP_EXPIRED: 'The code has expired; request a new one',
  ACCOUNT_TEMPORARILY_LOCKED: 'Too many wrong codes; try again in fifteen minutes',
  TOTP_NOT_ENABLED: 'Multi-factor authentication is not set up',
  TWO_FACTOR_NOT_ENABLED: 'Multi-factor authentication is not set up',
  TOTP_ALREADY_ENABLED: 'Multi-factor authentication is already on',
}

/**
 * Operations that take an address and a code from anyone, before any sign-in: every failure is
 * the code's generic one (INVALID_CODE, "Invalid or expired code"), whether the address has a
 * code, had one that expired or was tried too often, or has no account at all.
 */
const ANYONE_MAY_TRY: ReadonlySet<string> = new Set(['nativeSignInEmailOtp', 'v1EmailSignInVerify', 'jwtEmailSignInVerify'])

const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_ERROR',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_ERROR',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_ERROR',
}

export function mapError(error: unknown, request: FastifyRequest, surface: Surface): MappedError {
  const mapped = classify(error, request)
  const status = ERROR_CODES[mapped.code].status[surface]
  return { ...mapped, status }
}

function classify(error: unknown, request: FastifyRequest): Omit<MappedError, 'status'> {
  if (error instanceof AppError) return { code: error.code, message: error.message, unexpected: false }
  if (isDatabaseUnavailable(error)) {
    return { code: 'SERVICE_UNAVAILABLE', message: ERROR_CODES.SERVICE_UNAVAILABLE.message, unexpected: false }
  }
  if (isAPIError(error)) {
    const body = (error.body ?? {}) as { code?: string }
    const code = (body.code !== undefined ? BETTER_AUTH_CODES[body.code] : undefined) ?? byStatus(error.statusCode)
    // Better Auth's own messages are written for end users, but ours are the contract; where
    // anyone may try an address, its own words would tell an address with a code from one without.
    const own = body.code !== undefined && !ANYONE_MAY_TRY.has(request.routeOptions.config.operationId ?? '') ? BETTER_AUTH_MESSAGES[body.code] : undefined
    const message = own ?? ERROR_CODES[code].message
    const retryAfter = body.code !== undefined ? BETTER_AUTH_RETRY_AFTER[body.code] : undefined
    const limit = body.code !== undefined ? BETTER_AUTH_LIMIT[body.code] : undefined
    return { code, message, unexpected: code === 'INTERNAL_ERROR', ...(retryAfter === undefined ? {} : { retryAfter }), ...(limit === undefined ? {} : { limit }) }
  }
  const fastifyError = error as Partial<FastifyError>
  if (Array.isArray(fastifyError.validation)) return classifyValidation(fastifyError as FastifyError, request)
  const known = fastifyError.code !== undefined ? FASTIFY_CODES[fastifyError.code] : undefined
  if (known !== undefined) {
    const message = known === 'VALIDATION_ERROR' ? 'Request body is not valid JSON' : ERROR_CODES[known].message
    return { code: known, message, unexpected: false }
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return { code: 'VALIDATION_ERROR', message: 'Request body is not valid JSON', unexpected: false }
  }
  const status = fastifyError.statusCode
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = byStatus(status)
    return { code, message: ERROR_CODES[code].message, unexpected: false }
  }
  return { code: 'INTERNAL_ERROR', message: ERROR_CODES.INTERNAL_ERROR.message, unexpected: true }
}

function byStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'VALIDATION_ERROR'
    case 401:
      return 'SESSION_EXPIRED'
    case 403:
      return 'FORBIDDEN'
    case 404:
      return 'NOT_FOUND'
    case 413:
      return 'PAYLOAD_TOO_LARGE'
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE'
    case 429:
      return 'RATE_LIMITED'
    case 503:
      return 'SERVICE_UNAVAILABLE'
    default:
      return 'INTERNAL_ERROR'
  }
}

interface AjvError {
  readonly keyword: string
  readonly instancePath: string
  readonly schemaPath: string
  readonly params: Record<string, unknown>
  readonly message?: string
}

/**
 * A schema failure is VALIDATION_ERROR unless the failing schema names its own code in the spec
 * (`x-error-code`, e.g. WEAK_PASSWORD on a new password's length). Messages name the field and
 * the rule, never the value.
 */
function classifyValidation(error: FastifyError, request: FastifyRequest): Omit<MappedError, 'status'> {
  const context = (error as FastifyError & { validationContext?: string }).validationContext ?? 'body'
  const failures = error.validation as unknown as AjvError[]
  const schema = (request.routeOptions.schema as Record<string, unknown> | undefined)?.[context]
  const fields = oneForEachField(failures.map((failure) => fieldError(context, failure)))
  // A wrong type is a malformed request whatever the field; the declared code is for its rules.
  const declared = failures
    .filter((failure) => failure.keyword !== 'type')
    .map((failure) => declaredCode(schema, failure.schemaPath))
    .find((code): code is ErrorCode => code !== undefined)
  const first = fields[0]
  const message = declared !== undefined
    ? ERROR_CODES[declared].message
    : first === undefined
      ? ERROR_CODES.VALIDATION_ERROR.message
      : `${first.loc.slice(1).join('.') || context}: ${first.msg}`
  return { code: declared ?? 'VALIDATION_ERROR', message, fields, unexpected: false }
}

/** One error per field, the first found (an over-long, malformed email is one invalid field), as FastAPI lists them. */
function oneForEachField(fields: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>()
  return fields.filter((field) => {
    const key = JSON.stringify(field.loc)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function fieldError(context: string, failure: AjvError): FieldError {
  const path = failure.instancePath.split('/').filter(Boolean).map((part) => decodePointer(part))
  if (failure.keyword === 'required' && typeof failure.params.missingProperty === 'string') {
    path.push(failure.params.missingProperty)
    return { loc: [context, ...path], msg: 'Field required', type: 'missing' }
  }
  const format = failure.keyword === 'format' ? String(failure.params.format) : undefined
  if (format === 'email') return { loc: [context, ...path], msg: 'Invalid email format', type: 'value_error.email' }
  return { loc: [context, ...path], msg: failure.message ?? 'invalid', type: VALIDATION_TYPES[failure.keyword] ?? `value_error.${failure.keyword}` }
}

const VALIDATION_TYPES: Readonly<Record<string, string>> = {
  minLength: 'string_too_short',
  maxLength: 'string_too_long',
  type: 'type_error',
  pattern: 'string_pattern_mismatch',
  enum: 'enum',
  const: 'literal_error',
}

function decodePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~')
}

function declaredCode(schema: unknown, schemaPath: string): ErrorCode | undefined {
  const parts = schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodePointer)
  parts.pop() // the failing keyword itself
  let node: unknown = schema
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  const code = (node as Record<string, unknown> | undefined)?.['x-error-code']
  return typeof code === 'string' && code in ERROR_CODES ? (code as ErrorCode) : undefined
}
