import type { ErrorCode } from '../schemas/index.js'

export type { ErrorCode }
export type Surface = 'native' | 'v1' | 'jwt'

interface ErrorDefinition {
  /** The status on each surface; a code keeps one status within a surface. */
  readonly status: Readonly<Record<Surface, number>>
  /** The message clients see; never the cause. */
  readonly message: string
}

const everywhere = (status: number): Record<Surface, number> => ({ native: status, v1: status, jwt: status })

/**
 * The one error vocabulary. The codes are part of the contract (openapi.yaml's ErrorCode):
 * do not rename them. `/api/auth` follows the documented Better Auth table, `/api/v1` answers
 * credentials with 401 and a taken email with 409, `/auth` follows FastAPI (401, 409, 422).
 */
export const ERROR_CODES: Readonly<Record<ErrorCode, ErrorDefinition>> = Object.freeze({
  // Never say which of the two was wrong: that would tell an attacker which emails exist.
  INVALID_CREDENTIALS: { status: { native: 400, v1: 401, jwt: 401 }, message: 'Invalid email or password' },
  EMAIL_ALREADY_EXISTS: { status: { native: 400, v1: 409, jwt: 409 }, message: 'User with this email already exists' },
  WEAK_PASSWORD: { status: { native: 400, v1: 400, jwt: 422 }, message: 'Password must be 8 to 128 characters' },
  INVALID_TOKEN: { status: { native: 400, v1: 400, jwt: 401 }, message: 'Invalid or expired token' },
  INVALID_CODE: { status: { native: 400, v1: 400, jwt: 422 }, message: 'Invalid or expired code' },
  INVALID_MFA_CODE: { status: { native: 401, v1: 401, jwt: 401 }, message: 'Invalid authentication code' },
  // A refresh token presented again after its successor was issued: taken for theft, the family is revoked.
  TOKEN_REUSED: { status: everywhere(401), message: 'Refresh token already used; sign in again' },
  MFA_REQUIRED: { status: everywhere(401), message: 'Multi-factor authentication required' },
  SESSION_EXPIRED: { status: everywhere(401), message: 'Session no longer valid; sign in again' },
  UNAUTHORIZED: { status: everywhere(401), message: 'Missing or invalid credentials' },
  EMAIL_NOT_VERIFIED: { status: everywhere(403), message: 'Email address not verified' },
  INVALID_REDIRECT: { status: { native: 400, v1: 400, jwt: 422 }, message: 'Redirect URL is not on an allowed origin' },
  // A page cursor that was altered or issued to another account: 400 on every surface, /auth's included (no field of the request is invalid as such).
  INVALID_CURSOR: { status: everywhere(400), message: 'Invalid page cursor' },
  VALIDATION_ERROR: { status: { native: 400, v1: 400, jwt: 422 }, message: 'Invalid request' },
  FORBIDDEN_ORIGIN: { status: everywhere(403), message: 'Origin not allowed' },
  FORBIDDEN: { status: everywhere(403), message: 'Not allowed' },
  NOT_FOUND: { status: everywhere(404), message: 'Not found' },
  METHOD_NOT_ALLOWED: { status: everywhere(405), message: 'Method not allowed' },
  PAYLOAD_TOO_LARGE: { status: everywhere(413), message: 'Request body too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: everywhere(415), message: 'Request body must be application/json' },
  RATE_LIMITED: { status: everywhere(429), message: 'Too many requests; retry later' },
  INTERNAL_ERROR: { status: everywhere(500), message: 'Internal server error' },
  SERVICE_UNAVAILABLE: { status: everywhere(503), message: 'Service temporarily unavailable; retry later' },
  // One answer for every way an assertion can fail (unknown or removed passkey, bad signature,
  // spent challenge, other origin or rp id, no user verification, a counter that went back).
  INVALID_PASSKEY: { status: everywhere(401), message: 'Passkey not accepted; start again' },
  PASSKEY_REGISTRATION_FAILED: { status: everywhere(400), message: 'The passkey could not be registered; start again' },
  FRESH_SESSION_REQUIRED: { status: everywhere(403), message: 'Signed in too long ago for this; sign in again' },
  // A ban by the admin API, on every way to sign in or renew a token; only after the credentials
  // were right, so it tells nothing to whoever does not hold them.
  USER_BANNED: { status: everywhere(403), message: 'This account is suspended' },
  // A provider callback that cannot end on a front-end page (no flow of ours, a state unknown or spent).
  FEDERATED_SIGN_IN_FAILED: { status: { native: 400, v1: 400, jwt: 400 }, message: 'Sign-in with the provider failed; start again' },
  LAST_SIGN_IN_METHOD: { status: everywhere(409), message: 'This is the last way to sign in to the account; add another first' },
})

/** A failure our code decides on, mapped once to each surface's status and body. */
export class AppError extends Error {
  override name = 'AppError'
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string = ERROR_CODES[code].message) {
    super(message)
    this.code = code
  }
}
