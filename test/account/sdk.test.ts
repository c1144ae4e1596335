import t from 'tap'
import { listen, PASSWORD, uniqueEmail } from '../helper.js'
import { startMailCatcher } from '../mail-catcher.js'
import { createClient, createConfig } from '../sdk/generated/hey-api/client/index.js'
import * as hey from '../sdk/generated/hey-api/sdk.gen.js'
import { codeFor } from '../surfaces/v1/v1-helper.js'

/**
 * Export and deletion as a client team drives them: through the client @hey-api/openapi-ts
 * generates from openapi.yaml (`npm run generate:sdk`), with bearer credentials and no cookies.
 */
t.test('@hey-api/openapi-ts: export, then delete, on each surface', async (t) => {
  const mail = await startMailCatcher(t)
  const { url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const client = createClient(createConfig({ baseUrl: url }))
  const as = (token: string) => ({ client, auth: (scheme: { scheme?: string }) => (scheme.scheme === 'bearer' ? token : undefined) })

  await t.test('/api/v1: register, export the account, a wrong password, delete, the tokens end', async (t) => {
    const email = uniqueEmail('hey-delete')
    await hey.v1Register({ client, body: { email, password: PASSWORD, name: 'Hey Delete' } })
    const verified = await hey.v1VerifyRegistrationCode({ client, body: { email, code: await codeFor(mail, email) } })
    const completed = await hey.v1CompleteRegistration({ client, body: { registrationToken: verified.data!.registrationToken } })
    if (completed.data?.kind !== 'tokens') throw new Error('expected tokens')
    const { accessToken, refreshToken } = completed.data

    const exported = await hey.v1ExportAccount(as(accessToken))
    t.equal(exported.data?.profile.email, email)
    t.equal(exported.data?.signInMethods.password, true)
    t.equal(exported.data?.sessions.filter((session) => session.current).length, 1)
    t.match(exported.response.headers.get('content-disposition'), /^attachment; filename="account-export-/)

    const wrong = await hey.v1DeleteAccount({ ...as(accessToken), body: { password: 'not-the-password' } })
    t.equal(wrong.response.status, 401)
    t.equal(wrong.error?.code, 'INVALID_CREDENTIALS', 'errors are typed: this operation\'s codes')
    const deleted = await hey.v1DeleteAccount({ ...as(accessToken), body: { password: PASSWORD } })
    t.same(deleted.data, { success: true, message: 'Account deleted' })
    t.equal((await hey.v1Me(as(accessToken))).error?.code, 'SESSION_EXPIRED')
    t.equal((await hey.v1RefreshToken({ client, body: { refreshToken } })).response.status, 401)
    t.equal((await hey.v1Login({ client, body: { email, password: PASSWORD } })).response.status, 401)
  })

  await t.test('/auth: sign up, export, DELETE with a JSON body', async (t) => {
    const email = uniqueEmail('hey-jwt-delete')
    const token = (await hey.jwtSignup({ client, body: { email, password: PASSWORD, name: 'Hey' } })).data!.token
    t.equal((await hey.jwtExportAccount(as(token))).data?.profile.email, email)
    const wrong = await hey.jwtDeleteAccount({ ...as(token), body: { password: 'not-the-password' } })
    t.same(wrong.error, { detail: 'Invalid password' })
    const deleted = await hey.jwtDeleteAccount({ ...as(token), body: { password: PASSWORD } })
    t.same(deleted.data, { success: true })
    t.equal((await hey.jwtMe(as(token))).response.status, 401)
  })

  await t.test('/api/auth: sign up, export and delete with the bearer session token', async (t) => {
    const email = uniqueEmail('hey-native-delete')
    const signedUp = await hey.nativeSignUpEmail({ client, body: { email, password: PASSWORD, name: 'Hey' } })
    const bearer = signedUp.response.headers.get('set-auth-token')!
    t.equal((await hey.nativeExportAccount(as(bearer))).data?.profile.email, email)
    const deleted = await hey.nativeDeleteUser({ ...as(bearer), body: { password: PASSWORD } })
    t.same(deleted.data, { success: true, message: 'User deleted' })
    t.equal((await hey.nativeGetSession(as(bearer))).data, null)
  })
})
