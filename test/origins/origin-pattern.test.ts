import fc from 'fast-check'
import t from 'tap'
import { parse } from 'tldts'
import { loadConfig } from '../../src/config.js'
import { buildApp } from '../../src/app.js'
import { createOriginPolicy, normalizeOrigin, OriginPatternError } from '../../src/origins/origin-policy.js'

/** Public suffixes, ICANN and private (shared hosts where anyone can register a name). */
const SUFFIXES = [
  'com', 'org', 'de', 'co.uk', 'com.au', 'co.jp', 'ck', 'kawasaki.jp',
  'vercel.app', 'github.io', 'herokuapp.com', 'pages.dev', 'netlify.app', 's3.amazonaws.com', 'blogspot.com',
  'azurewebsites.net', 'web.app', 'firebaseapp.com', 'onrender.com', 'fly.dev', 'workers.dev', 'compute.amazonaws.com',
]
/** Registrable domains that one owner holds. */
const OWNED = ['example.com', 'example.co.uk', 'b.github.io', 'my-app.vercel.app', 'city.kawasaki.jp', 'xn--bcher-kva.de', 'amazonaws.com']
const OWN_ORIGIN = 'https://auth-service.internal'

const labelChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split(''))
const literal = fc.string({ unit: labelChars, minLength: 0, maxLength: 6 })
/** A label holding one `*`, with literal text around it: `*`, `pr-*`, `*-web`, `a*b`. */
const wildcardLabel = fc.tuple(literal, literal).map(([before, after]) => `${before}*${after}`)
const plainLabel = fc.string({ unit: labelChars, minLength: 1, maxLength: 8 }).filter((label) => !label.startsWith('-') && !label.endsWith('-'))
const anyLabel = fc.oneof(wildcardLabel, plainLabel)
const scheme = fc.constantFrom('https', 'http', 'HTTPS')
const port = fc.constantFrom('', ':443', ':8443', ':3000')
const upper = fc.boolean()

function refuses(entry: string): boolean {
  try {
    createOriginPolicy([entry], OWN_ORIGIN)
    return false
  } catch (error) {
    return error instanceof OriginPatternError
  }
}

t.test('the suffixes under test are public suffixes of the list the service reads', async (t) => {
  for (const suffix of SUFFIXES) {
    const probe = parse(`x.${suffix}`, { allowPrivateDomains: true })
    t.ok(probe.publicSuffix === suffix || probe.publicSuffix === `x.${suffix}`, suffix)
  }
})

t.test('the reported examples are refused, with why and what to list instead', async (t) => {
  for (const entry of ['https://frontend-fe-*.vercel.app', 'https://a*.github.io', 'https://x*.co.uk', 'https://*.co.uk', 'https://*.s3.amazonaws.com', 'https://app.*.vercel.app', 'https://*.kawasaki.jp', 'https://*-preview.herokuapp.com', 'https://x*.pages.dev:8443', 'HTTPS://FRONTEND-*.NETLIFY.APP']) {
    let message = ''
    try {
      createOriginPolicy([entry], OWN_ORIGIN)
    } catch (error) {
      t.type(error, OriginPatternError, entry)
      message = (error as Error).message
    }
    t.match(message, /^CORS_ORIGINS: .* anyone can register a name .* list each origin exactly .* a domain you own \(https:\/\/pr-\*\.preview\.example\.com\)$/, entry)
    t.notMatch(message, /\n/, 'one line')
  }
  for (const entry of ['https://app.*', 'https://10.0.0.*', 'https://*.0.0.1', 'https://*.example.com.', 'https://*..example.com', 'https://ü*.example.com', 'https://*.example.com:99999', 'https://*.example.com/path', 'https://u@*.example.com']) {
    t.ok(refuses(entry), entry)
  }
})

t.test('patterns under a domain one owner holds are kept', async (t) => {
  const policy = createOriginPolicy(['https://*.example.com', 'https://pr-*.preview.example.com', 'https://a*.b.github.io', 'https://*.Bücher.de:443', 'http://*.city.kawasaki.jp:3000'], OWN_ORIGIN)
  for (const origin of ['https://app.example.com', 'https://pr-42.preview.example.com', 'https://abc.b.github.io', 'https://shop.xn--bcher-kva.de', 'https://shop.bücher.de', 'http://x.city.kawasaki.jp:3000']) t.ok(policy.isAllowedOrigin(origin), origin)
  for (const origin of ['https://pr-42.preview.example.com.evil.example', 'https://a.b.example.com', 'https://abc.github.io', 'https://a.b.github.io.evil.example', 'https://shop.bucher.de', 'http://x.kawasaki.jp:3000']) t.notOk(policy.isAllowedOrigin(origin), origin)
})

t.test('a "*" in or above the registrable-domain label of any public suffix is refused (fuzzed)', async (t) => {
  const suffix = fc.constantFrom(...SUFFIXES)
  // `*` in the registrable label itself, with any labels (wildcards included) to its left.
  const inRegistrableLabel = fc.tuple(scheme, fc.array(anyLabel, { maxLength: 2 }), wildcardLabel, suffix, port, upper)
    .map(([s, left, label, sfx, p, up]) => [s, [...left, label, sfx].join('.'), p, up] as const)
  // `*` inside the suffix's own labels.
  // (Not s3.amazonaws.com: `*.amazonaws.com` is under Amazon's own domain.)
  const whollyPublic = fc.constantFrom(...SUFFIXES.filter((candidate) => !candidate.endsWith('amazonaws.com')))
  const inSuffix = fc.tuple(scheme, fc.array(anyLabel, { maxLength: 2 }), whollyPublic, fc.nat(), literal, port, upper)
    .map(([s, left, sfx, at, extra, p, up]) => {
      const labels = sfx.split('.')
      const index = at % labels.length
      labels[index] = `${labels[index]!.slice(0, at % (labels[index]!.length + 1))}*${extra}`
      return [s, [...left, ...labels].join('.'), p, up] as const
    })
  fc.assert(fc.property(fc.oneof(inRegistrableLabel, inSuffix), ([s, host, p, up]) => {
    const entry = `${s}://${up ? host.toUpperCase() : host}${p}`
    return refuses(entry)
  }), { numRuns: 300 })
})

t.test('a "*" below a fixed registrable domain is accepted, and never admits another registrable domain (fuzzed)', async (t) => {
  const pattern = fc.tuple(scheme, fc.array(anyLabel, { maxLength: 2 }), wildcardLabel, fc.array(anyLabel, { maxLength: 2 }), fc.constantFrom(...OWNED), port, upper)
    .map(([s, left, label, middle, owned, p, up]) => {
      const host = [...left, label, ...middle, owned].join('.')
      return { entry: `${s}://${up ? host.toUpperCase() : host}${p}`, owned, host, scheme: s.toLowerCase(), port: p }
    })
  // What an attacker (or chance) might present: the pattern filled in with labels, dots, other
  // suffixes; hosts on shared hosting; look-alikes with the owned domain inside.
  const filler = fc.oneof(plainLabel, fc.constantFrom('a.b', 'x.evil', '', '-', 'vercel.app', 'github.io'))
  fc.assert(fc.property(pattern, ({ entry }) => !refuses(entry)), { numRuns: 200 })
  fc.assert(fc.property(pattern, fc.array(filler, { minLength: 1, maxLength: 6 }), fc.constantFrom(...SUFFIXES, ...OWNED, 'evil.example'), plainLabel, ({ entry, owned, host, scheme: s, port: p }, fills, otherSuffix, name) => {
    const policy = createOriginPolicy([entry], OWN_ORIGIN)
    let index = 0
    const filled = host.toLowerCase().replace(/\*/g, () => fills[index++ % fills.length]!)
    const candidates = [
      `${s}://${filled}${p}`,
      `${s}://${filled}.${otherSuffix}${p}`,
      `${s}://${name}.${otherSuffix}${p}`,
      `${s}://${filled.replace(owned, otherSuffix)}${p}`,
      `${s}://${name}.${owned}.${otherSuffix}${p}`,
    ]
    const ownedDomain = parse(owned, { allowPrivateDomains: true }).domain
    for (const candidate of candidates) {
      const origin = normalizeOrigin(candidate)
      if (origin === undefined || origin === OWN_ORIGIN || !policy.isAllowedOrigin(origin)) continue
      if (parse(new URL(origin).hostname, { allowPrivateDomains: true, validateHostname: false }).domain !== ownedDomain) return false
    }
    return true
  }), { numRuns: 200 })
})

t.test('start-up refuses a shared-host pattern in one line naming CORS_ORIGINS', async (t) => {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'pglite:memory', CORS_ORIGINS: 'https://app.example.com,https://frontend-fe-*.vercel.app', LOG_LEVEL: 'silent' })
  await t.rejects(buildApp(config, { logger: false, purgeIntervalMs: 0 }), /^CORS_ORIGINS: "https:\/\/frontend-fe-\*\.vercel\.app" is refused/)
})
