import type { MailMessage } from '../auth/mailer.js'

/** The emails of a change of address. Each says what happens if it is ignored, since the reader may not have asked. */

export function codeMessage(to: string, code: string): MailMessage {
  return {
    to,
    subject: 'Confirm your new email address',
    text: `Your code is ${code}. Enter it where you asked to change the email address of your account; it expires in fifteen minutes.\n\nIf you did not ask for this, ignore this message: without the code nothing changes.\n`,
    link: `code ${code}`,
  }
}

export function linkMessage(to: string, url: string): MailMessage {
  return {
    to,
    subject: 'Confirm your new email address',
    text: `Open this link within one hour to make this the email address of your account:\n\n${url}\n\nIf you did not ask for this, ignore this message: without the link nothing changes.\n`,
    link: url,
  }
}

/** To an address that belongs to an account already: no code, no link, and nothing can confirm the change. */
export function addressTakenMessage(to: string): MailMessage {
  return {
    to,
    subject: 'Someone tried to use this email address',
    text: 'Someone asked to move another account to this email address, but an account has it already, so nothing was changed.\n\nIf it was you, sign in to the account that has this address, or choose another address. If not, ignore this message.\n',
  }
}

/** To the address being left: what was asked, and the way back. */
export function noticeMessage(to: string, newEmail: string, undoUrl: string): MailMessage {
  return {
    to,
    subject: 'Your email address is being changed',
    text: `Someone signed in to your account asked to change its email address to ${newEmail}. The change takes effect once that address is confirmed.\n\nIf this was not you, open this link within 72 hours to undo it. It keeps this address (or brings it back), signs out every session, and sends you a link to choose a new password:\n\n${undoUrl}\n\nIf it was you, there is nothing to do.\n`,
    link: undoUrl,
  }
}
