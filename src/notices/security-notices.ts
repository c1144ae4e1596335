import type { FastifyRequest } from 'fastify'
import type { UserRow } from '../db/tables.js'
import { findUserById } from '../sessions/user-repository.js'
import { describeDevice } from './device-description.js'
import { isKnownDevice } from './known-device.js'

/** An audit event, as far as a notice reads it (see src/audit/audit-trail.ts). */
export interface NoticeEvent {
  readonly type: string
  readonly userId?: string | null
  readonly sessionId?: string | null
  readonly detail?: { readonly method?: string }
}

interface Notice {
  readonly kind: string
  readonly subject: string
  /** What happened, in one sentence. */
  readonly what: string
  /** What to do if it was not the account's holder. */
  readonly ifNotYou: string
}

const RESET_ADVICE = 'reset your password now with "Forgot password" on the sign-in page (that signs out every session)'

/**
 * The audit events the account's holder is told about by email, and what each says. Any surface
 * that records one of these events sends its notice, in the same unit of work as the event: a
 * change that is rolled back sends nothing. A notice carries no secret and no link that acts:
 * it says what happened, when, from which device and address, and what to do if it was not you.
 */
const NOTICES: Readonly<Record<string, (request: FastifyRequest, event: NoticeEvent, user: UserRow) => Promise<Notice | undefined>>> = {
  'sign_in.succeeded': newDeviceNotice,
  'password.changed': fixed({
    kind: 'notice.password_changed',
    subject: 'Your password was changed',
    what: 'The password of your account was changed.',
    ifNotYou: `someone knows your password: ${RESET_ADVICE}, then turn on two-step verification.`,
  }),
  'password.reset': fixed({
    kind: 'notice.password_reset',
    // Not "reset" in the subject: a mailbox rule or a reader looking for the reset link must not take this for it.
    subject: 'Your password was changed through account recovery',
    what: 'The password of your account was replaced through a recovery link sent to this address, and every session was signed out.',
    ifNotYou: `someone can read this mailbox: secure your email account first, then ${RESET_ADVICE}.`,
  }),
  'mfa.enabled': fixed({
    kind: 'notice.mfa_enabled',
    subject: 'Two-step verification was turned on',
    what: 'Two-step verification (an authenticator app code at sign-in) was turned on for your account.',
    ifNotYou: `someone signed in to your account and could lock you out: ${RESET_ADVICE}, and contact support to remove the second step.`,
  }),
  'mfa.disabled': fixed({
    kind: 'notice.mfa_disabled',
    subject: 'Two-step verification was turned off',
    what: 'Two-step verification was turned off for your account: a password alone now signs in.',
    ifNotYou: `someone knows your password and signed in: ${RESET_ADVICE}, then turn two-step verification back on.`,
  }),
}

/** Emails the account's holder about `event`, if it is one they are told about. */
export async function sendSecurityNotice(request: FastifyRequest, event: NoticeEvent): Promise<void> {
  const build = NOTICES[event.type]
  if (build === undefined || event.userId == null) return
  const user = await findUserById(request.server.db, event.userId)
  if (user === undefined) return
  const notice = await build(request, event, user)
  if (notice === undefined) return
  await request.server.mailer.send({ to: user.email, subject: notice.subject, text: noticeText(request, notice), kind: notice.kind })
}

/**
 * A sign-in from a device not seen before (known-device.ts). Completing a registration is not
 * one: it opens the account's first session, from the client that has just proven the mailbox.
 */
async function newDeviceNotice(request: FastifyRequest, event: NoticeEvent, user: UserRow): Promise<Notice | undefined> {
  if (!request.server.config.notifyNewDevice || event.detail?.method === 'registration_token') return undefined
  if (await isKnownDevice(request, user, event.sessionId)) return undefined
  return {
    kind: 'notice.new_device',
    subject: 'New sign-in to your account',
    what: 'Your account was signed in to from a device we have not seen it used from before.',
    ifNotYou: emailed(event)
      ? 'someone can read your email: secure your mailbox, then turn on two-step verification.'
      : `someone knows your password: ${RESET_ADVICE}, then turn on two-step verification.`,
  }
}

/** A sign-in by an emailed link or code proves the mailbox, not the password. */
function emailed(event: NoticeEvent): boolean {
  return event.detail?.method === 'magic_link' || event.detail?.method === 'email_code'
}

function fixed(notice: Notice): () => Promise<Notice> {
  return async () => notice
}

function noticeText(request: FastifyRequest, notice: Notice): string {
  const when = request.server.clock.now().toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC')
  return [
    notice.what,
    '',
    `When: ${when}`,
    `Device: ${describeDevice(request.headers['user-agent'])}`,
    `IP address: ${request.ip}`,
    '',
    'If this was you, there is nothing to do.',
    '',
    `If it was not you, ${notice.ifNotYou}`,
    '',
    'This message has no link on purpose: go to the app or site yourself rather than through any email.',
    '',
  ].join('\n')
}
