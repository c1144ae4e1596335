import t from 'tap'
import { build, cookieHeader, FRONTEND_ORIGIN, PASSWORD, uniqueEmail } from '../../helper.js'
import { followingClock } from '../../clock.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { codeIn, CONFIRM, linkIn, mailSettled, mailTo, NOTICE, RESET, TAKEN, takeMail, tokenIn } from '../email-change-mail.js'

const HOUR = 60 * 60_000

t.test('change of email address on /auth', async (t) => {
  const mail = await startMailCatcher(t)
  // Moved only in the last test, after every sign-in: an /auth cookie says the seconds left of its session by this clock.
  const clock = followingClock()
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })
  const signup = async () => {
    const response = await app.inject({ method: 'POST', url: '/auth/signup', payload: { email: uniqueEmail('jwt-mail'), password: PASSWORD, name: 'Sam Lee' } })
    const body = response.json() as { token: string; user: { id: string; email: string } }
    return { token: body.token, id: body.user.id, email: body.user.email, cookie: cookieHeader(response.headers['set-cookie']) }
  }
  const post = (url: string, token: string | undefined, payload: object) =>
    app.inject({ method: 'POST', url, headers: token === undefined ? {} : { authorization: `Bearer ${token}` }, payload })
  const me = (token: string) => app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: `Bearer ${token}` } })
  const login = (email: string, password = PASSWORD) => app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } })

  await t.test('change-email → a code to the new address; confirm → the address is changed and confirmed, other sessions end', async (t) => {
    const user = await signup()
    const other = (await login(user.email)).json().token as string
    const newEmail = uniqueEmail('jwt-new')
    const asked = await post('/auth/change-email', user.token, { newEmail, currentPassword: PASSWORD })
    t.equal(asked.statusCode, 200)
    t.same(asked.json(), { success: true, message: 'Check the new address for a six-digit code' })
    await takeMail(mail, user.email, NOTICE)
    const code = codeIn(await takeMail(mail, newEmail, CONFIRM))
    const wrong = await post('/auth/change-email/confirm', user.token, { code: code === '000000' ? '111111' : '000000' })
    t.equal(wrong.statusCode, 422)
    t.same(wrong.json(), { detail: 'Invalid or expired code' })
    const confirmed = await post('/auth/change-email/confirm', user.token, { code })
    t.equal(confirmed.statusCode, 200)
    t.same(confirmed.json(), { success: true, user: { id: user.id, email: newEmail, name: 'Sam Lee', emailVerified: true } })
    t.same((await me(user.token)).json(), { id: user.id, email: newEmail, name: 'Sam Lee', emailVerified: true }, 'this token goes on')
    t.equal((await me(other)).statusCode, 401, 'the token of another session ends')
    t.equal((await post('/auth/change-email/confirm', user.token, { code })).statusCode, 422, 'a code works once')
  })

  await t.test('re-authentication and the FastAPI-style answers: 401 for a wrong password, 422 for a malformed address, 401 without a token', async (t) => {
    const user = await signup()
    const wrong = await post('/auth/change-email', user.token, { newEmail: uniqueEmail(), currentPassword: 'not-my-password' })
    t.equal(wrong.statusCode, 401)
    t.same(wrong.json(), { detail: 'Current password is incorrect' })
    const malformed = await post('/auth/change-email', user.token, { newEmail: 'not-an-email', currentPassword: PASSWORD })
    t.equal(malformed.statusCode, 422)
    t.match(malformed.json().detail, [{ loc: ['body', 'newEmail'], type: 'value_error.email' }])
    const same = await post('/auth/change-email', user.token, { newEmail: user.email, currentPassword: PASSWORD })
    t.equal(same.statusCode, 422)
    t.same((await post('/auth/change-email', undefined, { newEmail: uniqueEmail(), currentPassword: PASSWORD })).json(), { detail: 'Not authenticated' })
    const viaCookie = await app.inject({ method: 'POST', url: '/auth/change-email', headers: { cookie: user.cookie, origin: FRONTEND_ORIGIN }, payload: { newEmail: uniqueEmail('jwt-cookie'), currentPassword: PASSWORD } })
    t.equal(viaCookie.statusCode, 200, 'the auth_token cookie, with its Origin, works as the bearer does')
    const withoutOrigin = await app.inject({ method: 'POST', url: '/auth/change-email', headers: { cookie: user.cookie }, payload: { newEmail: uniqueEmail('jwt-cookie'), currentPassword: PASSWORD } })
    t.equal(withoutOrigin.statusCode, 403, 'but not without it')
    await mailSettled(app)
    mail.messages.length = 0
  })

  await t.test('a taken address: the same answer, a note to it instead of a code', async (t) => {
    const [owner, asker, control] = [await signup(), await signup(), await signup()]
    const taken = await post('/auth/change-email', asker.token, { newEmail: owner.email, currentPassword: PASSWORD })
    const free = await post('/auth/change-email', control.token, { newEmail: uniqueEmail('jwt-free'), currentPassword: PASSWORD })
    t.equal(taken.statusCode, free.statusCode)
    t.equal(taken.body, free.body)
    await takeMail(mail, owner.email, TAKEN)
    await mailSettled(app)
    t.equal(mailTo(mail, owner.email).filter((message) => CONFIRM.test(message.subject)).length, 0, 'no code')
    t.equal((await post('/auth/change-email/confirm', asker.token, { code: '123456' })).statusCode, 422)
    mail.messages.length = 0
  })

  await t.test('undo: within 72 hours it restores the address and ends every session; after, it is refused', async (t) => {
    const [user, later] = [await signup(), await signup()]
    const changed = async (account: typeof user) => {
      const newEmail = uniqueEmail('jwt-undo')
      t.equal((await post('/auth/change-email', account.token, { newEmail, currentPassword: PASSWORD })).statusCode, 200)
      const undoToken = tokenIn(await takeMail(mail, account.email, NOTICE))
      t.equal((await post('/auth/change-email/confirm', account.token, { code: codeIn(await takeMail(mail, newEmail, CONFIRM)) })).statusCode, 200)
      return { newEmail, undoToken }
    }
    const first = await changed(user)
    const second = await changed(later)

    clock.advance(72 * HOUR - 60_000)
    const undone = await post('/auth/change-email/undo', undefined, { token: first.undoToken })
    t.equal(undone.statusCode, 200)
    t.match(undone.json(), { success: true, message: /choose a new password/ })
    t.equal((await me(user.token)).statusCode, 401, 'every session ends')
    t.equal((await login(user.email)).statusCode, 401, 'the password no longer signs in')
    t.match(linkIn(await takeMail(mail, user.email, RESET)).href, /\/api\/auth\/reset-password\//, 'a reset link goes to the old address')
    const again = await post('/auth/change-email/undo', undefined, { token: first.undoToken })
    t.equal(again.statusCode, 401)
    t.same(again.json(), { detail: 'Invalid or expired token' })

    clock.advance(2 * 60_000)
    t.equal((await post('/auth/change-email/undo', undefined, { token: second.undoToken })).statusCode, 401, 'after 72 hours')
    t.equal((await me(later.token)).json().email, second.newEmail, 'the change stands')
  })
})
