import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { AuthError, createGatewayCredentialVerifier, GATEWAY_CREDENTIAL_HEADER, type Principal, type TokenVerifier } from '@csirt/auth';
import { GraphQLError, Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';

/**
 * Who may talk to a subgraph at all: only the gateway (its credential, checked on every
 * /graphql request), and for the federation plumbing (`_service`, `_entities`) only on
 * behalf of a signed-in user. Everything else is refused before any resolver runs.
 */
export interface Caller {
  principal: Principal | null;
}

/**
 * Checks the gateway credential, then the user's token. Both failures are 401 with code
 * UNAUTHENTICATED; the gateway's is checked first so a direct caller learns nothing about
 * tokens either.
 */
export function createCallerAuthenticator(options: { subgraph: string; gatewayCredentialSecret: string; verifyToken: TokenVerifier }) {
  const verifyGateway = createGatewayCredentialVerifier(options.gatewayCredentialSecret, options.subgraph);
  return async (request: IncomingMessage): Promise<Caller> => {
    try {
      await verifyGateway(header(request, GATEWAY_CREDENTIAL_HEADER));
      return { principal: await options.verifyToken(header(request, 'authorization')) };
    } catch (error) {
      if (error instanceof AuthError) throw unauthenticated(error.message);
      throw error;
    }
  };
}

const FEDERATION_FIELDS = new Set(['_service', '_entities']);

/**
 * `_service` hands out the full SDL and `_entities` reads any entity by id: neither answers
 * an anonymous caller, even one that came through the gateway.
 */
export function anonymousFederationGuard<TContext extends Caller>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.principal || (operation && !selectsFederationField(operation))) return;
          // The path names what was refused (the first representation, for `_entities`), so
          // the audit trail records this denial like one raised by a resolver.
          const root = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && FEDERATION_FIELDS.has(s.name.value));
          const key = root ? (root.alias?.value ?? root.name.value) : undefined;
          throw unauthenticated('a valid bearer token is required', key ? (root?.name.value === '_entities' ? [key, 0] : [key]) : undefined);
        },
      };
    },
  };
}

/** Root fields only: `_service` and `_entities` exist only on Query. */
function selectsFederationField(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return FEDERATION_FIELDS.has(selection.name.value);
    // A fragment at the root could hide them; refuse any, rather than resolve fragments here.
    return true;
  });
}

function unauthenticated(message: string, path?: (string | number)[]): GraphQLError {
  return new GraphQLError(message, { path, extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
