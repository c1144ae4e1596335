import t from 'tap'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD } from '../../helper.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { totpFromUri, unusedTotp } from '../../totp.js'
import { registerUser, V1 } from './v1-helper.js'

t.test('MFA: TOTP and backup codes', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  async function userWithMfa(): Promise<{ id: string; email: string; uri: string; backupCodes: string[]; accessToken: string; enabledWith: string; code: () => string }> {
    const user = await registerUser(app, mail)
    const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { password: PASSWORD } })
    if (setup.statusCode !== 200) throw new Error(`setup: ${setup.body}`)
    const { totpURI, backupCodes } = setup.json()
    const spent = new Set<string>()
    const enabledWith = unusedTotp(totpURI, spent)
    const enabled = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { code: enabledWith } })
    if (enabled.statusCode !== 200) throw new Error(`enable: ${enabled.body}`)
    return {
      id: user.user.id, email: user.email, uri: totpURI, backupCodes, accessToken: enabled.json().accessToken, enabledWith,
      code: () => unusedTotp(totpURI, spent),
    }
  }

  await t.test('setup → otpauth URI and backup codes; enable with a first code → new tokens, the old ones end', async (t) => {
    const user = await registerUser(app, mail)
    const headers = { authorization: `Bearer ${user.accessToken}` }
    const setup = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers, payload: { password: PASSWORD } })
    t.equal(setup.statusCode, 200)
    t.match(setup.json().totpURI, /^otpauth:\/\/totp\/Auth%20Service:.*secret=[A-Z2-7]+/)
    t.ok(setup.json().backupCodes.length >= 8)
    const notYet = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
    t.notOk(notYet.json().mfaRequired, 'not on until a code confirms it')

    const wrong = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers, payload: { code: '000000' === totpFromUri(setup.json().totpURI) ? '111111' : '000000' } })
    t.equal(wrong.statusCode, 401)
    t.equal(wrong.json().code, 'INVALID_MFA_CODE')
    const enabled = await app.inject({ method: 'POST', url: `${V1}/mfa/enable`, headers, payload: { code: totpFromUri(setup.json().totpURI) } })
    t.equal(enabled.statusCode, 200)
    t.match(enabled.json(), { accessToken: String, refreshToken: String, user: { twoFactorEnabled: true } })
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers })).statusCode, 401, 'the session was renewed: the old access token ends')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/refresh-token`, payload: { refreshToken: user.refreshToken } })).statusCode, 401, 'and the old refresh token')
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: { authorization: `Bearer ${enabled.json().accessToken}` } })).statusCode, 200)
  })

  await t.test('setup → 401 INVALID_CREDENTIALS with a wrong password, 401 SESSION_EXPIRED without a session', async (t) => {
    const user = await registerUser(app, mail)
    const wrong = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { password: 'not-it' } })
    t.equal(wrong.statusCode, 401)
    t.equal(wrong.json().code, 'INVALID_CREDENTIALS')
    const anonymous = await app.inject({ method: 'POST', url: `${V1}/mfa/setup`, payload: { password: PASSWORD } })
    t.equal(anonymous.statusCode, 401)
    t.equal(anonymous.json().code, 'SESSION_EXPIRED')
  })

  await t.test('login with MFA on → { mfaRequired, mfaToken } and no tokens; verify-mfa with a TOTP → tokens', async (t) => {
    const user = await userWithMfa()
    const challenge = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
    t.equal(challenge.statusCode, 200)
    t.same(Object.keys(challenge.json()).sort(), ['kind', 'mfaRequired', 'mfaToken'])
    t.equal(challenge.json().kind, 'mfa_challenge', 'the discriminator tells a challenge from tokens')
    t.equal(challenge.json().mfaRequired, true)
    t.notMatch(String(challenge.headers['set-cookie'] ?? ''), /session_token=[^;]/, 'no session yet')
    const verified = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: challenge.json().mfaToken, code: user.code() } })
    t.equal(verified.statusCode, 200)
    t.match(verified.json(), { accessToken: String, refreshToken: String, tokenType: 'Bearer' })
    t.match(String(verified.headers['set-cookie']), /better-auth\.session_token=/)
  })

  await t.test('verify-mfa → 401 INVALID_MFA_CODE for a wrong code, SESSION_EXPIRED for a forged mfaToken', async (t) => {
    const user = await userWithMfa()
    const { mfaToken } = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json()
    const code = user.code()
    const wrong = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code: code === '123456' ? '654321' : '123456' } })
    t.equal(wrong.statusCode, 401)
    t.equal(wrong.json().code, 'INVALID_MFA_CODE')
    const forged = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: `${mfaToken}x`, code } })
    t.equal(forged.statusCode, 401)
    t.equal(forged.json().code, 'SESSION_EXPIRED')
  })

  await t.test('an unused backup code works once', async (t) => {
    const user = await userWithMfa()
    const backupCode = user.backupCodes[0]!
    const first = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json()
    const used = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: first.mfaToken, code: backupCode } })
    t.equal(used.statusCode, 200)
    const second = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json()
    const reused = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken: second.mfaToken, code: backupCode } })
    t.equal(reused.statusCode, 401)
    t.equal(reused.json().code, 'INVALID_MFA_CODE')
  })

  await t.test('wrong codes are limited: ten lock the second factor, with Retry-After', async (t) => {
    const user = await userWithMfa()
    const right = user.code()
    const wrongCode = right === '111111' ? '222222' : '111111'
    let last
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const { mfaToken } = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json()
      last = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code: wrongCode } })
    }
    t.equal(last!.statusCode, 429)
    t.equal(last!.json().code, 'RATE_LIMITED')
    t.equal(last!.headers['retry-after'], '900')
    t.equal(last!.headers['ratelimit-remaining'], '0', 'the lock speaks for itself: nothing left')
    t.equal(last!.headers['ratelimit-limit'], '10', 'of ten wrong codes')
    t.equal(last!.headers['ratelimit-reset'], '900')
    const { mfaToken } = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json()
    const locked = await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code: right } })
    t.equal(locked.statusCode, 429, 'even the right code waits out the lock')
  })

  await t.test('disable (with the password) → new tokens; login asks for no second factor', async (t) => {
    const user = await userWithMfa()
    const disabled = await app.inject({ method: 'POST', url: `${V1}/mfa/disable`, headers: { authorization: `Bearer ${user.accessToken}` }, payload: { password: PASSWORD } })
    t.equal(disabled.statusCode, 200)
    t.equal(disabled.json().user.twoFactorEnabled, false)
    const login = await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })
    t.type(login.json().accessToken, 'string')
  })

  await t.test('a user with MFA on: /auth/login answers 401 "Multi-factor authentication required"', async (t) => {
    const user = await userWithMfa()
    const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { email: user.email, password: PASSWORD } })
    t.equal(response.statusCode, 401)
    t.same(response.json(), { detail: 'Multi-factor authentication required' })
    t.notOk(response.headers['set-cookie'])
  })

  await t.test('a user with MFA on: /api/auth/sign-in/email answers twoFactorRedirect, then verify-totp signs in', async (t) => {
    const user = await userWithMfa()
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    t.equal(signIn.statusCode, 200)
    t.equal(signIn.json().twoFactorRedirect, true)
    const pending = cookieHeader(signIn.headers['set-cookie'])
    t.match(pending, /better-auth\.two_factor=/)
    const usedCode = user.code()
    const verified = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie: pending, origin: FRONTEND_ORIGIN }, payload: { code: usedCode } })
    t.equal(verified.statusCode, 200)
    const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: cookieHeader(verified.headers['set-cookie']) } })
    t.equal(session.json().user.email, user.email)

    const again = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    const backup = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-backup-code', headers: { cookie: cookieHeader(again.headers['set-cookie']), origin: FRONTEND_ORIGIN }, payload: { code: user.backupCodes[1] } })
    t.equal(backup.statusCode, 200, 'or a backup code')

    const third = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    const replayed = await app.inject({ method: 'POST', url: '/api/auth/two-factor/verify-totp', headers: { cookie: cookieHeader(third.headers['set-cookie']), origin: FRONTEND_ORIGIN }, payload: { code: usedCode } })
    t.equal(replayed.json().code, 'INVALID_MFA_CODE', 'a TOTP code that signed in once is refused here too')
  })

  await t.test('a TOTP code works once (RFC 6238 §5.2), the one that turned MFA on included', async (t) => {
    const user = await userWithMfa()
    const verify = async (code: string) => {
      const { mfaToken } = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json()
      return app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code } })
    }
    const first = user.code()
    t.equal((await verify(first)).statusCode, 200)
    const replayed = await verify(first)
    t.equal(replayed.statusCode, 401)
    t.same(replayed.json().error, { code: 'INVALID_MFA_CODE', message: 'This code has already been used; wait for the next one' })
    t.equal((await verify(user.enabledWith)).json().code, 'INVALID_MFA_CODE', 'the code that enabled MFA is spent')
    t.equal((await verify(user.code())).statusCode, 200, 'a code not used yet works')
  })

  await t.test('one code sent by two sign-ins at once signs in one of them', async (t) => {
    const user = await userWithMfa()
    const challenges = await Promise.all([0, 1].map(async () => (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json().mfaToken as string))
    const code = user.code()
    const answers = await Promise.all(challenges.map((mfaToken) => app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code } })))
    t.same(answers.map((answer) => answer.statusCode).sort(), [200, 401])
  })

  await t.test('a wrong code does not spend it', async (t) => {
    const user = await userWithMfa()
    const right = user.code()
    const wrong = right === '111111' ? '222222' : '111111'
    const { mfaToken } = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json()
    t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code: wrong } })).statusCode, 401)
    const spent = async () => (await app.db.selectFrom('spent_totp_code').select('code_hash').where('user_id', '=', user.id).execute()).length
    t.equal(await spent(), 1, 'only the code that enabled MFA is spent')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code: right } })).statusCode, 200, 'the pending sign-in goes on with the right one')
    t.equal(await spent(), 2)
  })
})
