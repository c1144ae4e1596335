import type { OperationHandlers } from '../contract/register-operations.js'
import { healthHandlers } from './health.js'
import { jwtHandlers } from './jwt/index.js'
import { nativeHandlers } from './native/index.js'
import { operationsHandlers } from './operations.js'

/** Every operation of openapi.yaml, by operationId. */
export const operationHandlers: OperationHandlers = {
  ...nativeHandlers,
  ...jwtHandlers,
  ...healthHandlers,
  ...operationsHandlers,
}
