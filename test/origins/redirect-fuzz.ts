import fc from 'fast-check'

/** The service's own origin in the tests (BETTER_AUTH_URL), against which paths resolve. */
export const OWN_ORIGIN = 'http://localhost:3001'

/**
 * The tests' own statement of the allow-list (test/helper.ts: CORS_ORIGINS plus the service),
 * written independently of the code under test.
 */
export function isAllowedInTests(origin: string): boolean {
  return origin === OWN_ORIGIN || origin === 'http://localhost:3000' || /^https:\/\/pr-[a-z0-9-]+\.preview\.example\.com$/.test(origin)
}

/** Where a browser goes for `value`: WHATWG URL resolution against `base`, or undefined when it does not parse. */
export function browserOrigin(value: string, base: string): string | undefined {
  try {
    return new URL(value, base).origin
  } catch {
    return undefined
  }
}

const FRAGMENTS = [
  '/', '/', '//', '\\', '\\\\', '\t', '\r', '\n', '\0', '\u000b', '\u001f', '\u007f', ' ', '\u00a0', '\u2028', '\u3000',
  '@', ':', '.', '..', '?', '#', '%2f', '%2F', '%5c', '%5C', '%09', '%0a', '%00', '%2e', '%40',
  '。', '．', '｡', '／', '＼', 'evil.example', 'EVIL.example', 'localhost', 'localhost:3000', 'localhost:3001',
  'pr-x.preview.example.com', 'preview.example.com', 'javascript:', 'JaVaScRiPt:', 'data:', 'file:', 'blob:', 'http:', 'https:',
  'http://', 'https://', 'http://localhost:3000', 'https://pr-a.preview.example.com', 'user:pass@', 'user@', 'reset',
  'alert(1)', 'text/html,<script>', '%%', 'é', 'xn--', '[::1]', '0x7f.1', '127.0.0.1',
]

/** Hostile redirect targets: the pieces browsers and URL parsers treat specially, in any order. */
export const hostileRedirect: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('/', '//', 'https:', 'http:/', '/\t/', '\\'), fc.string({ maxLength: 20 })).map(([head, tail]) => head + tail) },
  { weight: 1, arbitrary: fc.webUrl().map((url) => url.slice(0, 2000)) },
).filter((value) => value.length >= 1 && value.length <= 2048)

/** The strings that showed the hole, and their relatives: each must be refused. */
export const KNOWN_HOSTILE = [
  '/\t/evil.example', '/\n/evil.example', '/\r/evil.example', '/\r\n/evil.example/reset', '\t//evil.example', ' //evil.example',
  '/\\evil.example', '\\/evil.example', '\\\\evil.example', '/\t\\evil.example', 'https:evil.example', 'https:/evil.example',
  'https:\\\\evil.example', '//evil.example', '///evil.example', 'https://localhost:3000@evil.example/', 'http://localhost:3000\\@evil.example',
  'https://evil。example', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '\u0000/evil.example',
  'http://user:pass@localhost:3000/reset', 'https://pr-x.preview.example.com.evil.example/', 'http://evil.example%2f@localhost:3000',
]
