import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * How a sign-up in progress verifies its email. The REST surface registers by a six-digit code,
 * which it sends itself; inside its sign-up Better Auth must not send its verification link too.
 */
export const verificationChannel = new AsyncLocalStorage<'code'>()
