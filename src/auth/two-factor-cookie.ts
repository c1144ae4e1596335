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
