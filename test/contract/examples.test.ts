import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { listOperations, readSpec, type Operation } from '../../src/contract/spec.js'
import { API_KEY_SCOPES } from '../../src/admin/api-keys.js'
import { build, PASSWORD, uniqueEmail } from '../helper.js'
import { seedApiKey } from '../admin/admin-helper.js'
import { firstLink, startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { unusedTotp } from '../totp.js'
import { softwareAuthenticator } from '../passkeys/software-authenticator.js'
import { registerUser } from '../surfaces/v1/v1-helper.js'
import { buildWithProviders, localUser, providerAccount } from '../federation/federation-helper.js'
import { followToCallback } from '../federation/test-provider.js'

/**
 * Every example of the contract works as written, as a client team tries them in Swagger UI: each
 * request example (bodies and parameters) is sent to a running service, one surface at a time and
 * in the order of a real session, and must be answered with a documented success (a 2xx, or the
 * 302 of an emailed link). Where an example stands for a value only the service can issue (an
 * emailed code, a reset token, a refresh token), that one field is replaced by a live one, and
 * the test says which; every other field is sent as the spec has it. Every answer is checked
 * against the spec (status, body, headers, cookies) by the test helper.
 */
type Tap = { ok(value: unknown, message: string): unknown }
const operations = new Map(listOperations().map((operation) => [operation.operationId, operation]))
const sent = new Set<string>()

interface Send {
  /** Fields of the body example replaced by live values: the state only the service can issue. */
  readonly live?: Record<string, unknown>
  /** Path or query parameters replaced by live values. */
  readonly liveParameters?: Record<string, string>
  readonly cookie?: string
  readonly bearer?: string
  /** Send the Origin parameter's example without cookies, as a browser page does (a passkey ceremony). */
  readonly origin?: boolean
  /** Query parameters left out (a first page has no cursor). */
  readonly omit?: readonly string[]
}

function example(operation: Operation): Record<string, unknown> | undefined {
  const media = operation.definition.requestBody?.content['application/json'] as { example?: Record<string, unknown> } | undefined
  return media?.example === undefined ? undefined : structuredClone(media.example)
}

function parameterExample(operation: Operation, name: string): string {
  const parameter = operation.parameters.find((candidate) => candidate.name === name) as { example?: string } | undefined
  if (parameter?.example === undefined) throw new Error(`${operation.operationId}: no example for parameter ${name}`)
  return parameter.example
}

const ORIGIN = (readSpec().document.components as unknown as { parameters: Record<string, { example: string }> }).parameters.Origin!.example

async function send(t: Tap, app: FastifyInstance, operationId: string, options: Send = {}): Promise<LightMyRequestResponse> {
  const operation = operations.get(operationId)
  if (operation === undefined) throw new Error(`no operation ${operationId}`)
  const body = example(operation)
  for (const field of Object.keys(options.live ?? {})) {
    if (body === undefined || !(field in body)) throw new Error(`${operationId}: the example has no field ${field} to replace`)
  }
  let url = operation.path
  const query = new URLSearchParams()
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue
    if (options.omit?.includes(parameter.name) === true) continue
    const value = options.liveParameters?.[parameter.name] ?? parameterExample(operation, parameter.name)
    if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(value))
    else query.set(parameter.name, value)
  }
  const headers: Record<string, string> = {}
  if (options.cookie !== undefined) {
    headers.cookie = options.cookie
    // The Origin parameter's own example: what a client holding cookies sends.
    if (operation.method === 'POST') headers.origin = ORIGIN
  }
  if (options.origin === true) headers.origin = ORIGIN
  if (options.bearer !== undefined) headers.authorization = `Bearer ${options.bearer}`
  const response = await app.inject({
    method: operation.method,
    url: query.size > 0 ? `${url}?${query}` : url,
    headers,
    ...(body === undefined ? {} : { payload: { ...body, ...options.live } }),
  })
  const documentedSuccess = Object.keys(operation.definition.responses).filter((status) => /^[23]/.test(status))
  t.ok(documentedSuccess.includes(String(response.statusCode)), `${operationId}: its example is answered ${response.statusCode} ${response.statusCode >= 400 ? response.body.slice(0, 160) : ''}`)
  sent.add(operationId)
  return response
}

/** The session a JWT names (`sid`), the id the device list and revocation use. */
function sessionIdOf(jwt: string): string {
  return (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid
}

async function mailToken(mail: MailCatcher, to: string, subject: RegExp): Promise<URL> {
  const message = await mail.waitFor(to, subject)
  mail.messages.splice(mail.messages.indexOf(message), 1)
  return new URL(firstLink(message.text))
}

const cookiesOf = (response: LightMyRequestResponse, before = ''): string => {
  const jar = new Map(before.split('; ').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair]))
  for (const cookie of [response.headers['set-cookie'] ?? []].flat()) {
    const pair = cookie.split(';')[0]!
    const name = pair.slice(0, pair.indexOf('='))
    if (pair.endsWith('=')) jar.delete(name)
    else jar.set(name, pair)
  }
  return [...jar.values()].join('; ')
}

t.test('/api/auth: every example, in the order of a session', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const signedUp = await send(t, app, 'nativeSignUpEmail')
  const email = (signedUp.json() as { user: { email: string } }).user.email
  const signedIn = await send(t, app, 'nativeSignInEmail')
  t.equal(signedIn.json().kind, 'session')
  const cookie = cookiesOf(signedIn)
  await send(t, app, 'nativeSendVerificationEmail')
  // The session to revoke: another sign-in of the same account.
  const other = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: example(operations.get('nativeSignInEmail')!) })
  await send(t, app, 'nativeRevokeSession', { cookie, live: { token: other.json().token } })
  await send(t, app, 'nativeRevokeOtherSessions', { cookie })
  // A cursor is issued for one account: the example's stands for the one this account's first page gives.
  const firstEvents = await app.inject({ method: 'GET', url: '/api/auth/security-events?limit=1', headers: { cookie } })
  await send(t, app, 'nativeListSecurityEvents', { cookie, liveParameters: { cursor: firstEvents.json().nextCursor } })
  await send(t, app, 'nativeChangePassword', { cookie })
  // The sign-up's link (to EMAIL_VERIFICATION_URL), then a second one for the GET form.
  const signUpLink = await mailToken(mail, email, /verify/i)
  // …and the one send-verification-email sent.
  await mailToken(mail, email, /verify/i)
  await send(t, app, 'nativeVerifyEmailToken', { live: { token: signUpLink.searchParams.get('token') } })
  const other2 = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { ...example(operations.get('nativeSignUpEmail')!), email: 'jane.other@example.com' } })
  t.equal(other2.statusCode, 200)
  const unverifiedLink = await mailToken(mail, 'jane.other@example.com', /verify/i)
  await send(t, app, 'nativeVerifyEmail', { liveParameters: { token: unverifiedLink.searchParams.get('token')! } })
  await send(t, app, 'nativeForgotPassword')
  await mailToken(mail, email, /reset/i)
  await send(t, app, 'nativeRequestPasswordReset')
  const resetLink = await mailToken(mail, email, /reset/i)
  const resetToken = resetLink.pathname.split('/').pop()!
  await send(t, app, 'nativeResetPasswordCallback', { liveParameters: { token: resetToken } })
  await send(t, app, 'nativeResetPassword', { live: { token: resetToken } })

  const newPassword = (example(operations.get('nativeResetPassword')!) as { newPassword: string }).newPassword

  // A change of address, confirmed by its link, then undone from the old address's notice.
  const changing = cookiesOf(await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: newPassword } }))
  await send(t, app, 'nativeChangeEmail', { cookie: changing })
  const newEmail = (example(operations.get('nativeChangeEmail')!) as { newEmail: string }).newEmail
  await send(t, app, 'nativeVerifyEmailChange', { liveParameters: { token: (await mailToken(mail, newEmail, /confirm your new email/i)).searchParams.get('token')! } })
  const undoToken = (await mailToken(mail, email, /being changed/i)).searchParams.get('token')!
  await send(t, app, 'nativeUndoEmailChangeCallback', { liveParameters: { token: undoToken } })
  await send(t, app, 'nativeUndoEmailChange', { live: { token: undoToken } })
  // The undo disabled the password and sent a link to choose another.
  const afterUndo = (await mailToken(mail, email, /reset/i)).pathname.split('/').pop()!
  t.equal((await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token: afterUndo, newPassword } })).statusCode, 200)

  // A second factor, turned on through the REST surface with a session of the account.
  const session = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: newPassword } })
  const mfaCookie = cookiesOf(session)
  const enrolled = await app.inject({ method: 'POST', url: '/api/v1/better-auth/mfa/setup', headers: { cookie: mfaCookie, origin: ORIGIN }, payload: { password: newPassword } })
  const { totpURI, backupCodes } = enrolled.json() as { totpURI: string; backupCodes: string[] }
  const spent = new Set<string>()
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/better-auth/mfa/enable', headers: { cookie: mfaCookie, origin: ORIGIN }, payload: { code: unusedTotp(totpURI, spent) } })).statusCode, 200)
  const pendingTotp = cookiesOf(await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: newPassword } }))
  await send(t, app, 'nativeVerifyTotp', { cookie: pendingTotp, live: { code: unusedTotp(totpURI, spent) } })
  const pendingBackup = cookiesOf(await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: newPassword } }))
  const verified = await send(t, app, 'nativeVerifyBackupCode', { cookie: pendingBackup, live: { code: backupCodes[0] } })
  await send(t, app, 'nativeExportAccount', { cookie: cookiesOf(verified) })
  await send(t, app, 'nativeSignOut', { cookie: cookiesOf(verified) })
  // The account of the other sign-up, whose password is still the example's, is deleted.
  const otherSession = cookiesOf(await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { ...example(operations.get('nativeSignInEmail')!), email: 'jane.other@example.com' } }))
  await send(t, app, 'nativeDeleteUser', { cookie: otherSession })
})

t.test('/auth: every example', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })
  const signedUp = await send(t, app, 'jwtSignup')
  const email = (signedUp.json() as { user: { email: string } }).user.email
  const login = await send(t, app, 'jwtLogin')
  const bearer = login.json().token as string
  // The session to revoke, and a cursor of this account: values only the service issues.
  await send(t, app, 'jwtRevokeSession', { bearer, liveParameters: { id: sessionIdOf(signedUp.json().token) } })
  const firstEvents = await app.inject({ method: 'GET', url: '/auth/security-events?limit=1', headers: { authorization: `Bearer ${bearer}` } })
  await send(t, app, 'jwtListSecurityEvents', { bearer, liveParameters: { cursor: firstEvents.json().nextCursor } })
  await send(t, app, 'jwtLogout', { bearer })
  const token = (await send(t, app, 'jwtLogin')).json().token as string
  await send(t, app, 'jwtExportAccount', { bearer: token })
  await send(t, app, 'jwtChangePassword', { bearer: token })
  const { newPassword } = example(operations.get('jwtChangePassword')!) as { newPassword: string }
  await send(t, app, 'jwtChangeEmail', { bearer: token, live: { currentPassword: newPassword } })
  const { newEmail } = example(operations.get('jwtChangeEmail')!) as { newEmail: string }
  const code = /\b(\d{6})\b/.exec((await mail.waitFor(newEmail, /confirm your new email/i)).text)![1]!
  await send(t, app, 'jwtConfirmEmailChange', { bearer: token, live: { code } })
  await send(t, app, 'jwtUndoEmailChange', { live: { token: (await mailToken(mail, email, /being changed/i)).searchParams.get('token') } })
  // Deletion on an account of its own: the undo above left this one without a known password.
  const signUpExample = example(operations.get('jwtSignup')!) as { email: string; password: string }
  const other = await app.inject({ method: 'POST', url: '/auth/signup', payload: { ...signUpExample, email: 'jane.other@example.com' } })
  await send(t, app, 'jwtDeleteAccount', { bearer: other.json().token, live: { password: signUpExample.password } })
})

t.test('/api/v1: every example, in the order of a session', async (t) => {
  const mail = await startMailCatcher(t)
  const secret = 'introspection-secret-introspection-secret-0123'
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), INTROSPECTION_SECRET: secret })
  const registered = await send(t, app, 'v1Register')
  const email = (registered.json() as { user: { email: string } }).user.email
  const code = /\b(\d{6})\b/.exec((await mail.waitFor(email, /verification code/i)).text)![1]!
  const verified = await send(t, app, 'v1VerifyRegistrationCode', { live: { code } })
  const completed = await send(t, app, 'v1CompleteRegistration', { live: { registrationToken: verified.json().registrationToken } })
  const login = await send(t, app, 'v1Login')
  t.equal(login.json().kind, 'tokens')
  const refreshed = await send(t, app, 'v1RefreshToken', { live: { refreshToken: login.json().refreshToken } })
  const bearer = refreshed.json().accessToken as string
  // The registration's session is the one to revoke; a cursor is issued for this account.
  await send(t, app, 'v1RevokeSession', { bearer, liveParameters: { id: sessionIdOf(completed.json().accessToken) } })
  await send(t, app, 'v1RevokeOtherSessions', { bearer })
  const firstEvents = await app.inject({ method: 'GET', url: '/api/v1/better-auth/security-events?limit=1', headers: { authorization: `Bearer ${bearer}` } })
  await send(t, app, 'v1ListSecurityEvents', { bearer, liveParameters: { cursor: firstEvents.json().nextCursor } })
  await send(t, app, 'v1SetupMfa', { bearer: refreshed.json().accessToken })
  const { totpURI } = (await app.inject({ method: 'POST', url: '/api/v1/better-auth/mfa/setup', headers: { authorization: `Bearer ${refreshed.json().accessToken}` }, payload: example(operations.get('v1SetupMfa')!) })).json() as { totpURI: string }
  const spent = new Set<string>()
  const enabled = await send(t, app, 'v1EnableMfa', { bearer: refreshed.json().accessToken, live: { code: unusedTotp(totpURI, spent) } })
  const challenge = await send(t, app, 'v1Login')
  t.equal(challenge.json().kind, 'mfa_challenge')
  await send(t, app, 'v1VerifyMfa', { live: { mfaToken: challenge.json().mfaToken, code: unusedTotp(totpURI, spent) } })
  await send(t, app, 'v1DisableMfa', { bearer: enabled.json().accessToken })
  await send(t, app, 'v1ResendVerification')
  await send(t, app, 'v1RequestPasswordReset')
  const resetToken = (await mailToken(mail, email, /reset/i)).pathname.split('/').pop()!
  await send(t, app, 'v1ResetPassword', { live: { token: resetToken } })
  await send(t, app, 'v1Logout', { live: { refreshToken: completed.json().refreshToken } })
  const { password } = example(operations.get('v1ResetPassword')!) as { password: string }
  const signedIn = (await app.inject({ method: 'POST', url: '/api/v1/better-auth/login', payload: { email, password } })).json() as { accessToken: string }
  await send(t, app, 'v1ChangePassword', { bearer: signedIn.accessToken, live: { currentPassword: password } })
  const { newPassword } = example(operations.get('v1ChangePassword')!) as { newPassword: string }
  await send(t, app, 'v1ChangeEmail', { bearer: signedIn.accessToken, live: { currentPassword: newPassword } })
  const { newEmail } = example(operations.get('v1ChangeEmail')!) as { newEmail: string }
  await send(t, app, 'v1ConfirmEmailChange', { bearer: signedIn.accessToken, live: { code: /\b(\d{6})\b/.exec((await mail.waitFor(newEmail, /confirm your new email/i)).text)![1] } })
  await send(t, app, 'v1UndoEmailChange', { live: { token: (await mailToken(mail, email, /being changed/i)).searchParams.get('token') } })
  const introspection = await app.inject({ method: 'POST', url: '/api/v1/sessions/introspect', headers: { authorization: `Bearer ${secret}` }, payload: example(operations.get('serviceIntrospectToken')!) })
  t.equal(introspection.statusCode, 200, 'introspectToken: its example is answered 200 (a token of the example is not active here)')
  sent.add('serviceIntrospectToken')
  // The undo left the account with a password nobody knows and sent a reset link to the address it
  // restored: reset it as the example does, sign in, export the account's data and delete it.
  const recovery = (await mailToken(mail, email, /reset/i)).pathname.split('/').pop()!
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/better-auth/reset-password', payload: { token: recovery, password } })).statusCode, 200, 'the undo\'s reset link works')
  const last = await app.inject({ method: 'POST', url: '/api/v1/better-auth/login', payload: { email, password } })
  await send(t, app, 'v1ExportAccount', { bearer: last.json().accessToken })
  await send(t, app, 'v1DeleteAccount', { bearer: last.json().accessToken })
})

t.test('passkeys, both surfaces: every example, with a software authenticator on the Origin example\'s page', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), WEBAUTHN_ORIGINS: ORIGIN })
  const user = await registerUser(app, mail)
  const signedIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
  const cookie = cookiesOf(signedIn)
  const authenticator = softwareAuthenticator(ORIGIN)
  // Live: the authenticator's answers to the service's challenges, and the ids the service gave.
  const registerOptions = await send(t, app, 'nativePasskeyGenerateRegisterOptions', { cookie })
  const registered = await send(t, app, 'nativePasskeyVerifyRegistration', { cookie: cookiesOf(registerOptions, cookie), live: { response: authenticator.register(registerOptions.json()) } })
  const nativeId = (registered.json() as { id: string }).id
  await send(t, app, 'nativePasskeyUpdatePasskey', { cookie, live: { id: nativeId } })
  const signInOptions = await app.inject({ method: 'GET', url: '/api/auth/passkey/generate-authenticate-options' })
  await send(t, app, 'nativePasskeyVerifyAuthentication', { cookie: cookiesOf(signInOptions), live: { response: authenticator.assert(signInOptions.json()) } })
  const v1Options = (await send(t, app, 'v1PasskeyRegisterOptions', { bearer: user.accessToken })).json() as { challengeToken: string; options: never }
  const v1Registered = await send(t, app, 'v1PasskeyRegisterVerify', { bearer: user.accessToken, origin: true, live: { challengeToken: v1Options.challengeToken, response: authenticator.register(v1Options.options) } })
  const loginOptions = (await send(t, app, 'v1PasskeyLoginOptions')).json() as { challengeToken: string; options: never }
  await send(t, app, 'v1PasskeyLoginVerify', { origin: true, live: { challengeToken: loginOptions.challengeToken, response: authenticator.assert(loginOptions.options) } })
  await send(t, app, 'nativePasskeyDeletePasskey', { cookie, live: { id: nativeId } })
  await send(t, app, 'v1DeletePasskey', { bearer: user.accessToken, liveParameters: { id: (v1Registered.json() as { id: string }).id } })
})

t.test('admin API: every example, with an API key holding every scope', async (t) => {
  const app = await build(t)
  const { key } = await seedApiKey(app, [...API_KEY_SCOPES])
  const signedUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: uniqueEmail('jane'), password: PASSWORD, name: 'Listed' } })
  await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: uniqueEmail('jane'), password: PASSWORD, name: 'Listed' } })
  // Two users the example's filters find (an address starting with jane, verified), for a second page.
  await app.db.updateTable('user').set({ email_verified: true }).execute()
  // Live: a key the service made, and a user that exists here.
  const created = (await send(t, app, 'serviceAdminCreateKey', { bearer: key })).json() as { apiKey: { id: string } }
  await send(t, app, 'serviceAdminListKeys', { bearer: key })
  const firstPage = await send(t, app, 'serviceAdminListUsers', { bearer: key, liveParameters: { limit: '1' }, omit: ['cursor'] })
  await send(t, app, 'serviceAdminListUsers', { bearer: key, liveParameters: { limit: '1', cursor: (firstPage.json() as { nextCursor: string }).nextCursor } })
  const userId = (signedUp.json() as { user: { id: string } }).user.id
  await send(t, app, 'serviceAdminGetUser', { bearer: key, liveParameters: { id: userId } })
  await send(t, app, 'serviceAdminUpdateUser', { bearer: key, liveParameters: { id: userId } })
  await send(t, app, 'serviceAdminResetMfa', { bearer: key, liveParameters: { id: userId } })
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: (signedUp.json() as { user: { email: string } }).user.email, password: PASSWORD } })
  const sessions = (await send(t, app, 'serviceAdminListUserSessions', { bearer: key, liveParameters: { id: userId } })).json() as { sessions: Array<{ id: string }> }
  await send(t, app, 'serviceAdminRevokeUserSession', { bearer: key, liveParameters: { id: userId, sessionId: sessions.sessions[0]!.id } })
  await send(t, app, 'serviceAdminRevokeUserSessions', { bearer: key, liveParameters: { id: userId } })
  // Two session.revoked events of the user: a first page of one, and the second by its cursor.
  const events = await send(t, app, 'serviceAdminListAuditEvents', { bearer: key, liveParameters: { userId, limit: '1' }, omit: ['cursor'] })
  await send(t, app, 'serviceAdminListAuditEvents', { bearer: key, liveParameters: { userId, limit: '1', cursor: (events.json() as { nextCursor: string }).nextCursor } })
  await send(t, app, 'serviceAdminRevokeKey', { bearer: key, liveParameters: { id: created.apiKey.id } })
  await send(t, app, 'serviceAdminSendPasswordReset', { bearer: key, liveParameters: { id: userId } })
  await send(t, app, 'serviceAdminBanUser', { bearer: key, liveParameters: { id: userId } })
  await send(t, app, 'serviceAdminUnbanUser', { bearer: key, liveParameters: { id: userId } })
  const createdUser = (await send(t, app, 'serviceAdminCreateUser', { bearer: key })).json() as { id: string }
  await send(t, app, 'serviceAdminDeleteUser', { bearer: key, liveParameters: { id: createdUser.id } })
})

t.test('admin API, webhooks: every example', async (t) => {
  // The example's receiver (billing.example.com) resolves to a closed port here: tries fail at once.
  const app = await build(t, { WEBHOOK_ALLOW_PRIVATE: 'true' }, { webhookResolve: async () => [{ address: '127.0.0.1', family: 4 }] })
  const { key } = await seedApiKey(app, [...API_KEY_SCOPES])
  const endpoint = (await send(t, app, 'serviceAdminCreateWebhookEndpoint', { bearer: key })).json() as { endpoint: { id: string } }
  const id = endpoint.endpoint.id
  await send(t, app, 'serviceAdminListWebhookEndpoints', { bearer: key })
  await send(t, app, 'serviceAdminGetWebhookEndpoint', { bearer: key, liveParameters: { id } })
  await send(t, app, 'serviceAdminUpdateWebhookEndpoint', { bearer: key, liveParameters: { id } })
  await send(t, app, 'serviceAdminRotateWebhookSecret', { bearer: key, liveParameters: { id } })
  // Two user.created deliveries: a first page of one, and the second by its cursor.
  for (const name of ['jane', 'john']) await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email: uniqueEmail(name), password: PASSWORD, name } })
  const first = await send(t, app, 'serviceAdminListWebhookDeliveries', { bearer: key, liveParameters: { id, limit: '1' }, omit: ['cursor'] })
  const page = first.json() as { deliveries: Array<{ id: string }>; nextCursor: string }
  await send(t, app, 'serviceAdminListWebhookDeliveries', { bearer: key, liveParameters: { id, limit: '1', cursor: page.nextCursor } })
  await send(t, app, 'serviceAdminResendWebhookDelivery', { bearer: key, liveParameters: { id, deliveryId: page.deliveries[0]!.id } })
  await send(t, app, 'serviceAdminDeleteWebhookEndpoint', { bearer: key, liveParameters: { id } })
})

t.test('sign-in with a provider, every surface: every example, with OpenID providers on loopback', async (t) => {
  const { app, acme, globex } = await buildWithProviders(t)
  const callbackPrefix = `${app.config.baseUrl}/api/auth/callback/`
  // Live: the provider (the examples name Google, which a test cannot reach), and what the
  // provider's round trip gave.
  providerAccount(acme, { email: uniqueEmail('examples') })
  const native = await send(t, app, 'nativeSignInSocial', { live: { provider: 'acme' } })
  const callback = await followToCallback((native.json() as { url: string }).url, callbackPrefix)
  await send(t, app, 'nativeOAuthCallback', {
    cookie: cookiesOf(native),
    liveParameters: { providerId: 'acme', code: callback.searchParams.get('code')!, state: callback.searchParams.get('state')!, iss: callback.searchParams.get('iss')! },
    omit: ['error', 'error_description'],
  })
  for (const [start, exchange] of [['v1OAuthStart', 'v1OAuthExchange'], ['jwtOAuthStart', 'jwtOAuthExchange']] as const) {
    const started = (await send(t, app, start, { liveParameters: { provider: 'acme' } })).json() as { url: string; codeVerifier: string }
    const answered = await app.inject({ method: 'GET', url: (({ pathname, search }) => `${pathname}${search}`)(await followToCallback(started.url, callbackPrefix)) })
    const code = new URL(answered.headers.location as string).searchParams.get('code')
    await send(t, app, exchange, { live: { code, codeVerifier: started.codeVerifier } })
  }
  const user = await localUser(app, { verified: true })
  providerAccount(globex, { email: user.email })
  const link = (await send(t, app, 'v1LinkIdentity', { bearer: user.accessToken, liveParameters: { provider: 'globex' } })).json() as { url: string; codeVerifier: string }
  const linked = await followToCallback(link.url, callbackPrefix)
  const landed = await app.inject({ method: 'GET', url: `${linked.pathname}${linked.search}` })
  const linkCode = new URL(landed.headers.location as string).searchParams.get('code')
  await send(t, app, 'v1CompleteIdentityLink', { bearer: user.accessToken, liveParameters: { provider: 'globex' }, live: { code: linkCode, codeVerifier: link.codeVerifier } })
  await send(t, app, 'v1UnlinkIdentity', { bearer: user.accessToken, liveParameters: { provider: 'globex' } })
  const password = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
  const session = cookiesOf(password)
  const nativeLink = await send(t, app, 'nativeLinkSocial', { cookie: session, live: { provider: 'globex' } })
  const nativeLinked = await followToCallback((nativeLink.json() as { url: string }).url, callbackPrefix)
  await app.inject({ method: 'GET', url: `${nativeLinked.pathname}${nativeLinked.search}`, headers: { cookie: cookiesOf(nativeLink, session) } })
  await send(t, app, 'nativeUnlinkAccount', { cookie: session, live: { providerId: 'globex' } })
})

t.test('sign-in by email: every example, on both surfaces', async (t) => {
  const mail = await startMailCatcher(t)
  // The examples' addresses have no account here: with sign-up by email on, their links and codes create them.
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), EMAIL_SIGN_UP: 'true' })
  const nativeEmail = (example(operations.get('nativeSignInMagicLink')!) as { email: string }).email
  await send(t, app, 'nativeSignInMagicLink')
  await app.afterResponse.idle()
  const link = await mailToken(mail, nativeEmail, /^Your sign-in link$/)
  await send(t, app, 'nativeMagicLinkVerify', { liveParameters: { token: link.searchParams.get('token')! } })
  await send(t, app, 'nativeEmailOtpSendVerificationOtp')
  await app.afterResponse.idle()
  const otp = /\b(\d{6})\b/.exec((await mail.waitFor(nativeEmail, /^Your sign-in code$/)).text)![1]!
  t.equal((await send(t, app, 'nativeSignInEmailOtp', { live: { otp } })).json().kind, 'session')
  const v1Email = (example(operations.get('v1EmailSignInStart')!) as { email: string }).email
  await send(t, app, 'v1EmailSignInStart')
  await app.afterResponse.idle()
  const code = /\b(\d{6})\b/.exec((await mail.waitFor(v1Email, /^Your sign-in link and code$/)).text)![1]!
  t.equal((await send(t, app, 'v1EmailSignInVerify', { live: { code } })).json().kind, 'tokens')
  const jwtEmail = (example(operations.get('jwtEmailSignInStart')!) as { email: string }).email
  await send(t, app, 'jwtEmailSignInStart')
  await app.afterResponse.idle()
  const jwtCode = /\b(\d{6})\b/.exec((await mail.waitFor(jwtEmail, /^Your sign-in link and code$/)).text)![1]!
  t.ok((await send(t, app, 'jwtEmailSignInVerify', { live: { code: jwtCode } })).json().token)
})

t.test('no example went untried', async (t) => {
  const withExamples = listOperations().filter((operation) => example(operation) !== undefined || operation.parameters.some((parameter) => (parameter as { example?: unknown }).example !== undefined && (parameter.in === 'path' || parameter.in === 'query')))
  t.same(withExamples.map((operation) => operation.operationId).filter((id) => !sent.has(id)), [])
})
