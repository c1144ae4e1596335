import Bowser from 'bowser'

const BROWSERS = new Set(Object.values(Bowser.BROWSER_MAP))
const SYSTEMS = new Set(Object.values(Bowser.OS_MAP))

/**
 * "Chrome 120 on macOS", from a user agent, for a notice. Only names from the parser's own list
 * and a major version's digits are taken: a user agent is the signer-in's to write, and whatever
 * else it says ("visit evil.example to secure your account") must not reach the owner's mailbox
 * in our words.
 */
export function describeDevice(userAgent: string | undefined): string {
  if (userAgent === undefined || userAgent === '') return 'an unrecognised device'
  const parsed = Bowser.parse(userAgent.slice(0, 512))
  const browser = BROWSERS.has(parsed.browser.name ?? '') ? parsed.browser.name! : undefined
  const version = /^\d{1,4}/.exec(parsed.browser.version ?? '')?.[0]
  const system = SYSTEMS.has(parsed.os.name ?? '') ? parsed.os.name! : undefined
  if (browser === undefined && system === undefined) return 'an unrecognised device'
  const named = browser === undefined ? 'a browser' : version === undefined ? browser : `${browser} ${version}`
  return system === undefined ? named : `${named} on ${system}`
}
