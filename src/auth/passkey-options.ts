import { passkey } from '@better-auth/passkey'
import { APIError } from 'better-auth/api'
import type { RelyingParty } from '../passkeys/relying-party.js'

/** The cookie (`better-auth.passkey_challenge`) naming a ceremony's challenge, kept in the verification table. */
export const PASSKEY_CHALLENGE_COOKIE = 'better-auth.passkey_challenge'

/** The code Better Auth answers when an authenticator did not verify its user. */
export const USER_NOT_VERIFIED = 'PASSKEY_USER_NOT_VERIFIED'

function requireUserVerified(verified: boolean): void {
  // A passkey stands for two factors (something held, and a PIN or biometric) only when the
  // authenticator verified its user: without the UV flag it is one factor, and must not sign in.
  if (!verified) throw APIError.from('UNAUTHORIZED', { code: USER_NOT_VERIFIED, message: 'The authenticator did not verify its user' })
}

/**
 * Better Auth's passkey plugin as this service runs it. Challenges live in the verification table
 * (so options issued by one instance verify on another), named by a signed cookie. Credentials
 * are discoverable (a user signs in without typing an email) and every ceremony must verify the
 * user; the plugin itself would accept an assertion without the UV flag, so the hooks refuse it.
 * The origin a ceremony is checked against is the request's Origin, which our handlers first
 * require to be a passkey origin.
 */
export function passkeyPlugin(party: RelyingParty) {
  return passkey({
    rpID: party.id,
    rpName: party.name,
    origin: null,
    authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    advanced: { webAuthnChallengeCookie: PASSKEY_CHALLENGE_COOKIE.replace(/^better-auth\./, '') },
    registration: {
      afterVerification: async ({ verification }) => {
        requireUserVerified(verification.registrationInfo?.userVerified === true)
        return undefined
      },
    },
    authentication: {
      afterVerification: async ({ verification }) => {
        requireUserVerified(verification.authenticationInfo.userVerified)
      },
    },
    schema: {
      passkey: {
        modelName: 'passkey',
        fields: {
          publicKey: 'public_key', userId: 'user_id', credentialID: 'credential_id', deviceType: 'device_type',
          backedUp: 'backed_up', createdAt: 'created_at',
        },
      },
    },
  })
}
