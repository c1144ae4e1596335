import { parseCookies } from 'better-call'

export type RequestCookies = Readonly<Record<string, string>>

/**
 * The cookies of a `Cookie` header exactly as Better Auth's endpoints read them (better-call's
 * parser, behind its `getCookie`/`getSignedCookie`): surrounding quotes stripped, percent-decoded,
 * the first of two cookies with one name wins, and an empty value counts as no cookie.
 *
 * Every decision of ours that reads a cookie goes through this one parser. When two parsers
 * disagree about the same header, one half of a check sees a cookie the other does not — a
 * quoted two_factor cookie once skipped the spent-code check while Better Auth still accepted
 * the code, and a quoted session cookie signed out without the audit row.
 */
export function parseRequestCookies(header: string | undefined): RequestCookies {
  const cookies: Record<string, string> = Object.create(null) as Record<string, string>
  if (header === undefined || header === '') return cookies
  for (const [name, value] of parseCookies(header)) {
    // better-call's getCookie answers null for an empty value (`get(name) || null`).
    if (value !== '') cookies[name] = value
  }
  return cookies
}
