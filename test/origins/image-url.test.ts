import fc from 'fast-check'
import t from 'tap'
import { build, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { codeFor, V1 } from '../surfaces/v1/v1-helper.js'

/** Schemes a browser would run, render or fetch from somewhere other than the web. */
const schemes = ['javascript', 'data', 'vbscript', 'file', 'blob', 'about', 'ftp', 'ws', 'chrome', 'intent']

/** Each letter in a random case: the parser folds scheme case, a naive prefix check does not. */
const anyCase = (text: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((character, index) => upper[index] ? character.toUpperCase() : character).join(''))

/** What the URL parser drops or strips: leading C0 controls and spaces, tabs and newlines anywhere. */
const stripped = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u000b', '\u001f', '  \t')
const dropped = fc.constantFrom('', '\t', '\n', '\r', '\r\n')

/** A scheme that is not http(s), disguised the ways a parser would still read it. */
const hostileUrl = fc.tuple(stripped, fc.constantFrom(...schemes), fc.nat(), dropped, anyCase('x'), fc.constantFrom(':alert(1)', ':text/html,<script>alert(1)</script>', '://evil.example/x.png', ':/etc/passwd'))
  .chain(([lead, scheme, at, insert, , rest]) => anyCase(scheme).map((cased) => {
    const cut = at % (cased.length + 1)
    return `${lead}${cased.slice(0, cut)}${insert}${cased.slice(cut)}${rest}`
  }))

/** http(s) URLs that still must not pass: hidden whitespace, credentials, no host, relative, encoded schemes. */
const trickyUrl = fc.oneof(
  fc.constantFrom(
    ' https://images.example.com/a.png', 'https://images.example.com/a.png\n', 'ht\ttps://images.example.com/a.png',
    'https://user:pw@images.example.com/a.png', 'https://evil.example@images.example.com/a.png', 'https://', 'http:///x',
    '//images.example.com/a.png', '/avatars/a.png', 'images.example.com/a.png', 'https:\\\\evil.example/a.png',
    'java%73cript:alert(1)', '%6Aavascript:alert(1)', 'https://images.example.com/a b.png', 'https://images.example.com/\u0085',
    '\u00a0https://images.example.com/a.png', 'javascript://images.example.com/%0aalert(1)',
  ),
  hostileUrl,
)

const goodUrl = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true })
  .filter((url) => url.length <= 2048 && !/[\s\\]/.test(url))

t.test('image accepts absolute http(s) URLs only', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  await t.test('POST /api/auth/sign-up/email → 400 VALIDATION_ERROR for a javascript:, data: or disguised URL, and no account', async (t) => {
    await fc.assert(fc.asyncProperty(trickyUrl, async (image) => {
      const email = uniqueEmail('image')
      const response = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'Img', image } })
      t.equal(response.statusCode, 400, `${JSON.stringify(image)} → ${response.statusCode}`)
      t.equal(response.json().code, 'VALIDATION_ERROR')
      t.equal(await app.db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst(), undefined, 'nothing created')
    }), { numRuns: 150 })
  })

  await t.test('POST /api/auth/sign-up/email → 200 with an http(s) URL, stored as given', async (t) => {
    await fc.assert(fc.asyncProperty(goodUrl, async (image) => {
      const response = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: uniqueEmail('image'), password: PASSWORD, name: 'Img', image } })
      t.equal(response.statusCode, 200, `${JSON.stringify(image)} → ${response.body}`)
      t.equal(response.json().user.image, image)
    }), { numRuns: 15 })
  })

  await t.test('POST /api/v1/better-auth/complete-registration → 400 VALIDATION_ERROR for a bad image, and the token still works', async (t) => {
    const email = uniqueEmail('image-v1')
    await app.inject({ method: 'POST', url: `${V1}/register`, payload: { email, password: PASSWORD, name: 'Img' } })
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-email`, payload: { email, code: await codeFor(mail, email) } })
    const { registrationToken } = verified.json() as { registrationToken: string }
    await fc.assert(fc.asyncProperty(trickyUrl, async (image) => {
      const response = await app.inject({ method: 'POST', url: `${V1}/complete-registration`, payload: { registrationToken, image } })
      t.equal(response.statusCode, 400, `${JSON.stringify(image)} → ${response.statusCode}`)
      t.equal(response.json().code, 'VALIDATION_ERROR')
    }), { numRuns: 150 })
    const completed = await app.inject({ method: 'POST', url: `${V1}/complete-registration`, payload: { registrationToken, image: 'https://images.example.com/me.png' } })
    t.equal(completed.statusCode, 200, completed.body)
    t.equal(completed.json().user.image, 'https://images.example.com/me.png')
  })
})
