import type { FastifyReply, FastifyRequest } from 'fastify'
import type { User } from '../schemas/index.js'
import { audit, auditedSignIn } from '../audit/audit-trail.js'
import { deleteLapsedSignIn, findPendingSignInName, findSignInLinkEmail, signInCodeIdentifier, signInLinkIdentifier, spendEmailSignIns } from '../sessions/email-sign-in-repository.js'
import { revokeUnprovenAccess } from './address-confirmation.js'
import { listUserIdentities } from '../sessions/identity-repository.js'
import { isBanned } from './ban.js'
import { findUserByEmail, lockUser } from '../sessions/user-repository.js'
import { AppError } from '../errors/error-codes.js'
import { callAuthHeld, redirectLocation } from './call-auth.js'

/** The one answer of every "email me a sign-in" request, whether or not the address has an account. */
export const EMAIL_SIGN_IN_SENT = 'If the address can sign in, a sign-in email has been sent'

/** What an emailed link or code signed in to: a session, or a sign-in waiting for its second factor. */
export type EmailSignInOutcome =
  | { readonly kind: 'session'; readonly headers: Headers; readonly token: string; readonly user: User }
  | { readonly kind: 'second_factor'; readonly headers: Headers; readonly email: string }

type AuthAnswer = { token: string; user: User } | { twoFactorRedirect: true; twoFactorMethods?: string[] }

export function normalizedEmail(email: string): string {
  return email.trim().toLowerCase()
}

/**
 * Runs `send` after the answer has gone, in its own unit of work, for an address that may sign in
 * by email: one with an account that is not banned, or any other while EMAIL_SIGN_UP is on. The request itself looks
 * nothing up, so an unknown address gets the same answer in the same time, by the same steps.
 */
export function sendAfterAnswer(request: FastifyRequest, reply: FastifyReply, email: string, send: () => Promise<unknown>): void {
  const { server } = request
  server.afterResponse.run(reply, 'email sign-in', async () => {
    const user = await findUserByEmail(server.db, email)
    if (user === undefined ? !server.config.emailSignUp : isBanned(user, server.clock.now())) return
    await send()
  })
}

/** `/api/v1`'s email: the front end's link and a code, which spend each other (see verify*). */
export async function sendLinkAndCode(request: FastifyRequest, input: { email: string; name?: string; frontEndLink: string }): Promise<void> {
  const { auth } = request.server
  const context = await auth.$context
  // A new code replaces the last one sent.
  await context.internalAdapter.deleteVerificationByIdentifier(signInCodeIdentifier(input.email))
  const { response: code } = await callAuthHeld<string>(request, auth.api.createVerificationOTP, { body: { email: input.email, type: 'sign-in' } })
  await callAuthHeld(request, auth.api.signInMagicLink, {
    body: { email: input.email, ...(input.name === undefined ? {} : { name: input.name }), metadata: { frontEndLink: input.frontEndLink, code } },
  })
}

/** Signs in with an emailed code: Better Auth's `/sign-in/email-otp`, after the service's clock has had its say on expiry. */
export async function verifySignInCode(request: FastifyRequest, input: { email: string; code: string; name?: string }): Promise<EmailSignInOutcome> {
  const { server } = request
  const email = normalizedEmail(input.email)
  await deleteLapsedSignIn(server.db, signInCodeIdentifier(email), server.clock.now())
  return proveMailbox(request, email, 'code', async () => {
    // An account this code creates takes the name asked for when the email was sent.
    const name = input.name ?? await findPendingSignInName(server.db, email)
    const body = { email, otp: input.code, ...(name === undefined ? {} : { name }) }
    const { headers, response } = await callAuthHeld<AuthAnswer>(request, server.auth.api.signInEmailOTP, { body })
    return outcome(headers, response, email)
  })
}

/** Signs in with a link's token, answered as JSON (no callback): Better Auth's `/magic-link/verify`. */
export async function verifySignInLink(request: FastifyRequest, token: string): Promise<EmailSignInOutcome> {
  const { server } = request
  const email = await findSignInLinkEmail(server.db, token)
  await deleteLapsedSignIn(server.db, signInLinkIdentifier(token), server.clock.now())
  return proveMailbox(request, email, 'link', async () => {
    const { headers, response } = await callAuthHeld<AuthAnswer>(request, server.auth.api.magicLinkVerify, { query: { token } })
      .catch((error: unknown) => {
        // Without a callback Better Auth still answers a bad token by redirecting to "/?error=…".
        throw redirectLocation(error) === undefined ? error : new AppError('INVALID_TOKEN')
      })
    return outcome(headers, response, email ?? '')
  })
}

function outcome(headers: Headers, response: AuthAnswer, email: string): EmailSignInOutcome {
  if ('twoFactorRedirect' in response) return { kind: 'second_factor', headers, email }
  return { kind: 'session', headers, token: response.token, user: response.user }
}

/**
 * Runs a sign-in that proves the mailbox of `email`. Once it has: every other sign-in email of the
 * address is spent, and an address that was not confirmed is now (Better Auth has removed the
 * account's password and other sign-in methods and its sessions: someone else may have registered
 * the address), so its refresh tokens and other registrations go too, and the confirmation is audited.
 */
export async function proveMailbox<T>(
  request: FastifyRequest,
  email: string | undefined,
  via: 'link' | 'code',
  run: () => Promise<T>,
  proved: (result: T) => boolean = () => true,
): Promise<T> {
  const { db, clock } = request.server
  const before = email === undefined ? undefined : await findUserByEmail(db, email)
  const unproven = before !== undefined && !before.email_verified
  // Held until the unit ends: a sign-in in flight commits first, so Better Auth's deletion of the
  // account's sessions sees its session; one that comes later waits, then finds the proof.
  if (unproven) await lockUser(db, before.id)
  // Better Auth removes the identities of an account it promotes: each removal is audited here.
  const identities = unproven ? await listUserIdentities(db, before.id) : []
  const result = await run()
  if (email === undefined || !proved(result)) return result
  await spendEmailSignIns(db, email)
  if (before === undefined) {
    // No account before it: this sign-in made one (EMAIL_SIGN_UP), a self sign-up like any other.
    const created = await findUserByEmail(db, email)
    if (created !== undefined) await audit(request, { type: 'user.created', userId: created.id, email: created.email, detail: { via } })
  } else if (!before.email_verified) {
    // Better Auth ended the sessions before it made this one, and removed the password.
    await revokeUnprovenAccess(db, before, clock.now(), { sessionsEnded: true })
    for (const identity of identities) {
      await audit(request, { type: 'identity.unlinked', userId: before.id, detail: { provider: identity.providerId, reason: 'address_confirmed' } })
    }
    await audit(request, { type: 'email.verified', userId: before.id, email: before.email, detail: { via } })
  }
  return result
}

/**
 * Verify's rule on every surface that takes a code or a link's token: the code with its address,
 * or the token alone, each audited as the sign-in method it is; `answer` turns the outcome into
 * the surface's reply.
 */
export async function verifyEmailSignIn<T>(
  request: FastifyRequest,
  body: { readonly email?: string | undefined; readonly code?: string | undefined; readonly token?: string | undefined },
  answer: (outcome: EmailSignInOutcome, method: 'email_code' | 'magic_link') => Promise<T>,
): Promise<T> {
  const { email, code, token } = body
  if (code !== undefined && email !== undefined && token === undefined) {
    return auditedSignIn(request, { method: 'email_code', email }, async () =>
      answer(await verifySignInCode(request, { email, code }), 'email_code'))
  }
  if (token !== undefined && code === undefined) {
    const owner = await findSignInLinkEmail(request.server.db, token)
    return auditedSignIn(request, { method: 'magic_link', ...(owner === undefined ? {} : { email: owner }) }, async () =>
      answer(await verifySignInLink(request, token), 'magic_link'))
  }
  throw new AppError('VALIDATION_ERROR', 'Send the code with its email, or the token')
}
