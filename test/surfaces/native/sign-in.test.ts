import t from 'tap'
import { contractProblems } from '../../contract.js'
import { build, countPasswordHashes, failedSignInHashes, PASSWORD, signUp, uniqueEmail } from '../../helper.js'

t.test('POST /api/auth/sign-in/email', async (t) => {
  const hashes = countPasswordHashes()
  const app = await build(t, {}, { passwordHasher: hashes.hasher })
  const user = await signUp(app)

  await t.test('→ 200 with user, session, token and a new session cookie', async (t) => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeSignInEmail', response), [])
    const body = response.json()
    t.equal(body.user.id, user.userId)
    t.equal(body.session.userId, user.userId)
    t.not(body.token, user.token, 'a new session')
    t.match(String(response.headers['set-cookie']), /^better-auth\.session_token=/)
  })

  await t.test('→ the email matches whatever its case', async (t) => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: `  ${user.email.toUpperCase()}`.trim(), password: PASSWORD } })
    t.equal(response.statusCode, 200)
  })

  await t.test('→ 400 INVALID_CREDENTIALS, alike for a wrong password and an unknown email', async (t) => {
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: 'wrong-password' } })
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: uniqueEmail('nobody'), password: 'wrong-password' } })
    for (const response of [wrong, unknown]) {
      t.equal(response.statusCode, 400)
      t.same(contractProblems('nativeSignInEmail', response), [])
      t.notOk(response.headers['set-cookie'])
    }
    t.equal(wrong.body, unknown.body, 'the same body: nothing tells which emails exist')
  })

  await t.test('→ an unknown email costs a password hash, like a wrong password', async (t) => {
    const { known: wrongPassword, unknown: unknownEmail } = await failedSignInHashes(app, hashes, '/api/auth/sign-in/email', { known: user.email, unknown: uniqueEmail('nobody') })
    t.equal(wrongPassword, 1, 'a wrong password costs one scrypt')
    t.equal(unknownEmail, wrongPassword, 'and so does an unknown email')
  })

  await t.test('→ 400 VALIDATION_ERROR for a malformed body', async (t) => {
    for (const payload of [{ email: user.email }, { password: PASSWORD }, { email: 'nope', password: PASSWORD }, { email: user.email, password: '' }]) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload })
      t.equal(response.statusCode, 400)
      t.equal(response.json().code, 'VALIDATION_ERROR')
      t.same(contractProblems('nativeSignInEmail', response), [])
    }
  })
})

t.test('REQUIRE_EMAIL_VERIFICATION=true', async (t) => {
  const app = await build(t, { REQUIRE_EMAIL_VERIFICATION: 'true' })
  const email = uniqueEmail()

  await t.test('POST /api/auth/sign-up/email → 200 without a session', async (t) => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'A' } })
    t.equal(response.statusCode, 200)
    t.same(contractProblems('nativeSignUpEmail', response), [])
    t.equal(response.json().session, null)
    t.equal(response.json().token, null)
    t.notOk(response.headers['set-cookie'])
  })

  await t.test('POST /api/auth/sign-in/email → 403 EMAIL_NOT_VERIFIED, and no session is left behind', async (t) => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })
    t.equal(response.statusCode, 403)
    t.equal(response.json().code, 'EMAIL_NOT_VERIFIED')
    t.same(contractProblems('nativeSignInEmail', response), [])
    t.notOk(response.headers['set-cookie'])
    const sessions = await app.db.selectFrom('session').innerJoin('user', 'user.id', 'session.user_id').where('user.email', '=', email).select('session.id').execute()
    t.equal(sessions.length, 0)
  })
})
