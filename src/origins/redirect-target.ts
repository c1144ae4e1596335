import { ConfigError, type Config } from '../config.js'

/**
 * Characters that a URL parser strips, skips or rewrites instead of keeping: C0 controls and
 * space (TAB, CR and LF are dropped anywhere, the rest trimmed at the ends), DEL, and the
 * backslash, which browsers read as "/" in http(s) URLs. A value holding one means something
 * else to a browser than it seems to, so it is refused outright rather than interpreted.
 */
const REWRITTEN_BY_PARSERS = /[\u0000-\u0020\u007f\\]/

/**
 * The one redirect check: the target as a browser would resolve it (WHATWG URL, against the
 * service's own origin), when it lands on an http(s) origin that `isAllowedOrigin` admits;
 * undefined otherwise. The decision is made on the resolved URL, never on the string's prefix,
 * and a caller sends the returned `href` (canonical, ASCII), so what is sent is what was checked.
 */
export function resolveRedirectTarget(value: string, ownOrigin: string, isAllowedOrigin: (origin: string) => boolean): URL | undefined {
  if (value === '' || REWRITTEN_BY_PARSERS.test(value)) return undefined
  let url: URL
  try {
    url = new URL(value, ownOrigin)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  // Credentials in a link only serve to make `https://app.example.com@evil.example` look trusted.
  if (url.username !== '' || url.password !== '') return undefined
  return isAllowedOrigin(url.origin) ? url : undefined
}

/** Refuses at start-up a PASSWORD_RESET_URL, EMAIL_VERIFICATION_URL, EMAIL_CHANGE_UNDO_URL or EMAIL_SIGN_IN_URL that the redirect check would refuse. */
export function checkEmailLinkTargets(config: Config, policy: { resolveRedirect(value: string): URL | undefined }): void {
  const settings: Array<[string, string]> = [
    ['PASSWORD_RESET_URL', config.passwordResetUrl],
    ['EMAIL_VERIFICATION_URL', config.emailVerificationUrl],
    ['EMAIL_CHANGE_UNDO_URL', config.emailChangeUndoUrl],
    ['EMAIL_SIGN_IN_URL', config.emailSignInUrl],
  ]
  for (const [variable, value] of settings) {
    if (policy.resolveRedirect(value) === undefined) {
      throw new ConfigError(`${variable}: "${value}" is not a URL on an allowed origin; emailed links lead there, so it must be on CORS_ORIGINS or BETTER_AUTH_URL (without control characters, backslashes or credentials)`)
    }
  }
}
