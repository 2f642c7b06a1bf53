import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { REQUEST_ID_HEADER, requestIdFrom } from '@csirt/service';

/**
 * The request id of one client request: the client's `x-request-id` when well formed,
 * otherwise a new one. The gateway forwards it to every subgraph (which records it in
 * audit entries and logs) and returns it in the response, so a client can quote it.
 */
export function requestIdOf(request: IncomingMessage): string {
  return requestIdFrom(request.headers[REQUEST_ID_HEADER]);
}

/** Returns the request id in the `x-request-id` response header. */
export function requestIdInResponse<TContext extends { requestId: string }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
        },
      };
    },
  };
}

/** Sets the request id on a subgraph request. */
export function forwardRequestId(headers: { set(name: string, value: string): void } | undefined, requestId: string): void {
  headers?.set(REQUEST_ID_HEADER, requestId);
}
