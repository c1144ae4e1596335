import { defineHandlers } from '../contract/operation-handlers.js'
import { adminHandlers } from './admin/index.js'
import { healthHandlers } from './health.js'
import { jwtHandlers } from './jwt/index.js'
import { nativeHandlers } from './native/index.js'
import { operationsHandlers } from './operations.js'
import { providersHandlers } from './providers.js'
import { v1Handlers } from './v1/index.js'

/** Every operation of openapi.yaml, by operationId. */
export const operationHandlers = defineHandlers({
  ...nativeHandlers,
  ...jwtHandlers,
  ...v1Handlers,
  ...healthHandlers,
  ...operationsHandlers,
  ...providersHandlers,
  ...adminHandlers,
})
