import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { build, cookieHeader, PASSWORD, uniqueEmail } from '../helper.js'
import { firstLink, startMailCatcher, type MailCatcher } from '../mail-catcher.js'
import { codeIn, CONFIRM, linkIn, NOTICE, RESET, takeMail, tokenIn } from '../surfaces/email-change-mail.js'
import { userWithMfa } from './account-helper.js'
import { registerUser, V1 } from '../surfaces/v1/v1-helper.js'

/**
 * A change of address made by the owner (confirmed by code or by link) or undone: what was mailed
 * to the address the account had, or begun with it, no longer works afterwards. A reset link sent
 * to the old address before a confirmed change, or to the new one before an undo, would otherwise
 * still set the password of the account where it now is.
 */

const tokenOfReset = (link: string): string => new URL(link).pathname.split('/').at(-1)!

async function resetLink(app: FastifyInstance, mail: MailCatcher, email: string): Promise<string> {
  await app.inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email } })
  return firstLink((await takeMail(mail, email, RESET)).text)
}

async function resetWith(app: FastifyInstance, link: string, newPassword: string): Promise<number> {
  return (await app.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token: tokenOfReset(link), newPassword } })).statusCode
}

t.test('a change of address confirmed, or undone, ends the links mailed and sign-ins begun before', async (t) => {
  const mail = await startMailCatcher(t)
  const app = await build(t, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) })

  await t.test('confirmed by the code (v1): a reset link sent to the old address is refused; the new address gets one that works', async (t) => {
    const user = await registerUser(app, mail)
    const stale = await resetLink(app, mail, user.email)
    const newEmail = uniqueEmail('stale-code')
    const auth = { authorization: `Bearer ${user.accessToken}` }
    t.equal((await app.inject({ method: 'POST', url: `${V1}/change-email`, headers: auth, payload: { newEmail, currentPassword: PASSWORD } })).statusCode, 200)
    await takeMail(mail, user.email, NOTICE)
    const confirmed = await app.inject({ method: 'POST', url: `${V1}/change-email/confirm`, headers: auth, payload: { code: codeIn(await takeMail(mail, newEmail, CONFIRM)) } })
    t.equal(confirmed.statusCode, 200)
    t.equal(await resetWith(app, stale, 'old-mailbox-password-1'), 400, 'the link to the old address is refused')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: newEmail, password: 'old-mailbox-password-1' } })).statusCode, 401, 'and set no password')
    t.equal((await app.inject({ method: 'GET', url: `${V1}/me`, headers: auth })).statusCode, 200, 'the session that made the change goes on')
    t.equal(await resetWith(app, await resetLink(app, mail, newEmail), 'new-mailbox-password-1'), 200, 'a link asked for since, to the new address, works')
  })

  await t.test('confirmed by the link (native): a reset link sent to the old address is refused', async (t) => {
    const email = uniqueEmail('stale-link')
    const signedUp = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { email, password: PASSWORD, name: 'Link' } })
    const cookie = cookieHeader(signedUp.headers['set-cookie'])
    const stale = await resetLink(app, mail, email)
    const newEmail = uniqueEmail('stale-link-new')
    t.equal((await app.inject({ method: 'POST', url: '/api/auth/change-email', headers: { cookie, origin: 'http://localhost:3000' }, payload: { newEmail, currentPassword: PASSWORD } })).statusCode, 200)
    const link = linkIn(await takeMail(mail, newEmail, CONFIRM))
    const opened = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` })
    t.ok(opened.statusCode === 200 || opened.statusCode === 302, `the link confirms (${opened.statusCode})`)
    t.equal((await app.db.selectFrom('user').select('email').where('email', '=', newEmail).executeTakeFirst())?.email, newEmail)
    t.equal(await resetWith(app, stale, 'old-mailbox-password-1'), 400, 'the link to the old address is refused')
  })

  await t.test('a second factor pending since before a confirmed change does not complete', async (t) => {
    const user = await userWithMfa(app, mail)
    const { mfaToken } = (await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: PASSWORD } })).json() as { mfaToken: string }
    const auth = { authorization: `Bearer ${user.accessToken}` }
    const newEmail = uniqueEmail('stale-mfa')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/change-email`, headers: auth, payload: { newEmail, currentPassword: PASSWORD, code: user.code() } })).statusCode, 200)
    const confirmed = await app.inject({ method: 'POST', url: `${V1}/change-email/confirm`, headers: auth, payload: { code: codeIn(await takeMail(mail, newEmail, CONFIRM)) } })
    t.equal(confirmed.statusCode, 200)
    t.equal((await app.inject({ method: 'POST', url: `${V1}/verify-mfa`, payload: { mfaToken, code: user.backupCodes[0] } })).statusCode, 401, 'the mfaToken is spent')
  })

  await t.test('undone: a reset link the changer sent to the new address is refused; the owner\'s, sent after, works', async (t) => {
    const user = await registerUser(app, mail)
    const changerAddress = uniqueEmail('changer')
    const auth = { authorization: `Bearer ${user.accessToken}` }
    t.equal((await app.inject({ method: 'POST', url: `${V1}/change-email`, headers: auth, payload: { newEmail: changerAddress, currentPassword: PASSWORD } })).statusCode, 200)
    const undoToken = tokenIn(await takeMail(mail, user.email, NOTICE))
    t.equal((await app.inject({ method: 'POST', url: `${V1}/change-email/confirm`, headers: auth, payload: { code: codeIn(await takeMail(mail, changerAddress, CONFIRM)) } })).statusCode, 200)
    const changers = await resetLink(app, mail, changerAddress)

    t.equal((await app.inject({ method: 'POST', url: `${V1}/change-email/undo`, payload: { token: undoToken } })).statusCode, 200)
    t.equal(await resetWith(app, changers, 'changer-password-1'), 400, 'the changer\'s reset link is refused')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: 'changer-password-1' } })).statusCode, 401, 'and set no password')
    const owners = firstLink((await takeMail(mail, user.email, RESET)).text)
    t.equal(await resetWith(app, owners, 'owner-password-1'), 200, 'the owner\'s link, sent after the undo, works')
    t.equal((await app.inject({ method: 'POST', url: `${V1}/login`, payload: { email: user.email, password: 'owner-password-1' } })).statusCode, 200)
  })
})
