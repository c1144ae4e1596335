import t from 'tap'
import { buildApp } from '../../src/app.js'
import { ConfigError, loadConfig } from '../../src/config.js'
import { relyingParty } from '../../src/passkeys/relying-party.js'
import { testConfig } from '../helper.js'

t.test('the rp id and passkey origins derive from the deployment', async (t) => {
  const cases: Array<[Record<string, string>, string, string[]]> = [
    [{}, 'localhost', ['http://localhost:3000']],
    [{ BETTER_AUTH_URL: 'https://api.example.com', CORS_ORIGINS: 'https://app.example.com,https://pr-*.preview.example.com' }, 'example.com', ['https://app.example.com', 'https://pr-*.preview.example.com']],
    [{ BETTER_AUTH_URL: 'https://auth.example.co.uk', CORS_ORIGINS: 'https://www.example.co.uk' }, 'example.co.uk', ['https://www.example.co.uk']],
    [{ BETTER_AUTH_URL: 'https://auth.myco.io', CORS_ORIGINS: 'https://app.example.com', WEBAUTHN_RP_ID: 'example.com' }, 'example.com', ['https://app.example.com']],
    [{ BETTER_AUTH_URL: 'https://api.example.com', CORS_ORIGINS: 'https://app.example.com,http://localhost:3000', WEBAUTHN_ORIGINS: 'https://app.example.com' }, 'example.com', ['https://app.example.com']],
  ]
  for (const [environment, id, origins] of cases) {
    const party = relyingParty(loadConfig(environment))
    t.equal(party.id, id, JSON.stringify(environment))
    t.same(party.origins, origins)
  }
  const party = relyingParty(loadConfig({ BETTER_AUTH_URL: 'https://api.example.com', CORS_ORIGINS: 'https://pr-*.preview.example.com', WEBAUTHN_RP_NAME: 'Example' }))
  t.equal(party.name, 'Example')
  t.ok(party.isPasskeyOrigin('https://pr-42.preview.example.com'), 'a pattern admits its previews')
  t.notOk(party.isPasskeyOrigin('https://pr-42.preview.example.com.evil.example'))
  t.notOk(party.isPasskeyOrigin(undefined), 'no Origin, no ceremony')
})

t.test('start-up refuses an rp id a browser would refuse, in one line that names the fix', async (t) => {
  const refused: Array<[Record<string, string>, RegExp]> = [
    [{ BETTER_AUTH_URL: 'http://localhost:3001', CORS_ORIGINS: 'http://localhost:3000,https://pr-*.preview.example.com' },
      /^WEBAUTHN_RP_ID: unset, so passkeys are bound to "localhost" \(from BETTER_AUTH_URL\), which does not cover https:\/\/pr-\*\.preview\.example\.com \(CORS_ORIGINS\).*WEBAUTHN_ORIGINS=http:\/\/localhost:3000/],
    [{ BETTER_AUTH_URL: 'https://auth.myco.io', CORS_ORIGINS: 'https://app.example.com' }, /does not cover https:\/\/app\.example\.com .*set WEBAUTHN_RP_ID=example\.com/],
    [{ BETTER_AUTH_URL: 'https://api.example.com', CORS_ORIGINS: 'https://app.example.com,https://pr-*.preview.example.com', WEBAUTHN_RP_ID: 'app.example.com' },
      /^WEBAUTHN_RP_ID: "app\.example\.com" does not cover https:\/\/pr-\*\.preview\.example\.com/],
    [{ BETTER_AUTH_URL: 'https://api.example.com', CORS_ORIGINS: 'https://pr-*.preview.example.com', WEBAUTHN_RP_ID: 'pr-x.preview.example.com' }, /does not cover https:\/\/pr-\*\.preview\.example\.com/],
    [{ BETTER_AUTH_URL: 'https://app.vercel.app', CORS_ORIGINS: 'https://app.vercel.app', WEBAUTHN_RP_ID: 'vercel.app' }, /^WEBAUTHN_RP_ID: "vercel\.app" is a public suffix/],
    [{ BETTER_AUTH_URL: 'http://10.0.0.5:3001' }, /^WEBAUTHN_RP_ID: BETTER_AUTH_URL is on an IP address \(10\.0\.0\.5\)/],
    [{ WEBAUTHN_ORIGINS: 'http://127.0.0.1:3000' }, /^WEBAUTHN_ORIGINS: "http:\/\/127\.0\.0\.1:3000" is on an IP address/],
    [{ CORS_ORIGINS: 'http://localhost:3000', WEBAUTHN_ORIGINS: 'http://localhost:4000' }, /^WEBAUTHN_ORIGINS: .*http:\/\/localhost:4000/],
  ]
  for (const [environment, message] of refused) {
    let error: unknown
    try {
      await buildApp(await testConfig(t, { WEBAUTHN_ORIGINS: '', ...environment }), { logger: false, purgeIntervalMs: 0 })
    } catch (caught) {
      error = caught
    }
    t.type(error, ConfigError, JSON.stringify(environment))
    t.match((error as Error).message, message)
    t.notMatch((error as Error).message, /\n/, 'one line')
  }
})
