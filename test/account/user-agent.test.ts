import fc from 'fast-check'
import t from 'tap'
import { describeDevice } from '../../src/account/user-agent.js'

t.test('describeDevice: browser, OS and platform of real user agents', async (t) => {
  const cases: Array<[string, ReturnType<typeof describeDevice>]> = [
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
      { browser: 'Chrome', browserVersion: '140.0', os: 'Linux', osVersion: null, platform: 'desktop' }],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      { browser: 'Safari', browserVersion: '18.1', os: 'iOS', osVersion: '18.1', platform: 'mobile' }],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      { browser: 'Firefox', browserVersion: '133.0', os: 'Windows', osVersion: 'NT 10.0', platform: 'desktop' }],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      { browser: 'Chrome', browserVersion: '131.0.0.0', os: 'Android', osVersion: '14', platform: 'mobile' }],
  ]
  for (const [userAgent, expected] of cases) t.same(describeDevice(userAgent), expected, expected.browser ?? userAgent)
})

t.test('describeDevice: what it cannot read is nulls, never an error', async (t) => {
  const unknown = { browser: null, browserVersion: null, os: null, osVersion: null, platform: null }
  for (const userAgent of [null, undefined, '', '   ', 'curl/8.5.0', 'lightMyRequest', 'node']) {
    t.same(describeDevice(userAgent), unknown, JSON.stringify(userAgent))
  }
  fc.assert(fc.property(fc.string({ maxLength: 512 }), (userAgent) => {
    const device = describeDevice(userAgent)
    return Object.values(device).every((value) => value === null || (typeof value === 'string' && value !== ''))
  }), { numRuns: 300 })
})
