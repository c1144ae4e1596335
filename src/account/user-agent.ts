import Bowser from 'bowser'
import type { Device } from '../schemas/index.js'

const UNKNOWN: Device = Object.freeze({ browser: null, browserVersion: null, os: null, osVersion: null, platform: null })

/**
 * What a `User-Agent` says about the device, for people looking at their own sessions and
 * history: parsed with bowser (MIT, maintained, typed). A header it cannot read (curl, a backend,
 * none) gives nulls, never an error: the header is whatever a client chose to send.
 */
export function describeDevice(userAgent: string | null | undefined): Device {
  if (userAgent === null || userAgent === undefined || userAgent.trim() === '') return UNKNOWN
  try {
    const { browser, os, platform } = Bowser.parse(userAgent)
    return {
      browser: present(browser.name),
      browserVersion: present(browser.version),
      os: present(os.name),
      osVersion: present(os.version),
      platform: present(platform.type),
    }
  } catch {
    return UNKNOWN
  }
}

function present(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value
}
