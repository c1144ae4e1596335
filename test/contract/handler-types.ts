// Type tests of the handler map, checked by `tsc --noEmit` (which `npm test` runs before tap);
// nothing here runs. Each `@ts-expect-error` line must fail to compile, or tsc reports the
// directive as unused: a check that stopped working fails the build.
import { defineHandlers, type OperationRequest } from '../../src/contract/operation-handlers.js'
import type { SuccessResult, User } from '../../src/schemas/index.js'
import { operationHandlers } from '../../src/surfaces/index.js'

const { serviceGetHealth: _dropped, ...missingOne } = operationHandlers
// @ts-expect-error an operation without a handler
defineHandlers(missingOne)

// @ts-expect-error a handler for an operation the spec does not name
defineHandlers({ ...operationHandlers, deleteEverything: async () => ({ deleted: true }) })

const user: User = {
  id: 'u1', email: 'ada@example.com', name: 'Ada', emailVerified: true, image: null,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
}
const row = { ...user, passwordHash: 'scrypt:…' }

// The declared answer compiles…
defineHandlers({ ...operationHandlers, v1Me: async () => ({ user }) })
// @ts-expect-error …one with a field the contract does not declare does not, though it is no fresh literal (user.passwordHash)
defineHandlers({ ...operationHandlers, v1Me: async () => ({ user: row }) })

async function answeredAsNative(): Promise<SuccessResult> {
  return { success: true, status: true, message: 'sent' }
}
defineHandlers({ ...operationHandlers, nativeRequestPasswordReset: answeredAsNative })
// @ts-expect-error v1 answers V1MessageResult, which has no `status`
defineHandlers({ ...operationHandlers, v1RequestPasswordReset: answeredAsNative })

// @ts-expect-error an answer of the wrong shape altogether
defineHandlers({ ...operationHandlers, v1Me: async () => ({ user: { id: 'u1' } }) })

export function readRequest(login: OperationRequest<'v1Login'>, callback: OperationRequest<'nativeResetPasswordCallback'>): string[] {
  const { email, password } = login.body
  // @ts-expect-error login's body has no such field
  const remembered: boolean = login.body.rememberMe
  // @ts-expect-error nor path parameters
  const nothing: string = login.params.token
  const { token } = callback.params
  const target: string | undefined = callback.query.callbackURL
  return [email, password, token, target ?? '', String(remembered), nothing]
}
