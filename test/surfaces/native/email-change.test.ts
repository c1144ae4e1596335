import { createAuthClient } from 'better-auth/client'
import makeFetchCookie from 'fetch-cookie'
import t from 'tap'
import { CookieJar } from 'tough-cookie'
import { listAuditEvents } from '../../../src/sessions/audit-event-repository.js'
import { FRONTEND_ORIGIN, listen, PASSWORD, uniqueEmail } from '../../helper.js'
import { followingClock } from '../../clock.js'
import { startMailCatcher } from '../../mail-catcher.js'
import { CONFIRM, linkIn, mailSettled, mailTo, NOTICE, RESET, TAKEN, takeMail, tokenIn } from '../email-change-mail.js'

const ACCOUNT_PAGE = `${FRONTEND_ORIGIN}/account`

/** The official Better Auth client with a cookie jar and an Origin, as a browser app runs it. */
function browserLikeClient(baseURL: string) {
  const jar = new CookieJar()
  return createAuthClient({
    baseURL: `${baseURL}/api/auth`,
    fetchOptions: { customFetchImpl: makeFetchCookie(fetch, jar), headers: { origin: FRONTEND_ORIGIN } },
  })
}

/** Better Auth's `changeEmail` body with the current password this service asks for beside it. */
function changeEmailBody(newEmail: string, currentPassword = PASSWORD, callbackURL = ACCOUNT_PAGE) {
  const body = { newEmail, callbackURL, currentPassword }
  return body as { newEmail: string; callbackURL: string }
}

t.test('change of email address on /api/auth, with the official Better Auth client', async (t) => {
  const mail = await startMailCatcher(t)
  const clock = followingClock()
  const { app, url } = await listen(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { clock })
  const signedUp = async () => {
    const client = browserLikeClient(url)
    const email = uniqueEmail('native-mail')
    const result = await client.signUp.email({ email, password: PASSWORD, name: 'Jane Doe' })
    if (result.error !== null) throw new Error(`sign-up: ${result.error.message}`)
    return { client, email, id: result.data.user.id }
  }
  // Emailed links name BETTER_AUTH_URL; this service listens on a port of its own.
  const open = (link: URL | string) => { const given = new URL(link); return fetch(new URL(`${given.pathname}${given.search}`, url), { redirect: 'manual' }) }

  await t.test('authClient.changeEmail → a link to the new address; opening it changes the address, confirmed, and ends every other session', async (t) => {
    const user = await signedUp()
    const elsewhere = browserLikeClient(url)
    t.equal((await elsewhere.signIn.email({ email: user.email, password: PASSWORD })).error, null)
    const newEmail = uniqueEmail('native-new')

    const asked = await user.client.changeEmail(changeEmailBody(newEmail))
    t.equal(asked.error, null)
    t.match(asked.data, { status: true })
    const link = linkIn(await takeMail(mail, newEmail, CONFIRM))
    t.equal(`${link.origin}${link.pathname}`, `${app.config.baseUrl}/api/auth/change-email/verify`)
    t.equal(link.searchParams.get('callbackURL'), ACCOUNT_PAGE)
    const notice = await takeMail(mail, user.email, NOTICE)
    t.match(notice.text, newEmail)
    t.equal((await user.client.getSession()).data?.user.email, user.email, 'nothing changes before the link is opened')

    const opened = await open(link)
    t.equal(opened.status, 302)
    t.equal(opened.headers.get('location'), ACCOUNT_PAGE)
    const session = (await user.client.getSession()).data
    t.match(session?.user, { id: user.id, email: newEmail, emailVerified: true }, 'this session goes on, on the new address')
    t.equal((await elsewhere.getSession()).data, null, 'the other session has ended')

    const again = await open(link)
    t.equal(again.headers.get('location'), `${ACCOUNT_PAGE}?error=INVALID_TOKEN`, 'a link works once')
    const bare = await open(`${link.origin}${link.pathname}?token=${link.searchParams.get('token')!}`)
    t.equal(bare.status, 400, 'without callbackURL: the error itself')
    t.equal((await bare.json() as { code: string }).code, 'INVALID_TOKEN')
    const events = await listAuditEvents(app.db, { userId: user.id })
    t.match(events.find((event) => event.type === 'email.changed'), { email: newEmail, detail: { via: 'link' }, operation: 'nativeVerifyEmailChange' })
  })

  await t.test('the link without callbackURL answers the change as JSON; a bearer session (Set-Auth-Token) may ask', async (t) => {
    const email = uniqueEmail('native-bearer')
    const signUp = await fetch(`${url}/api/auth/sign-up/email`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD, name: 'Bearer' }) })
    const bearer = signUp.headers.get('set-auth-token')!
    const newEmail = uniqueEmail('native-json')
    const asked = await fetch(`${url}/api/auth/change-email`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ newEmail, currentPassword: PASSWORD }),
    })
    t.equal(asked.status, 200)
    const link = linkIn(await takeMail(mail, newEmail, CONFIRM))
    t.equal(link.searchParams.get('callbackURL'), app.config.emailVerificationUrl, 'without a callbackURL the link leads to EMAIL_VERIFICATION_URL')
    const confirmed = await open(`${link.origin}${link.pathname}?token=${link.searchParams.get('token')!}`)
    t.equal(confirmed.status, 200)
    t.match(await confirmed.json(), { success: true, status: true, user: { email: newEmail, emailVerified: true } })
    await takeMail(mail, email, NOTICE)
  })

  await t.test('refusals: a wrong password (400 INVALID_CREDENTIALS), a foreign callbackURL, no session; nothing is sent', async (t) => {
    const user = await signedUp()
    const newEmail = uniqueEmail('native-refused')
    const wrong = await user.client.changeEmail(changeEmailBody(newEmail, 'not-my-password'))
    t.equal(wrong.error?.status, 400)
    t.equal(wrong.error?.code, 'INVALID_CREDENTIALS')
    const foreign = await user.client.changeEmail(changeEmailBody(newEmail, PASSWORD, 'https://evil.example/steal'))
    t.equal(foreign.error?.code, 'INVALID_REDIRECT')
    const anonymous = await browserLikeClient(url).changeEmail(changeEmailBody(newEmail))
    t.equal(anonymous.error?.status, 401)
    await mailSettled(app)
    t.equal(mailTo(mail, newEmail).length, 0)
  })

  await t.test('the links refuse a callbackURL off the allowed origins: 400 INVALID_REDIRECT', async (t) => {
    for (const path of ['/api/auth/change-email/verify', '/api/auth/change-email/undo']) {
      const response = await open(`${url}${path}?token=anything&callbackURL=${encodeURIComponent('https://evil.example/landing')}`)
      t.equal(response.status, 400, path)
      t.equal((await response.json() as { code: string }).code, 'INVALID_REDIRECT', path)
    }
  })

  await t.test('a taken address: the same answer; it gets a note, never a link', async (t) => {
    const [owner, asker, control] = [await signedUp(), await signedUp(), await signedUp()]
    const taken = await asker.client.changeEmail(changeEmailBody(owner.email))
    const free = await control.client.changeEmail(changeEmailBody(uniqueEmail('native-free')))
    t.same(taken, free, 'the client sees the same answer')
    const note = await takeMail(mail, owner.email, TAKEN)
    t.notMatch(note.text, /https?:\/\//, 'no link in the note')
    await takeMail(mail, asker.email, NOTICE)
  })

  await t.test('the undo link leads to EMAIL_CHANGE_UNDO_URL without undoing; the page\'s POST undoes, once', async (t) => {
    const user = await signedUp()
    const newEmail = uniqueEmail('native-undo')
    t.equal((await user.client.changeEmail(changeEmailBody(newEmail))).error, null)
    const undoLink = linkIn(await takeMail(mail, user.email, NOTICE))
    t.equal((await open(linkIn(await takeMail(mail, newEmail, CONFIRM)))).status, 302)

    const opened = await open(undoLink)
    t.equal(opened.status, 302)
    const page = new URL(opened.headers.get('location')!)
    t.equal(`${page.origin}${page.pathname}`, app.config.emailChangeUndoUrl)
    const token = page.searchParams.get('token')!
    t.equal(token, tokenIn({ to: '', subject: '', text: undoLink.href, messageId: '' }))
    t.equal((await user.client.getSession()).data?.user.email, newEmail, 'opening the link (as a mail scanner does) undoes nothing')

    clock.advance(71 * 60 * 60_000)
    const undone = await fetch(`${url}/api/auth/change-email/undo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) })
    t.equal(undone.status, 200)
    t.match(await undone.json(), { success: true, status: true })
    t.equal((await user.client.getSession()).data, null, 'every session has ended')
    await takeMail(mail, user.email, RESET)
    const row = await app.db.selectFrom('user').select(['email', 'email_verified']).where('id', '=', user.id).executeTakeFirstOrThrow()
    t.same(row, { email: user.email, email_verified: true }, 'the old address is back, confirmed by the undo link')
    const again = await fetch(`${url}/api/auth/change-email/undo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) })
    t.equal(again.status, 400)
    t.equal((await again.json() as { code: string }).code, 'INVALID_TOKEN')
    t.equal((await open(undoLink)).headers.get('location'), `${app.config.emailChangeUndoUrl}?error=INVALID_TOKEN`, 'the link says so once spent')
  })
})
