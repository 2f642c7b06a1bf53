import { randomUUID } from 'node:crypto';

/** The header that carries a request's id from the client, through the gateway, to every subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

// Generous enough for UUIDs, ULIDs and most tracing ids; narrow enough that nothing a client
// sends can inject into a log line or an audit entry.
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,100}$/;

/** The client's request id when it is well formed; otherwise a new one. Never throws. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && WELL_FORMED.test(value) ? value : randomUUID();
}
