import type { BetterAuthPlugin } from 'better-auth'
import { createAuthMiddleware } from 'better-auth/api'
import { deleteSessionCookie } from 'better-auth/cookies'
import { generateRandomString } from 'better-auth/crypto'
import { emailOTP, magicLink } from 'better-auth/plugins'
import type { Config } from '../config.js'
import { withQueryParameter } from '../origins/request-redirects.js'
import type { Mailer } from './mailer.js'

/** How long an emailed sign-in link or code is good for (Better Auth's default is five minutes). */
export const EMAIL_SIGN_IN_TTL_SECONDS = 10 * 60
/** Wrong codes one emailed code survives; the next attempt, right or wrong, is refused. */
export const EMAIL_CODE_ATTEMPTS = 3

/**
 * What `/api/v1`'s start passes along to the link's email (as the magic link's `metadata`, which
 * only our own in-process calls set: the surfaces' body schemas have no such field): the front-end
 * page the link opens, and the code the same email carries.
 */
export interface FrontEndLinkMetadata {
  readonly frontEndLink: string
  readonly code: string
}

function frontEndLink(metadata: Record<string, unknown> | undefined): FrontEndLinkMetadata | undefined {
  const link = metadata?.frontEndLink
  const code = metadata?.code
  return typeof link === 'string' && typeof code === 'string' ? { frontEndLink: link, code } : undefined
}

/**
 * Better Auth's magic link and email code, as this service runs them: ten minutes, single use,
 * stored hashed (a database reader cannot sign in with what it reads), three wrong codes, and an
 * unknown address becomes an account only with EMAIL_SIGN_UP. Whether an email goes out at all
 * for an address is decided before these run (src/auth/email-sign-in.ts), after the answer.
 */
export function emailSignInPlugins(config: Config, mailer: Mailer) {
  return [
    magicLink({
      expiresIn: EMAIL_SIGN_IN_TTL_SECONDS,
      storeToken: 'hashed',
      disableSignUp: !config.emailSignUp,
      async sendMagicLink({ email, url, token, metadata }) {
        const v1 = frontEndLink(metadata)
        if (v1 === undefined) {
          await mailer.send({
            to: email,
            subject: 'Your sign-in link',
            kind: 'magic_link',
            text: `Open this link within ten minutes to sign in:\n\n${url}\n\nIt works once. If you did not ask to sign in, ignore this message.`,
            link: url,
          })
          return
        }
        const link = withQueryParameter(v1.frontEndLink, 'token', token)
        await mailer.send({
          to: email,
          subject: 'Your sign-in link and code',
          kind: 'email_sign_in',
          text: `Open this link within ten minutes to sign in:\n\n${link}\n\nor enter this code: ${v1.code}\n\nEither works once. If you did not ask to sign in, ignore this message.`,
          link,
        })
      },
    }),
    emailOTP({
      expiresIn: EMAIL_SIGN_IN_TTL_SECONDS,
      otpLength: 6,
      storeOTP: 'hashed',
      allowedAttempts: EMAIL_CODE_ATTEMPTS,
      disableSignUp: !config.emailSignUp,
      async sendVerificationOTP({ email, otp }) {
        // Only sign-in codes are asked for: the surfaces offer no other type.
        await mailer.send({
          to: email,
          subject: 'Your sign-in code',
          kind: 'email_code',
          text: `Your sign-in code is ${otp}. It is good for ten minutes, once. If you did not ask to sign in, ignore this message.`,
        })
      },
    }),
    emailSignInSecondFactor(),
  ] as const
}

/** The paths where an emailed link or code creates a session. */
const EMAIL_SIGN_IN_PATHS: ReadonlySet<string> = new Set(['/sign-in/email-otp', '/magic-link/verify'])
const TWO_FACTOR_COOKIE_MAX_AGE_SECONDS = 600

/**
 * The two-factor plugin asks for the second factor only after a password sign-in (its hook
 * matches `/sign-in/email`, `/sign-in/username`, `/sign-in/phone-number`): an emailed link or code
 * would sign a TOTP user in with the mailbox alone. This hook does after those what it does after
 * a password: the new session goes, and the sign-in waits in its signed `two_factor` cookie for
 * `/two-factor/verify-totp` (or v1's verify-mfa), the same record and attempt counter it keeps.
 * With a redirect (the link opened in a browser) the browser still goes to the callback, told by
 * `twoFactorRedirect=true` that the second factor is due.
 */
export function emailSignInSecondFactor() {
  return {
    id: 'email-sign-in-second-factor',
    hooks: {
      after: [{
        matcher: (context) => EMAIL_SIGN_IN_PATHS.has(context.path ?? ''),
        handler: createAuthMiddleware(async (ctx) => {
          const data = ctx.context.newSession
          if (data?.user.twoFactorEnabled !== true) return
          deleteSessionCookie(ctx, true)
          await ctx.context.internalAdapter.deleteSession(data.session.token)
          ctx.context.setNewSession(null)
          const cookie = ctx.context.createAuthCookie('two_factor', { maxAge: TWO_FACTOR_COOKIE_MAX_AGE_SECONDS })
          const identifier = `2fa-${generateRandomString(20)}`
          const expiresAt = new Date(Date.now() + TWO_FACTOR_COOKIE_MAX_AGE_SECONDS * 1000)
          await ctx.context.internalAdapter.createVerificationValue({ value: data.user.id, identifier, expiresAt })
          await ctx.context.internalAdapter.createVerificationValue({ value: '0', identifier: `2fa-attempts-${identifier}`, expiresAt })
          await ctx.setSignedCookie(cookie.name, identifier, ctx.context.secret, cookie.attributes)
          const redirected = redirectTarget(ctx.context.returned)
          if (redirected !== undefined) throw ctx.redirect(withQueryParameter(redirected, 'twoFactorRedirect', 'true'))
          return ctx.json({ twoFactorRedirect: true, twoFactorMethods: ['totp'] })
        }),
      }],
    },
  } satisfies BetterAuthPlugin
}

/** The Location of a redirect an endpoint answered with, if it did. */
function redirectTarget(returned: unknown): string | undefined {
  if (typeof returned !== 'object' || returned === null || !('statusCode' in returned) || returned.statusCode !== 302) return undefined
  const headers = (returned as { headers?: Headers | Record<string, string> }).headers
  if (headers instanceof Headers) return headers.get('location') ?? undefined
  return headers?.location
}
