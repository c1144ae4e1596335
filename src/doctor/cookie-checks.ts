import { fail, pass, warn, type Finding } from './findings.js'
import { isPotentiallyTrustworthy, isPublicSuffix, sameSite } from './site.js'

export interface CookieAttributes {
  readonly name: string
  readonly sameSite: 'lax' | 'strict' | 'none' | undefined
  readonly secure: boolean
  readonly partitioned: boolean
  readonly httpOnly: boolean
  readonly domain: string | undefined
}

export function parseSetCookie(header: string): CookieAttributes {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim())
  const named = (key: string): string | undefined => attributes.find((attribute) => attribute.toLowerCase().startsWith(`${key}=`))?.split('=')[1]
  const has = (key: string): boolean => attributes.some((attribute) => attribute.toLowerCase() === key)
  const sameSiteValue = named('samesite')?.toLowerCase()
  return {
    name: pair.split('=')[0] ?? '',
    sameSite: sameSiteValue === 'lax' || sameSiteValue === 'strict' || sameSiteValue === 'none' ? sameSiteValue : undefined,
    secure: has('secure'),
    partitioned: has('partitioned'),
    httpOnly: has('httponly'),
    domain: named('domain')?.replace(/^\./, '').toLowerCase(),
  }
}

/** Whether the session cookie, as the API sets it, will be stored and sent back by a browser on `origin`. */
export function checkCookie(cookie: CookieAttributes, api: URL, origin: URL): Finding[] {
  const findings: Finding[] = []
  const crossSite = !sameSite(api, origin)
  const label = `cookie ${cookie.name}`
  findings.push(cookie.httpOnly ? pass(`${label} is HttpOnly`) : fail(`${label} is readable by scripts`, 'set HttpOnly on session cookies'))
  if (cookie.secure && !isPotentiallyTrustworthy(api)) {
    findings.push(fail(`${label} is Secure but the API is plain http on ${api.hostname}, so browsers drop it`, 'serve the API over https'))
  } else if (!cookie.secure && api.protocol === 'https:') {
    findings.push(fail(`${label} is not Secure on an https API`, 'mark the cookie Secure'))
  } else {
    findings.push(pass(`${label} Secure flag fits ${api.protocol.replace(':', '')}`))
  }
  if (crossSite) {
    if (cookie.sameSite !== 'none') {
      findings.push(fail(`${label} is SameSite=${cookie.sameSite ?? 'Lax (default)'}, but ${origin.origin} and ${api.origin} are different sites, so the browser never sends it`, 'set COOKIE_SAMESITE=none (with https), or serve the API on a sibling host of the front end (api.example.com beside app.example.com)'))
    } else if (!cookie.secure) {
      findings.push(fail(`${label} is SameSite=None without Secure; browsers reject it`, 'serve the API over https; SameSite=None requires Secure'))
    } else if (!cookie.partitioned) {
      findings.push(fail(`${label} is SameSite=None but not Partitioned; browsers that block third-party cookies (Chrome) never send it back`, 'add Partitioned (CHIPS) to the cookie'))
    } else {
      findings.push(pass(`${label} is SameSite=None; Secure; Partitioned: it works cross-site in Chromium and Firefox`))
    }
    findings.push(warn('front end and API are on different sites', 'Safari keeps no partitioned cookies: for Safari users put the API on a sibling host (api.example.com beside app.example.com) or use bearer tokens'))
  } else {
    findings.push(pass(`${label} is SameSite=${cookie.sameSite ?? 'Lax (default)'} and front end and API are the same site`))
  }
  if (cookie.domain !== undefined) {
    if (isPublicSuffix(cookie.domain)) findings.push(fail(`${label} has Domain=${cookie.domain}, a public suffix; browsers refuse it`, 'use your own registrable domain, or no Domain'))
    else if (api.hostname !== cookie.domain && !api.hostname.endsWith(`.${cookie.domain}`)) findings.push(fail(`${label} has Domain=${cookie.domain}, which does not cover ${api.hostname}; browsers refuse it`, 'use a parent domain of the API host'))
    else findings.push(pass(`${label} Domain=${cookie.domain} covers ${api.hostname}`))
  }
  return findings
}
