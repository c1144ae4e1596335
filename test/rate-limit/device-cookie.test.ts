import fc from 'fast-check'
import t, { type Test } from 'tap'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { createDeviceCookies, DEVICE_COOKIE_NAME } from '../../src/rate-limit/device-cookie.js'
import { FREE_FAILURES } from '../../src/rate-limit/sign-in-throttle.js'
import { build, FRONTEND_ORIGIN, PASSWORD, signUp, TEST_SECRET, uniqueEmail } from '../helper.js'
import { unusedTotp } from '../totp.js'
import { testClock } from '../clock.js'

const on = { RATE_LIMITS: 'on', TRUST_PROXY: '1' }
const SURFACES = ['/api/auth/sign-in/email', '/api/v1/better-auth/login', '/auth/login'] as const
const YEAR_MS = 365 * 24 * 60 * 60 * 1000

let address = 0
/**
 * A sign-in from an address of its own (the per-IP limit is not what these tests are about); with
 * cookies, from the front end's origin, as a browser sends it.
 */
function attempt(app: FastifyInstance, url: string, email: string, password: string, cookie?: string): Promise<LightMyRequestResponse> {
  address += 1
  return app.inject({
    method: 'POST', url, payload: { email, password },
    headers: { 'x-forwarded-for': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`, ...(cookie === undefined ? {} : { cookie, origin: FRONTEND_ORIGIN }) },
  })
}

function deviceCookieOf(response: LightMyRequestResponse): string | undefined {
  const cookies = response.headers['set-cookie']
  const all = cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [cookies]
  return all.find((cookie) => cookie.startsWith(`${DEVICE_COOKIE_NAME}=`))
}

function deviceValueOf(response: LightMyRequestResponse): string {
  const cookie = deviceCookieOf(response)
  if (cookie === undefined) throw new Error(`no device cookie: ${response.statusCode} ${response.body}`)
  return cookie.slice(DEVICE_COOKIE_NAME.length + 1).split(';')[0]!
}

/** A verified account (the REST surface signs in verified users only) and a device that signed in to it. */
async function owner(app: FastifyInstance): Promise<{ email: string; device: string }> {
  const { email, userId } = await signUp(app)
  await app.db.updateTable('user').set({ email_verified: true }).where('id', '=', userId).execute()
  const signedIn = await attempt(app, SURFACES[0], email, PASSWORD)
  return { email, device: deviceValueOf(signedIn) }
}

/** An attacker fails from many addresses until the account is delayed for every unknown device. */
async function lockAccount(t: Test, app: FastifyInstance, email: string): Promise<void> {
  for (let failure = 0; failure < FREE_FAILURES; failure += 1) await attempt(app, SURFACES[failure % 3]!, email, 'wrong-password')
  t.equal((await attempt(app, SURFACES[2], email, PASSWORD)).statusCode, 429, 'the account is delayed for unknown devices, even with the right password')
}

const cookieOf = (value: string): string => `${DEVICE_COOKIE_NAME}=${value}`

t.test('a completed sign-in on every surface sets a signed, HttpOnly device cookie for a year', async (t) => {
  const app = await build(t, on)
  const { email } = await owner(app)
  for (const url of SURFACES) {
    const response = await attempt(app, url, email, PASSWORD)
    t.equal(response.statusCode, 200, url)
    const cookie = deviceCookieOf(response) ?? ''
    t.match(cookie, /^better-auth\.device=[\w-]+\.[\w-]+;/, `${url}: <payload>.<signature>`)
    t.match(cookie, /; HttpOnly/i)
    t.match(cookie, /; SameSite=Lax/i)
    t.match(cookie, /; Path=\//)
    t.match(cookie, /; Max-Age=31536000/)
  }
  const failed = await attempt(app, SURFACES[0], email, 'wrong-password')
  t.equal(deviceCookieOf(failed), undefined, 'never on a failure')
})

t.test('an attacker failing from many addresses: the owner with the device cookie signs in at once on every surface, without it gets 429', async (t) => {
  const app = await build(t, on)
  const { email, device } = await owner(app)
  await lockAccount(t, app, email)
  for (const url of SURFACES) {
    const without = await attempt(app, url, email, PASSWORD)
    t.equal(without.statusCode, 429, `${url} without the cookie`)
    t.ok(Number(without.headers['retry-after']) > 0)
    const known = await attempt(app, url, email, PASSWORD, cookieOf(device))
    t.equal(known.statusCode, 200, `${url} with the cookie`)
    t.ok(deviceCookieOf(known), 'and the cookie is renewed')
  }
  // Keep failing while the delay lapses: the owner's device is never kept out.
  for (let round = 0; round < 3; round += 1) {
    await attempt(app, SURFACES[round]!, email, 'wrong-password')
    t.equal((await attempt(app, SURFACES[round]!, email, PASSWORD, cookieOf(device))).statusCode, 200)
  }
})

t.test('a device cookie for another account does not help', async (t) => {
  const app = await build(t, on)
  const victim = await owner(app)
  const attacker = await owner(app)
  await lockAccount(t, app, victim.email)
  for (const url of SURFACES) t.equal((await attempt(app, url, victim.email, PASSWORD, cookieOf(attacker.device))).statusCode, 429, url)
  const unknown = uniqueEmail('nobody')
  await lockAccount(t, app, unknown)
  t.equal((await attempt(app, SURFACES[0], unknown, 'wrong-password', cookieOf(attacker.device))).statusCode, 429, 'nor for an unknown email')
})

t.test('a tampered, quoted or repeated device cookie counts only when the parser reads the very value signed', async (t) => {
  const app = await build(t, on)
  const { email, device } = await owner(app)
  const other = await owner(app)
  await lockAccount(t, app, email)
  const [payload, signature] = device.split('.') as [string, string]
  const [otherPayload, otherSignature] = other.device.split('.') as [string, string]
  const base64url = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''))
  const mutated = fc.oneof(
    fc.tuple(fc.nat(device.length - 1), base64url).map(([index, character]) => device.slice(0, index) + character + device.slice(index + 1)),
    fc.nat(device.length - 1).map((index) => device.slice(0, index)),
    fc.string({ minLength: 1, maxLength: 8 }).map((suffix) => device + encodeURIComponent(suffix)),
    fc.constant(`${otherPayload}.${signature}`),
    fc.constant(`${payload}.${otherSignature}`),
    fc.constant(`${payload}.${signature}.${signature}`),
    fc.constant(`"${device}"`),
    fc.constant(`"${device}`),
    fc.constant(encodeURIComponent(`${payload}.${signature}`).replace(/-/g, '%2D')),
    fc.constant(Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), t: 0 })).toString('base64url') + `.${signature}`),
  )
  const header = fc.oneof(
    mutated.map((value) => cookieOf(value)),
    mutated.map((value) => `${cookieOf(value)}; ${cookieOf(device)}`),
    mutated.map((value) => `${cookieOf(device)}; ${cookieOf(value)}`),
    mutated.map((value) => `${cookieOf(value)}; ${cookieOf(other.device)}`),
  )
  await fc.assert(fc.asyncProperty(header, fc.constantFrom(...SURFACES), async (cookie, url) => {
    const response = await attempt(app, url, email, PASSWORD, cookie)
    // One parser decides: the attempt is trusted exactly when it yields the value that was signed.
    const trusted = app.parseCookie(cookie)[DEVICE_COOKIE_NAME] === device
    return response.statusCode === (trusted ? 200 : 429)
  }), { numRuns: 80 })
  t.pass('no tampered cookie lifted the delay')

  // The signature's last character carries two unused bits: its other spellings decode to the same
  // bytes, and still are not the value signed.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const last = alphabet.indexOf(signature.at(-1)!)
  for (const spelling of [1, 2, 3].map((bits) => alphabet[last ^ bits]!)) {
    const respelled = `${payload}.${signature.slice(0, -1)}${spelling}`
    t.same(Buffer.from(respelled.split('.')[1]!, 'base64url'), Buffer.from(signature, 'base64url'), 'decodes alike')
    t.equal((await attempt(app, SURFACES[0], email, PASSWORD, cookieOf(respelled))).statusCode, 429, `…${spelling} is not …${signature.at(-1)!}`)
  }
})

t.test('a device cookie signed with another secret, expired, or from the future is ignored', async (t) => {
  const clock = testClock()
  const app = await build(t, on, { clock })
  const { email } = await owner(app)
  await lockAccount(t, app, email)
  const ours = createDeviceCookies(TEST_SECRET)
  const theirs = createDeviceCookies('another-secret-another-secret-another-secret')
  t.equal((await attempt(app, SURFACES[0], email, PASSWORD, cookieOf(theirs.issue(email, clock.nowMs())))).statusCode, 429, 'another secret')
  t.equal((await attempt(app, SURFACES[0], email, PASSWORD, cookieOf(ours.issue(email, clock.nowMs() + 10 * 60_000)))).statusCode, 429, 'issued in the future')
  const old = ours.issue(email, clock.nowMs())
  clock.advance(YEAR_MS + 1)
  await lockAccount(t, app, email)
  t.equal((await attempt(app, SURFACES[1], email, PASSWORD, cookieOf(old))).statusCode, 429, 'a year old')
  t.equal((await attempt(app, SURFACES[1], email, PASSWORD, cookieOf(ours.issue(email, clock.nowMs())))).statusCode, 200, 'a fresh one works')
})

t.test("a device's own budget locks only that device, and its failures do not count against the account", async (t) => {
  const app = await build(t, on)
  const { email, device: first } = await owner(app)
  const second = deviceValueOf(await attempt(app, SURFACES[2], email, PASSWORD))
  for (let failure = 0; failure < FREE_FAILURES; failure += 1) {
    t.not((await attempt(app, SURFACES[failure % 3]!, email, 'wrong-password', cookieOf(first))).statusCode, 429, 'the device has its own five')
  }
  const locked = await attempt(app, SURFACES[0], email, PASSWORD, cookieOf(first))
  t.equal(locked.statusCode, 429, 'then that device waits, even with the right password')
  t.equal(locked.json().code, 'RATE_LIMITED')
  t.equal((await attempt(app, SURFACES[1], email, PASSWORD, cookieOf(second))).statusCode, 200, 'another device of the owner is not affected')
  t.equal((await attempt(app, SURFACES[2], email, PASSWORD)).statusCode, 200, 'nor is the account: the device failures were not counted against it')
})

t.test('completing a second factor sets the device cookie; the password step alone does not', async (t) => {
  const app = await build(t, on)
  const { email } = await owner(app)
  const signedIn = await attempt(app, SURFACES[1], email, PASSWORD)
  const headers = { authorization: `Bearer ${signedIn.json().accessToken}` }
  const setup = await app.inject({ method: 'POST', url: '/api/v1/better-auth/mfa/setup', headers, payload: { password: PASSWORD } })
  const spent = new Set<string>()
  const uri = setup.json().totpURI as string
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/better-auth/mfa/enable', headers, payload: { code: unusedTotp(uri, spent) } })).statusCode, 200)
  const challenge = await attempt(app, SURFACES[1], email, PASSWORD)
  t.equal(challenge.json().mfaRequired, true)
  t.equal(deviceCookieOf(challenge), undefined, 'no device cookie for a password alone')
  const verified = await app.inject({ method: 'POST', url: '/api/v1/better-auth/verify-mfa', headers: { 'x-forwarded-for': '10.200.0.1' }, payload: { mfaToken: challenge.json().mfaToken, code: unusedTotp(uri, spent) } })
  t.equal(verified.statusCode, 200)
  const device = deviceValueOf(verified)
  await lockAccount(t, app, email)
  const trusted = await attempt(app, SURFACES[1], email, PASSWORD, cookieOf(device))
  t.equal(trusted.statusCode, 200, 'that device gets past the delay to its second factor')
  t.equal(trusted.json().mfaRequired, true)
})

