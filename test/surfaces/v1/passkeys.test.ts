import t from 'tap'
import { build, PASSWORD } from '../../helper.js'
import { testClock } from '../../clock.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { PASSKEY_ORIGIN } from '../../passkeys/passkey-helper.js'
import { softwareAuthenticator, type SoftwareAuthenticator } from '../../passkeys/software-authenticator.js'
import { unusedTotp } from '../../totp.js'
import { registerUser, V1 } from './v1-helper.js'

const PASSKEYS = `${V1}/passkeys`

t.test('/api/v1/better-auth/passkeys: ceremonies by challenge token, and the rules around them', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = testClock()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })
  const origin = { origin: PASSKEY_ORIGIN }

  async function register(accessToken: string, authenticator: SoftwareAuthenticator) {
    const options = await app.inject({ method: 'POST', url: `${PASSKEYS}/register/options`, headers: { authorization: `Bearer ${accessToken}` } })
    if (options.statusCode !== 200) throw new Error(`options: ${options.body}`)
    const { challengeToken, options: creation } = options.json()
    const response = authenticator.register(creation)
    return app.inject({ method: 'POST', url: `${PASSKEYS}/register/verify`, headers: { authorization: `Bearer ${accessToken}`, ...origin }, payload: { challengeToken, response, name: 'Key' } })
  }

  async function loginOptions(mfaToken?: string) {
    const options = await app.inject({ method: 'POST', url: `${PASSKEYS}/login/options`, payload: mfaToken === undefined ? {} : { mfaToken } })
    return options
  }

  await t.test('register with a challenge token, sign in for tokens; a forged or spent token is refused', async (t) => {
    const user = await registerUser(app, mail)
    const authenticator = softwareAuthenticator(PASSKEY_ORIGIN)
    const registered = await register(user.accessToken, authenticator)
    t.equal(registered.statusCode, 201, registered.body)
    const options = await loginOptions()
    t.equal(options.statusCode, 200)
    t.equal(options.json().options.userVerification, 'required')
    const { challengeToken } = options.json()
    const response = authenticator.assert(options.json().options)
    const forged = await app.inject({ method: 'POST', url: `${PASSKEYS}/login/verify`, headers: origin, payload: { challengeToken: `${challengeToken.split('.')[0]}.${'A'.repeat(43)}=`, response } })
    t.equal(forged.statusCode, 401, 'a challenge token not signed by the service')
    const signedIn = await app.inject({ method: 'POST', url: `${PASSKEYS}/login/verify`, headers: origin, payload: { challengeToken, response } })
    t.equal(signedIn.statusCode, 200, signedIn.body)
    t.match(signedIn.json(), { kind: 'tokens', user: { id: user.user.id }, tokenType: 'Bearer', expiresIn: 900 })
    const spent = await app.inject({ method: 'POST', url: `${PASSKEYS}/login/verify`, headers: origin, payload: { challengeToken, response } })
    t.equal(spent.statusCode, 401)
    t.equal(spent.json().code, 'INVALID_PASSKEY')
    const withoutOrigin = await app.inject({ method: 'POST', url: `${PASSKEYS}/login/verify`, payload: { challengeToken, response } })
    t.equal(withoutOrigin.statusCode, 403, 'a ceremony is checked against its page\'s Origin: none, no ceremony')
    const events = await app.db.selectFrom('audit_event').select(['type', 'detail']).where('user_id', '=', user.user.id).execute()
    t.ok(events.some((event) => event.type === 'sign_in.failed' && event.detail.method === 'passkey'), 'the failures are recorded for the account')
  })

  await t.test('verify-mfa takes a code or a passkey, exactly one; a bad mfaToken gets no options', async (t) => {
    const user = await registerUser(app, mail)
    const authenticator = softwareAuthenticator(PASSKEY_ORIGIN)
    t.equal((await register(user.accessToken, authenticator)).statusCode, 201)
    const auth = { authorization: `Bearer ${user.accessToken}` }
    const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: auth, payload: { password: PASSWORD } })
    const spent = new Set<string>()
    t.equal((await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers: auth, payload: { code: unusedTotp(setup.json().totpURI, spent) } })).statusCode, 200)
    const { mfaToken } = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json()
    const options = await loginOptions(mfaToken)
    t.equal(options.json().options.allowCredentials[0].id, authenticator.credentialIds[0])
    const passkey = { challengeToken: options.json().challengeToken, response: authenticator.assert(options.json().options) }
    const both = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, headers: origin, payload: { mfaToken, code: '123456', passkey } })
    t.equal(both.statusCode, 400)
    t.equal(both.json().code, 'VALIDATION_ERROR')
    const neither = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, headers: origin, payload: { mfaToken } })
    t.equal(neither.statusCode, 400)
    const unverified = { challengeToken: passkey.challengeToken, response: authenticator.assert(options.json().options, { userVerified: false }) }
    const refused = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, headers: origin, payload: { mfaToken, passkey: unverified } })
    t.equal(refused.statusCode, 401)
    t.equal(refused.json().code, 'INVALID_PASSKEY')
    const again = await loginOptions(mfaToken)
    const answered = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, headers: origin, payload: { mfaToken, passkey: { challengeToken: again.json().challengeToken, response: authenticator.assert(again.json().options) } } })
    t.equal(answered.statusCode, 200, 'a failed passkey left the MFA challenge for the next try')
    const badToken = await loginOptions(`${mfaToken.split('.')[0]}.${'B'.repeat(43)}=`)
    t.equal(badToken.statusCode, 401)
    t.equal(badToken.json().code, 'SESSION_EXPIRED')
    t.equal((await loginOptions(mfaToken)).statusCode, 401, 'a spent MFA challenge gets no options')
  })

  await t.test('list and remove: a fresh sign-in, one\'s own, never the last way in', async (t) => {
    const user = await registerUser(app, mail)
    const authenticator = softwareAuthenticator(PASSKEY_ORIGIN)
    const first = (await register(user.accessToken, authenticator)).json() as { id: string }
    const second = (await register(user.accessToken, authenticator)).json() as { id: string }
    const other = await registerUser(app, mail)
    const theirs = (await register(other.accessToken, softwareAuthenticator(PASSKEY_ORIGIN))).json() as { id: string }
    const auth = { authorization: `Bearer ${user.accessToken}` }
    const listed = await app.inject({ method: 'GET', url: PASSKEYS, headers: auth })
    t.same(listed.json().passkeys.map((passkey: { id: string }) => passkey.id).sort(), [first.id, second.id].sort())
    t.equal((await app.inject({ method: 'DELETE', url: `${PASSKEYS}/${theirs.id}`, headers: auth })).statusCode, 404)
    t.equal((await app.inject({ method: 'DELETE', url: `${PASSKEYS}/no-such-passkey`, headers: auth })).statusCode, 404)
    clock.advance(11 * 60 * 1000)
    const stale = await app.inject({ method: 'DELETE', url: `${PASSKEYS}/${first.id}`, headers: auth })
    t.equal(stale.statusCode, 403)
    t.equal(stale.json().code, 'FRESH_SESSION_REQUIRED')
    clock.advance(-11 * 60 * 1000)
    t.equal((await app.inject({ method: 'DELETE', url: `${PASSKEYS}/${first.id}`, headers: auth })).statusCode, 204)
    await app.db.deleteFrom('account').where('user_id', '=', user.user.id).execute()
    const last = await app.inject({ method: 'DELETE', url: `${PASSKEYS}/${second.id}`, headers: auth })
    t.equal(last.statusCode, 409)
    t.equal(last.json().code, 'LAST_SIGN_IN_METHOD')
    t.equal((await app.inject({ method: 'GET', url: PASSKEYS })).statusCode, 401, 'signed out: nothing listed')
  })
})
