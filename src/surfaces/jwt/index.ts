import type { FastifyReply, FastifyRequest } from 'fastify'
import type { JsonWebKeySet } from '../../schemas/index.js'
import type { OperationHandlers } from '../../contract/operation-handlers.js'
import { authLogin, authLogout, authMe, authSignup } from './account.js'
import { jwtDeleteAccount, jwtExportAccount } from './account-data.js'
import { jwtListSecurityEvents, jwtListSessions, jwtRevokeSession } from './devices.js'
import { jwtOAuthExchange, jwtOAuthStart } from './federation.js'
import { jwtEmailSignInStart, jwtEmailSignInVerify } from './email-sign-in.js'
import { jwtChangeEmail, jwtChangePassword, jwtConfirmEmailChange, jwtUndoEmailChange } from './credentials.js'

/** GET /.well-known/jwks.json: public keys, cacheable for a few minutes. */
async function getJwks(request: FastifyRequest, reply: FastifyReply): Promise<JsonWebKeySet> {
  reply.header('cache-control', 'public, max-age=300')
  return (await request.server.accessTokens.publicKeys()) as JsonWebKeySet
}

/** `/auth/*` and the key set, by operationId. */
export const jwtHandlers = {
  jwtSignup: authSignup, jwtLogin: authLogin, jwtLogout: authLogout, jwtMe: authMe, serviceGetJwks: getJwks,
  jwtListSessions, jwtRevokeSession, jwtListSecurityEvents, jwtDeleteAccount, jwtExportAccount,
  jwtChangePassword, jwtChangeEmail, jwtConfirmEmailChange, jwtUndoEmailChange, jwtEmailSignInStart, jwtEmailSignInVerify,
  jwtOAuthStart, jwtOAuthExchange,
} satisfies Partial<OperationHandlers>
