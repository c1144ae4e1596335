import t from 'tap'
import { listen, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { createClient, createConfig } from './generated/hey-api/client/index.js'
import * as hey from './generated/hey-api/sdk.gen.js'

/**
 * Devices and security history as a client team drives them: through the @hey-api/openapi-ts
 * client generated from openapi.yaml, against a listening service, with the bearer credentials
 * each surface declares. One flow per surface: list the devices, end another one, read the history
 * page by page.
 */
async function codeFor(mail: MailCatcher, email: string): Promise<string> {
  const message = await mail.waitFor(email, /verification code/i)
  mail.messages.splice(mail.messages.indexOf(message), 1)
  return /\b(\d{6})\b/.exec(message.text)![1]!
}

t.test('@hey-api/openapi-ts: devices and security history on every surface', async (t) => {
  const mail = await startMailCatcher(t)
  const { url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const client = createClient(createConfig({ baseUrl: url }))
  const as = (token: string) => ({ client, auth: (scheme: { scheme?: string }) => (scheme.scheme === 'bearer' ? token : undefined) })

  await t.test('/api/v1: list, revoke another session, revoke the others, history', async (t) => {
    const email = uniqueEmail('hey-devices-v1')
    await hey.v1Register({ client, body: { email, password: PASSWORD, name: 'Hey' } })
    const verified = await hey.v1VerifyRegistrationCode({ client, body: { email, code: await codeFor(mail, email) } })
    const first = await hey.v1CompleteRegistration({ client, body: { registrationToken: verified.data!.registrationToken } })
    const second = await hey.v1Login({ client, body: { email, password: PASSWORD } })
    const third = await hey.v1Login({ client, body: { email, password: PASSWORD } })
    if (first.data?.kind !== 'tokens' || second.data?.kind !== 'tokens' || third.data?.kind !== 'tokens') throw new Error('expected tokens')
    const me = first.data.accessToken

    const listed = await hey.v1ListSessions(as(me))
    t.equal(listed.data?.sessions.length, 3)
    const others = listed.data!.sessions.filter((session) => !session.current)
    t.equal(others.length, 2)
    const revoked = await hey.v1RevokeSession({ ...as(me), path: { id: others[0]!.id } })
    t.equal(revoked.data?.success, true)
    const again = await hey.v1RevokeSession({ ...as(me), path: { id: others[0]!.id } })
    t.equal(again.response.status, 404)
    t.equal(again.error?.code, 'NOT_FOUND', 'errors are typed: this operation\'s codes')
    t.equal((await hey.v1RevokeOtherSessions({ ...as(me), body: {} })).data?.revoked, 1)
    t.equal((await hey.v1Me(as(second.data.accessToken))).error?.code, 'SESSION_EXPIRED')
    t.equal((await hey.v1Me(as(third.data.accessToken))).error?.code, 'SESSION_EXPIRED')

    const page = await hey.v1ListSecurityEvents({ ...as(me), query: { limit: 2 } })
    t.equal(page.data?.events.length, 2)
    t.equal(page.data?.events[0]?.type, 'session.revoked', 'newest first')
    const next = await hey.v1ListSecurityEvents({ ...as(me), query: { limit: 2, cursor: page.data!.nextCursor! } })
    t.equal(next.data?.events.length, 2)
    const bad = await hey.v1ListSecurityEvents({ ...as(me), query: { cursor: `${page.data!.nextCursor!}x` } })
    t.equal(bad.error?.code, 'INVALID_CURSOR')
  })

  await t.test('/auth: list, revoke, history', async (t) => {
    const email = uniqueEmail('hey-devices-jwt')
    const signedUp = await hey.jwtSignup({ client, body: { email, password: PASSWORD, name: 'Hey' } })
    const other = await hey.jwtLogin({ client, body: { email, password: PASSWORD } })
    const token = signedUp.data!.token
    const listed = await hey.jwtListSessions(as(token))
    const otherSession = listed.data!.sessions.find((session) => !session.current)!
    t.equal((await hey.jwtRevokeSession({ ...as(token), path: { id: otherSession.id } })).data?.success, true)
    t.equal((await hey.jwtMe(as(other.data!.token))).response.status, 401, 'the other token is dead')
    const missing = await hey.jwtRevokeSession({ ...as(token), path: { id: otherSession.id } })
    t.equal(missing.response.status, 404)
    t.same(missing.error, { detail: 'Session not found' })
    const history = await hey.jwtListSecurityEvents({ ...as(token), query: { limit: 100 } })
    t.same(history.data?.events.map((event) => event.type), ['session.revoked', 'sign_in.succeeded'])
    t.equal(history.data?.nextCursor, null)
  })

  await t.test('/api/auth: the history by bearer session', async (t) => {
    const email = uniqueEmail('hey-devices-native')
    const signedUp = await hey.nativeSignUpEmail({ client, body: { email, password: PASSWORD, name: 'Hey' } })
    const bearer = signedUp.response.headers.get('set-auth-token')!
    await hey.nativeSignInEmail({ client, body: { email, password: 'not-the-password' } })
    const history = await hey.nativeListSecurityEvents(as(bearer))
    t.same(history.data?.events.map((event) => [event.type, event.method]), [['sign_in.failed', 'password']])
    t.equal((await hey.nativeListSecurityEvents({ client })).error?.code, 'SESSION_EXPIRED')
  })
})
