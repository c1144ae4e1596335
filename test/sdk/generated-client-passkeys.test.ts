import createClient from 'openapi-fetch'
import t from 'tap'
import { listen } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { PASSKEY_ORIGIN } from '../passkeys/passkey-helper.js'
import { softwareAuthenticator } from '../passkeys/software-authenticator.js'
import { registerUser } from '../surfaces/v1/v1-helper.js'
import type { paths } from './generated/api.js'

/**
 * The generated client (openapi-typescript + openapi-fetch) drives the v1 passkey ceremonies, the
 * authenticator's part played by a software authenticator on the page's origin (as a front end's
 * page would send it, in `Origin`).
 */
t.test('a client generated from openapi.yaml registers a passkey, signs in with it, lists and removes it', async (t) => {
  const mail = await startMailCatcher(t)
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const client = createClient<paths>({ baseUrl: url })
  const user = await registerUser(app, mail)
  const authorization = `Bearer ${user.accessToken}`
  const authenticator = softwareAuthenticator(PASSKEY_ORIGIN)

  const creation = await client.POST('/api/v1/better-auth/passkeys/register/options', { headers: { authorization }, body: { authenticatorAttachment: 'platform' } })
  t.equal(creation.response.status, 200)
  const challenge = creation.data!
  t.equal(challenge.options.authenticatorSelection?.userVerification, 'required')
  const registered = await client.POST('/api/v1/better-auth/passkeys/register/verify', {
    headers: { authorization, origin: PASSKEY_ORIGIN },
    body: { challengeToken: challenge.challengeToken, response: authenticator.register(challenge.options), name: 'Generated' },
  })
  t.equal(registered.response.status, 201)
  t.equal(registered.data?.name, 'Generated')

  const request = await client.POST('/api/v1/better-auth/passkeys/login/options', { body: {} })
  const signedIn = await client.POST('/api/v1/better-auth/passkeys/login/verify', {
    headers: { origin: PASSKEY_ORIGIN },
    body: { challengeToken: request.data!.challengeToken, response: authenticator.assert(request.data!.options) },
  })
  t.equal(signedIn.response.status, 200)
  t.equal(signedIn.data?.user.id, user.user.id)
  t.equal(signedIn.data?.tokenType, 'Bearer')

  const again = await client.POST('/api/v1/better-auth/passkeys/login/verify', {
    headers: { origin: PASSKEY_ORIGIN },
    body: { challengeToken: request.data!.challengeToken, response: authenticator.assert(request.data!.options) },
  })
  t.equal(again.response.status, 401)
  t.equal(again.error?.error.code, 'INVALID_PASSKEY', 'errors are typed too')

  const listed = await client.GET('/api/v1/better-auth/passkeys', { headers: { authorization: `Bearer ${signedIn.data!.accessToken}` } })
  t.same(listed.data?.passkeys.map((passkey) => passkey.name), ['Generated'])
  const removed = await client.DELETE('/api/v1/better-auth/passkeys/{id}', { headers: { authorization }, params: { path: { id: registered.data!.id } } })
  t.equal(removed.response.status, 204)
})
