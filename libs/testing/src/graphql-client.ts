import { GATEWAY_CREDENTIAL_HEADER } from '@csirt/auth';
import { gatewayCredential } from './tokens';

/**
 * Subgraph URLs the tests started, by subgraph name. `graphql()` stands in for the gateway
 * on these: it adds the gateway's credential, so a test can call a subgraph directly with
 * nothing but the user's token, as the gateway would.
 */
const subgraphsByUrl = new Map<string, string>();

export function registerTestSubgraph(url: string, name: string): void {
  subgraphsByUrl.set(url, name);
}

export interface GraphQLRequestOptions {
  /** Leave out the gateway's credential (to test that a subgraph refuses direct callers). */
  asGateway?: boolean;
  /** Extra headers, sent as given (they win over the defaults). */
  headers?: Record<string, string>;
}

/** The shape of a GraphQL response, for assertions. */
export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/**
 * The headers the gateway would add on a request to `url`: its credential when `url` is a
 * subgraph a test started; nothing for the gateway itself.
 */
export async function gatewayHeadersFor(url: string): Promise<Record<string, string>> {
  const subgraph = subgraphsByUrl.get(url);
  return subgraph ? { [GATEWAY_CREDENTIAL_HEADER]: await gatewayCredential(subgraph) } : {};
}

/** Posts one operation as a frontend client would. */
export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
  options: GraphQLRequestOptions = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const credential = options.asGateway === false ? {} : await gatewayHeadersFor(url);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...credential, ...(authorization ? { authorization } : {}), ...(options.headers ?? {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  return { ...body, status: response.status };
}

/** The error codes of a response, for `expect(codes(res)).toEqual([...])`. */
export function errorCodes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
