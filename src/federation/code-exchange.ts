import { timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { assertNotBanned } from '../auth/ban.js'
import { AppError } from '../errors/error-codes.js'
import { findSessionToken, spendFlowCode } from '../sessions/federated-sign-in-repository.js'
import { deleteSessionById } from '../sessions/session-repository.js'
import { hashToken } from '../sessions/token-hash.js'
import { isLinkFlow } from './link-flow-store.js'
import type { TokenSurface } from './provider-flow.js'

export type ExchangeOutcome =
  | { readonly kind: 'session'; readonly sessionToken: string; readonly userId: string; readonly providerId: string }
  | { readonly kind: 'second_factor'; readonly mfaToken: string; readonly userId: string; readonly providerId: string }

/** Whether two hashes are the same, in a time that does not tell how much of them is. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Spends a one-time code from a provider callback: once, within sixty seconds, on the surface
 * whose flow it ended, and only with the secret the front end got when it started that flow. A
 * code taken from a URL (history, a log, another's link) is worth nothing without that secret,
 * and a code shown with the wrong secret is spent and its session ended.
 */
export async function exchangeCode(request: FastifyRequest, surface: TokenSurface, code: string, codeVerifier: string): Promise<ExchangeOutcome> {
  const { db, clock } = request.server
  const flow = await spendFlowCode(db, hashToken(code), clock.now())
  if (flow?.user_id == null) throw new AppError('INVALID_CODE')
  if (flow.surface !== surface || !sameHash(hashToken(codeVerifier), flow.binding_hash)) {
    // The session a sign-in's code stood for ends with it; a link's code names the session that
    // started the link, which it never stood for, and which stays.
    if (flow.session_id !== null && !isLinkFlow(flow)) await deleteSessionById(db, flow.session_id)
    throw new AppError('INVALID_CODE')
  }
  if (flow.pending_second_factor !== null) {
    return { kind: 'second_factor', mfaToken: flow.pending_second_factor, userId: flow.user_id, providerId: flow.provider_id }
  }
  const sessionToken = flow.session_id === null ? undefined : await findSessionToken(db, flow.session_id, clock.now())
  if (sessionToken === undefined) {
    // A ban since the callback ended the session: said as the ban it is, as every other way in says it.
    await assertNotBanned(db, flow.user_id, clock)
    throw new AppError('SESSION_EXPIRED')
  }
  return { kind: 'session', sessionToken, userId: flow.user_id, providerId: flow.provider_id }
}
