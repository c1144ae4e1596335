import type { FastifyRequest } from 'fastify'
import type { OperationHandlers } from '../contract/operation-handlers.js'
import type { ProviderList } from '../schemas/index.js'

/** GET /api/v1/providers: what a front end may offer, for every surface's start operation. */
async function listProviders(request: FastifyRequest): Promise<ProviderList> {
  return {
    providers: request.server.config.federation.providers.map((provider) => ({
      id: provider.id,
      name: provider.name,
      type: provider.kind === 'github' ? 'oauth2' as const : 'oidc' as const,
    })),
  }
}

export const providersHandlers = { serviceListProviders: listProviders } satisfies Partial<OperationHandlers>
