import t from 'tap'
import { build, uniqueEmail } from '../helper.js'

const NATIVE_LINK = '/api/auth/sign-in/magic-link'
const NATIVE_CODE = '/api/auth/email-otp/send-verification-otp'
const V1_START = '/api/v1/better-auth/email-sign-in/start'
const V1_VERIFY = '/api/v1/better-auth/email-sign-in/verify'

t.test('sign-in emails are limited per address and per client, across surfaces', async (t) => {
  const app = await build(t, { RATE_LIMITS: 'on' })

  await t.test('three sign-in emails per address in fifteen minutes, whichever operation asks; then 429 with Retry-After', async (t) => {
    const email = uniqueEmail('limited')
    const asks = [
      { url: NATIVE_LINK, payload: { email } },
      { url: NATIVE_CODE, payload: { email, type: 'sign-in' } },
      { url: V1_START, payload: { email: email.toUpperCase() } },
    ]
    for (const ask of asks) t.equal((await app.inject({ method: 'POST', ...ask, remoteAddress: '198.51.100.1' })).statusCode, 200)
    const refused = await app.inject({ method: 'POST', url: V1_START, payload: { email }, remoteAddress: '198.51.100.2' })
    t.equal(refused.statusCode, 429, 'from another client too')
    t.equal(refused.json().error.code, 'RATE_LIMITED')
    t.ok(Number(refused.headers['retry-after']) > 0)
    t.equal((await app.inject({ method: 'POST', url: V1_START, payload: { email: uniqueEmail() }, remoteAddress: '198.51.100.2' })).statusCode, 200, 'another address is not held back')
  })

  await t.test('one client may ask for thirty in fifteen minutes, whatever the addresses', async (t) => {
    const remoteAddress = '203.0.113.9'
    for (let ask = 0; ask < 30; ask += 1) {
      const response = await app.inject({ method: 'POST', url: NATIVE_CODE, payload: { email: uniqueEmail('spray'), type: 'sign-in' }, remoteAddress })
      if (response.statusCode !== 200) t.fail(`ask ${ask}: ${response.statusCode}`)
    }
    const refused = await app.inject({ method: 'POST', url: V1_START, payload: { email: uniqueEmail('spray') }, remoteAddress })
    t.equal(refused.statusCode, 429)
  })

  await t.test('ten code tries per address in fifteen minutes, on top of each code\'s three', async (t) => {
    const email = uniqueEmail('guesser')
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const response = await app.inject({ method: 'POST', url: V1_VERIFY, payload: { email, code: '123456' }, remoteAddress: `192.0.2.${attempt + 1}` })
      t.equal(response.statusCode, 400)
    }
    const refused = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email-otp', payload: { email, otp: '123456' }, remoteAddress: '192.0.2.99' })
    t.equal(refused.statusCode, 429)
  })
})
