import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createGatewayCredentialSigner, GATEWAY_CREDENTIAL_HEADER } from '@csirt/auth';

/**
 * Puts the gateway's own credential for `subgraph` on an outgoing request. `set`, not
 * `append`: whatever a client may have sent under that name never reaches a subgraph (the
 * gateway builds subgraph requests from scratch anyway; this holds even if that changes).
 */
export function subgraphCredentials(secret: string) {
  const sign = createGatewayCredentialSigner(secret);
  return async (subgraph: string, request: GraphQLDataSourceProcessOptions['request']): Promise<void> => {
    request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, await sign(subgraph));
  };
}
