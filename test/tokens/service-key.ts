import { signJWT } from 'better-auth/plugins/jwt'
import type { FastifyInstance } from 'fastify'

/**
 * A test-only signing path: Better Auth's own signJWT with the service's real key set, so a token
 * differs from a genuine one only in the header and claims the test chooses.
 */
export async function signWithServiceKey(app: FastifyInstance, header: { typ?: string }, claims: Record<string, unknown>): Promise<string> {
  const context = await app.auth.$context
  return signJWT({ context } as unknown as Parameters<typeof signJWT>[0], {
    options: {
      jwks: { keyPairConfig: { alg: 'EdDSA', crv: 'Ed25519' } },
      schema: { jwks: { modelName: 'jwks', fields: { publicKey: 'public_key', privateKey: 'private_key', createdAt: 'created_at', expiresAt: 'expires_at' } } },
    } as never,
    header,
    payload: claims,
  })
}
