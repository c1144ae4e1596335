import { randomBytes } from 'node:crypto'
import t from 'tap'
import { loadConfig } from '../../src/config.js'
import { checkDeployment } from '../../src/origins/deployment-check.js'
import { createOriginPolicy, OriginPatternError } from '../../src/origins/origin-policy.js'

t.test('the allow-list matches exact origins and one-label patterns, nothing else', async (t) => {
  const policy = createOriginPolicy(['https://app.novunt.com', 'http://localhost:3000', 'https://pr-*.preview.novunt.com'], 'https://api.novunt.com')
  const allowed = ['https://app.novunt.com', 'https://APP.novunt.com', 'https://app.novunt.com:443', 'http://localhost:3000', 'https://pr-xxx.preview.novunt.com', 'https://pr-a1-b2.preview.novunt.com', 'https://api.novunt.com']
  const refused = [
    'https://pr-x.preview.novunt.com.evil.example', 'https://pr-.preview.novunt.com', 'https://pr-a.b.preview.novunt.com',
    'https://evil-pr-x.preview.novunt.com', 'http://pr-x.preview.novunt.com', 'https://app.novunt.com.evil.example',
    'http://app.novunt.com', 'https://app.novunt.com:8443', 'http://localhost:3001', 'null', 'https://app.novunt.com/path', 'not a url',
  ]
  for (const origin of allowed) t.ok(policy.isAllowedOrigin(origin), `allows ${origin}`)
  for (const origin of refused) t.notOk(policy.isAllowedOrigin(origin), `refuses ${origin}`)
  t.notOk(policy.isAllowedOrigin(undefined))
})

t.test('patterns that would match too much are refused at start-up', async (t) => {
  for (const entry of ['*', 'https://*.vercel.app', 'https://*.com', 'https://app.*', 'ftp://files.example.com', 'https://app.example.com/path']) {
    t.throws(() => createOriginPolicy([entry], 'http://localhost:3001'), OriginPatternError, entry)
  }
})

const SECRET = randomBytes(32).toString('base64')

t.test('start-up refuses what a browser would silently defeat, in one line naming the variable', async (t) => {
  const refusals: Array<[Record<string, string>, RegExp]> = [
    [{ COOKIE_SAMESITE: 'none', BETTER_AUTH_URL: 'http://api.example.com' }, /^COOKIE_SAMESITE: "none" needs Secure cookies/],
    [{ COOKIE_DOMAIN: 'vercel.app', BETTER_AUTH_URL: 'https://api.vercel.app' }, /^COOKIE_DOMAIN: "vercel.app" is a public suffix/],
    [{ COOKIE_DOMAIN: 'co.uk', BETTER_AUTH_URL: 'https://api.example.co.uk' }, /^COOKIE_DOMAIN: "co.uk" is a public suffix/],
    [{ COOKIE_DOMAIN: 'example.com', BETTER_AUTH_URL: 'https://api.example.org' }, /^COOKIE_DOMAIN: "example.com" does not cover the API's host api.example.org/],
    [{ NODE_ENV: 'production', BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: 'http://api.example.com', CORS_ORIGINS: 'https://app.example.com' }, /^BETTER_AUTH_URL: http:\/\/api.example.com is not https/],
    [{ NODE_ENV: 'production', BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: 'https://api.example.com', CORS_ORIGINS: 'http://app.example.com' }, /^CORS_ORIGINS: "http:\/\/app.example.com" is not https/],
  ]
  for (const [environment, message] of refusals) {
    t.throws(() => checkDeployment(loadConfig(environment)), message, JSON.stringify(environment))
  }
  const accepted: Array<Record<string, string>> = [
    {},
    { COOKIE_SAMESITE: 'none', BETTER_AUTH_URL: 'http://localhost:3001' },
    { COOKIE_SAMESITE: 'none', BETTER_AUTH_URL: 'https://api.example.com' },
    { COOKIE_DOMAIN: 'example.com', BETTER_AUTH_URL: 'https://api.example.com' },
    { COOKIE_DOMAIN: '.example.com', BETTER_AUTH_URL: 'https://example.com' },
    { NODE_ENV: 'production', BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: 'https://api.example.com', CORS_ORIGINS: 'https://app.example.com,https://pr-*.preview.example.com' },
    { NODE_ENV: 'production', BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: 'http://localhost:3001', CORS_ORIGINS: 'http://localhost:3000' },
  ]
  for (const environment of accepted) t.doesNotThrow(() => checkDeployment(loadConfig(environment)), JSON.stringify(environment))
})
