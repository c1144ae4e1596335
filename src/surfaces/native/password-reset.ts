import type { FastifyReply, FastifyRequest } from 'fastify'
import { callAuth, redirectLocation } from '../../auth/call-auth.js'
import { acceptRedirect, sendRedirect } from '../../origins/request-redirects.js'

/** GET /api/auth/reset-password/{token}: the email's link, forwarded to the front end's form. */
export async function resetPasswordCallback(request: FastifyRequest, reply: FastifyReply): Promise<never> {
  const { token } = request.params as { token: string }
  const { callbackURL: named } = request.query as { callbackURL?: string }
  // A link emailed without a target (`callbackURL=`) still leads to the reset form.
  const callbackURL = acceptRedirect(request, named === '' ? undefined : named, request.server.config.passwordResetUrl)
  try {
    await callAuth(request, reply, request.server.auth.api.requestPasswordResetCallback, { params: { token }, query: { callbackURL } })
  } catch (error) {
    const location = redirectLocation(error)
    if (location !== undefined) return sendRedirect(request, reply, location) as never
    throw error
  }
  throw new Error('reset-password callback did not redirect')
}
