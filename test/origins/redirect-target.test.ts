import fc from 'fast-check'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { ConfigError, loadConfig } from '../../src/config.js'
import { createOriginPolicy } from '../../src/origins/origin-policy.js'
import { testConfig } from '../helper.js'
import { browserOrigin, hostileRedirect, isAllowedInTests, KNOWN_HOSTILE, OWN_ORIGIN } from './redirect-fuzz.js'

const policy = createOriginPolicy(['http://localhost:3000', 'https://pr-*.preview.example.com'], OWN_ORIGIN)

t.test('redirect check: URLs on allowed origins and paths on this service, resolved as a browser does', async (t) => {
  const accepted: Array<[string, string]> = [
    ['/reset', `${OWN_ORIGIN}/reset`],
    ['/a/b?c=d#e', `${OWN_ORIGIN}/a/b?c=d#e`],
    ['http://localhost:3000/reset?x=1', 'http://localhost:3000/reset?x=1'],
    ['//localhost:3000/reset', 'http://localhost:3000/reset'],
    ['HTTP://LOCALHOST:3000/reset', 'http://localhost:3000/reset'],
    ['https://pr-pr1.preview.example.com/reset', 'https://pr-pr1.preview.example.com/reset'],
    ['/%2f%2fevil.example', `${OWN_ORIGIN}/%2f%2fevil.example`],
    ['/%5cevil.example', `${OWN_ORIGIN}/%5cevil.example`],
    ['http:/evil.example', `${OWN_ORIGIN}/evil.example`],
  ]
  for (const [value, href] of accepted) t.equal(policy.resolveRedirect(value)?.href, href, JSON.stringify(value))
})

t.test('redirect check: control characters, spaces, backslashes, credentials and foreign origins are refused', async (t) => {
  for (const value of KNOWN_HOSTILE) t.equal(policy.resolveRedirect(value), undefined, JSON.stringify(value))
  for (const value of ['', ' /reset', '/reset ', '/re set', '/reset\u007f', 'http://localhost:3000/\\reset', 'ftp://localhost:3000/']) {
    t.equal(policy.resolveRedirect(value), undefined, JSON.stringify(value))
  }
})

t.test('redirect check (fuzzed): an accepted target stays on an allowed origin however a browser resolves it', async (t) => {
  fc.assert(fc.property(hostileRedirect, (value) => {
    const url = policy.resolveRedirect(value)
    if (url === undefined) return true
    // What a browser does with the raw value (WHATWG URL) and with the Location we would send.
    const raw = browserOrigin(value, `${OWN_ORIGIN}/api/auth/reset-password/token`)
    const sent = browserOrigin(url.href, 'http://other.example/')
    return raw !== undefined && isAllowedInTests(raw) && sent === raw && url.username === '' && url.password === '' &&
      !/[\u0000-\u0020\u007f\\]/.test(value) && /^[\u0021-\u007e]+$/.test(url.href)
  }), { numRuns: 2000 })
  t.pass('no accepted target leaves the allow-list')
})

t.test('PASSWORD_RESET_URL, EMAIL_VERIFICATION_URL and EMAIL_CHANGE_UNDO_URL default to the first listed front end', async (t) => {
  const defaults = loadConfig({})
  t.equal(defaults.passwordResetUrl, 'http://localhost:3000/reset-password')
  t.equal(defaults.emailVerificationUrl, 'http://localhost:3000/verify-email')
  t.equal(defaults.emailChangeUndoUrl, 'http://localhost:3000/undo-email-change')
  const patternFirst = loadConfig({ CORS_ORIGINS: 'https://pr-*.preview.example.com,https://app.example.com/' })
  t.equal(patternFirst.passwordResetUrl, 'https://app.example.com/reset-password', 'a pattern is skipped')
  const onlyPatterns = loadConfig({ CORS_ORIGINS: 'https://pr-*.preview.example.com', BETTER_AUTH_URL: 'https://api.example.com' })
  t.equal(onlyPatterns.emailVerificationUrl, 'https://api.example.com/verify-email', 'no exact origin: the service itself')
  const set = loadConfig({ PASSWORD_RESET_URL: 'https://app.example.com/account/reset', EMAIL_VERIFICATION_URL: 'https://app.example.com/welcome' })
  t.equal(set.passwordResetUrl, 'https://app.example.com/account/reset')
  t.equal(set.emailVerificationUrl, 'https://app.example.com/welcome')
  t.equal(loadConfig({ EMAIL_CHANGE_UNDO_URL: 'https://app.example.com/security/undo' }).emailChangeUndoUrl, 'https://app.example.com/security/undo')
})

t.test('start-up refuses an emailed-link target that the redirect check refuses, in one line naming it', async (t) => {
  const refusals: Array<[Record<string, string>, RegExp]> = [
    [{ PASSWORD_RESET_URL: 'https://evil.example/reset' }, /^PASSWORD_RESET_URL: "https:\/\/evil.example\/reset" is not a URL on an allowed origin/],
    [{ EMAIL_VERIFICATION_URL: 'http://localhost:3000@evil.example/' }, /^EMAIL_VERIFICATION_URL: /],
    [{ EMAIL_VERIFICATION_URL: 'http://localhost:3000/\\evil' }, /^EMAIL_VERIFICATION_URL: /],
    [{ EMAIL_CHANGE_UNDO_URL: 'https://evil.example/undo' }, /^EMAIL_CHANGE_UNDO_URL: "https:\/\/evil.example\/undo" is not a URL on an allowed origin/],
  ]
  for (const [environment, message] of refusals) {
    const error = await buildApp(await testConfig(t, environment), { logger: false }).then(() => undefined, (caught: unknown) => caught)
    t.type(error, ConfigError, JSON.stringify(environment))
    t.match((error as Error).message, message)
    t.notMatch((error as Error).message, /\n/, 'one line')
  }
  t.throws(() => loadConfig({ PASSWORD_RESET_URL: '/reset-password' }), /^PASSWORD_RESET_URL: /, 'an absolute URL is required')
})
