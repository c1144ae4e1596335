import type { FastifyInstance } from 'fastify'
import type { Auth } from './better-auth.js'

/** Better Auth's signed cookie that carries a sign-in waiting for its second factor. */
export const TWO_FACTOR_COOKIE = 'better-auth.two_factor'

/**
 * The account a pending second-factor sign-in belongs to, for the audit trail: the signed value's
 * identifier names a verification record whose value is the user id. Unknown or expired: undefined.
 */
export async function pendingSecondFactorUser(auth: Auth, signedValue: string | undefined): Promise<string | undefined> {
  const separator = signedValue?.lastIndexOf('.') ?? -1
  if (signedValue === undefined || separator <= 0) return undefined
  const context = await auth.$context
  const record = await context.internalAdapter.findVerificationValue(signedValue.slice(0, separator))
  return record?.value ?? undefined
}

/** A sign-in waiting for its second factor: whose it is, and the record that holds it. */
export interface PendingSecondFactor {
  readonly userId: string
  readonly identifier: string
}

/**
 * The pending sign-in a signed two-factor value (v1's `mfaToken`) stands for, when its signature is
 * ours and its record is still live (ten minutes); otherwise undefined.
 */
export async function verifiedPendingSecondFactor(server: FastifyInstance, signedValue: string): Promise<PendingSecondFactor | undefined> {
  const identifier = server.sessionCookies.tokenFromSigned(signedValue)
  if (identifier === undefined) return undefined
  const context = await server.auth.$context
  const record = await context.internalAdapter.findVerificationValue(identifier)
  if (record === null || record.expiresAt.getTime() <= Date.now()) return undefined
  return { userId: record.value, identifier }
}

/** Spends a pending sign-in once its second factor is proven: true for the one caller that did. */
export async function spendPendingSecondFactor(server: FastifyInstance, pending: PendingSecondFactor): Promise<boolean> {
  const context = await server.auth.$context
  const consumed = await context.internalAdapter.consumeVerificationValue(pending.identifier)
  return consumed !== null && consumed.value === pending.userId
}
