import t from 'tap'
import { build, FRONTEND_ORIGIN, signUp } from '../../helper.js'
import { testClock } from '../../clock.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { confirmedUser, PASSKEY_ORIGIN, withCookies, type NativeUser } from '../../passkeys/passkey-helper.js'
import { softwareAuthenticator, type SoftwareAuthenticator } from '../../passkeys/software-authenticator.js'

const PASSKEY = '/api/auth/passkey'

t.test('/api/auth/passkey/*: the ceremonies and the rules around them', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = testClock()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })

  /** Registers a passkey for `user` with `authenticator`; the answer of verify-registration. */
  async function register(user: NativeUser, authenticator: SoftwareAuthenticator, tweak: Parameters<SoftwareAuthenticator['register']>[1] = {}, origin = PASSKEY_ORIGIN) {
    const options = await app.inject({ method: 'GET', url: `${PASSKEY}/generate-register-options`, headers: { cookie: user.cookie } })
    if (options.statusCode !== 200) throw new Error(`options: ${options.body}`)
    const cookie = withCookies(user.cookie, options.headers['set-cookie'])
    const response = authenticator.register(options.json(), tweak)
    return app.inject({ method: 'POST', url: `${PASSKEY}/verify-registration`, headers: { cookie, origin }, payload: { response, name: 'Laptop' } })
  }

  async function signIn(authenticator: SoftwareAuthenticator, tweak: Parameters<SoftwareAuthenticator['assert']>[1] = {}, origin = PASSKEY_ORIGIN) {
    const options = await app.inject({ method: 'GET', url: `${PASSKEY}/generate-authenticate-options` })
    const cookie = withCookies('', options.headers['set-cookie'])
    const response = authenticator.assert(options.json(), tweak)
    const answer = await app.inject({ method: 'POST', url: `${PASSKEY}/verify-authentication`, headers: { cookie, origin }, payload: { response } })
    return { options, answer, cookie, response }
  }

  await t.test('options ask for a discoverable credential and user verification, for the derived rp id', async (t) => {
    const user = await confirmedUser(app, mail)
    const options = await app.inject({ method: 'GET', url: `${PASSKEY}/generate-register-options?authenticatorAttachment=platform`, headers: { cookie: user.cookie } })
    t.equal(options.statusCode, 200)
    t.match(options.json(), { rp: { id: 'localhost', name: 'Auth Service' }, authenticatorSelection: { residentKey: 'required', userVerification: 'required', authenticatorAttachment: 'platform' }, attestation: 'none' })
    t.match(String(options.headers['set-cookie']), /better-auth\.passkey_challenge=.*Max-Age=300/)
    const signInOptions = await app.inject({ method: 'GET', url: `${PASSKEY}/generate-authenticate-options` })
    t.equal(signInOptions.json().userVerification, 'required')
    t.equal(signInOptions.json().allowCredentials, undefined, 'no credentials listed: the browser offers discoverable ones')
  })

  await t.test('register, sign in, and the same assertion again: its challenge is spent', async (t) => {
    const user = await confirmedUser(app, mail)
    const authenticator = softwareAuthenticator(PASSKEY_ORIGIN)
    const registered = await register(user, authenticator)
    t.equal(registered.statusCode, 200, registered.body)
    t.match(registered.json(), { name: 'Laptop', userId: user.userId })
    const { answer, cookie, response } = await signIn(authenticator)
    t.equal(answer.statusCode, 200, answer.body)
    t.equal(answer.json().user.id, user.userId)
    t.match(String(answer.headers['set-cookie']), /better-auth\.session_token=/)
    const replayed = await app.inject({ method: 'POST', url: `${PASSKEY}/verify-authentication`, headers: { cookie, origin: PASSKEY_ORIGIN }, payload: { response } })
    t.equal(replayed.statusCode, 401)
    t.equal(replayed.json().code, 'INVALID_PASSKEY')
  })

  await t.test('an authenticator that did not verify its user neither registers nor signs in', async (t) => {
    const user = await confirmedUser(app, mail)
    const authenticator = softwareAuthenticator(PASSKEY_ORIGIN)
    const unverified = await register(user, authenticator, { userVerified: false })
    t.equal(unverified.statusCode, 400)
    t.equal(unverified.json().code, 'PASSKEY_REGISTRATION_FAILED')
    t.equal((await app.db.selectFrom('passkey').select('id').where('user_id', '=', user.userId).execute()).length, 0)
    t.equal((await register(user, authenticator)).statusCode, 200)
    const { answer } = await signIn(authenticator, { credentialId: authenticator.credentialIds[1], userVerified: false })
    t.equal(answer.statusCode, 401, 'presence alone is one factor: refused')
    t.equal(answer.json().code, 'INVALID_PASSKEY')
    t.equal((await signIn(authenticator, { credentialId: authenticator.credentialIds[1] })).answer.statusCode, 200)
  })

  await t.test('a ceremony from a page off the passkey origins, or for another rp id, is refused', async (t) => {
    const user = await confirmedUser(app, mail)
    const authenticator = softwareAuthenticator(FRONTEND_ORIGIN)
    const offOrigin = await register(user, authenticator, {}, FRONTEND_ORIGIN)
    t.equal(offOrigin.statusCode, 403, 'an allowed CORS origin, but not a passkey origin')
    t.equal(offOrigin.json().code, 'FORBIDDEN_ORIGIN')
    const honest = softwareAuthenticator(PASSKEY_ORIGIN)
    t.equal((await register(user, honest)).statusCode, 200)
    const otherRp = await signIn(honest, { rpId: 'example.com' })
    t.equal(otherRp.answer.statusCode, 401)
    const claimsOtherOrigin = await signIn(honest, { origin: 'http://localhost:3999' })
    t.equal(claimsOtherOrigin.answer.statusCode, 401, 'client data from another page than the Origin says')
  })

  await t.test('a synced passkey whose counter stays 0 signs in again and again', async (t) => {
    const user = await confirmedUser(app, mail)
    const authenticator = softwareAuthenticator(PASSKEY_ORIGIN)
    t.equal((await register(user, authenticator, { counter: 0 })).statusCode, 200)
    t.equal((await signIn(authenticator, { counter: 0 })).answer.statusCode, 200)
    t.equal((await signIn(authenticator, { counter: 0 })).answer.statusCode, 200, 'a counter of 0 means the authenticator keeps none')
    t.equal((await signIn(authenticator, { counter: 5 })).answer.statusCode, 200)
    t.equal((await signIn(authenticator, { counter: 0 })).answer.statusCode, 401, 'but once it counted, it must keep counting')
  })

  await t.test('adding a passkey needs a session less than a day old', async (t) => {
    const user = await confirmedUser(app, mail)
    // Better Auth reads the session's age with the real clock: the session is aged in place.
    await app.db.updateTable('session').set({ created_at: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) }).where('user_id', '=', user.userId).execute()
    const options = await app.inject({ method: 'GET', url: `${PASSKEY}/generate-register-options`, headers: { cookie: user.cookie } })
    t.equal(options.statusCode, 403)
    t.equal(options.json().code, 'FRESH_SESSION_REQUIRED')
  })

  await t.test('an address not confirmed cannot add a passkey', async (t) => {
    const unconfirmed = await signUp(app)
    const options = await app.inject({ method: 'GET', url: `${PASSKEY}/generate-register-options`, headers: { cookie: unconfirmed.cookie } })
    t.equal(options.statusCode, 403)
    t.equal(options.json().code, 'EMAIL_NOT_VERIFIED')
    const signedOut = await app.inject({ method: 'GET', url: `${PASSKEY}/generate-register-options` })
    t.equal(signedOut.statusCode, 401)
  })

  await t.test('list, rename and remove: only one\'s own, with a fresh sign-in, never the last way in', async (t) => {
    const user = await confirmedUser(app, mail)
    const other = await confirmedUser(app, mail)
    const authenticator = softwareAuthenticator(PASSKEY_ORIGIN)
    const first = (await register(user, authenticator)).json() as { id: string }
    const second = (await register(user, authenticator)).json() as { id: string }
    const theirs = (await register(other, softwareAuthenticator(PASSKEY_ORIGIN))).json() as { id: string }
    const headers = { cookie: user.cookie, origin: PASSKEY_ORIGIN }
    const listed = await app.inject({ method: 'GET', url: `${PASSKEY}/list-user-passkeys`, headers: { cookie: user.cookie } })
    t.same(listed.json().map((passkey: { id: string }) => passkey.id).sort(), [first.id, second.id].sort())
    const renamed = await app.inject({ method: 'POST', url: `${PASSKEY}/update-passkey`, headers, payload: { id: first.id, name: 'Work laptop' } })
    t.equal(renamed.json().passkey.name, 'Work laptop')
    const renameTheirs = await app.inject({ method: 'POST', url: `${PASSKEY}/update-passkey`, headers, payload: { id: theirs.id, name: 'Mine now' } })
    t.equal(renameTheirs.statusCode, 404)
    const removeTheirs = await app.inject({ method: 'POST', url: `${PASSKEY}/delete-passkey`, headers, payload: { id: theirs.id } })
    t.equal(removeTheirs.statusCode, 404, 'another account\'s passkey reads as none')

    clock.advance(11 * 60 * 1000)
    const stale = await app.inject({ method: 'POST', url: `${PASSKEY}/delete-passkey`, headers, payload: { id: first.id } })
    t.equal(stale.statusCode, 403, 'signed in eleven minutes ago')
    t.equal(stale.json().code, 'FRESH_SESSION_REQUIRED')
    clock.advance(-11 * 60 * 1000)

    t.equal((await app.inject({ method: 'POST', url: `${PASSKEY}/delete-passkey`, headers, payload: { id: first.id } })).statusCode, 200)
    // No sign-up path makes an account without a password yet (federated sign-in will): remove it by hand.
    await app.db.deleteFrom('account').where('user_id', '=', user.userId).execute()
    const last = await app.inject({ method: 'POST', url: `${PASSKEY}/delete-passkey`, headers, payload: { id: second.id } })
    t.equal(last.statusCode, 409, 'the only way left to sign in')
    t.equal(last.json().code, 'LAST_SIGN_IN_METHOD')
    const events = await app.db.selectFrom('audit_event').select(['type', 'detail']).where('user_id', '=', user.userId).where('type', 'like', 'passkey.%').execute()
    t.same(events.map((event) => event.type).sort(), ['passkey.added', 'passkey.added', 'passkey.removed'])
    t.equal(events.find((event) => event.type === 'passkey.removed')?.detail.passkeyId, first.id)
  })
})
