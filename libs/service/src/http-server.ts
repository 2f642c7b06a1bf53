import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { inSpan } from '@csirt/messaging';
import { trace } from '@opentelemetry/api';
import type { Logger } from './logger';
import { checkRequestValues, DEFAULT_REQUEST_LIMITS, INPUT_ERROR_CODES, type RequestLimits } from './request-limits';

export type ReadinessCheck = () => Promise<Record<string, boolean>>;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the per-request context; an exposable error here becomes a GraphQL error response. */
  context: (request: IncomingMessage) => Promise<TContext>;
  readiness: ReadinessCheck;
  /**
   * Checks whose failure leaves the service useful (the gateway with one subgraph down):
   * readiness then answers 200 with status "degraded" and the checks, so a load balancer
   * keeps sending traffic while monitoring sees what is missing. Any other failing check
   * answers 503.
   */
  degradable?: (check: string) => boolean;
  log: Logger;
  /** String and list limits for variables; `maxBodyBytes`: bigger bodies get 413 before any parsing. */
  limits?: RequestLimits & { maxBodyBytes?: number };
  /** Plain GET routes beside /graphql (e.g. a file directory), each under its own path prefix. */
  routes?: HttpGetRoute[];
  /** Prometheus metrics on GET /metrics, like /healthz for the platform's eyes only (not routed to the internet). */
  metrics?: () => Promise<{ contentType: string; body: string }>;
}

/** What a GET route answers. The server adds ETag and answers conditional requests itself. */
export interface HttpRouteResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent as Last-Modified; `If-Modified-Since` is answered with 304 from it. */
  lastModified?: Date;
}

/**
 * A read-only route: every path under `prefix` (which starts and ends with `/`). The
 * server has already refused other methods, bodies, and any path that is not plain
 * segments of `[A-Za-z0-9._~+-]` (no `.`/`..`, no percent-encoding, no empty segment), so
 * `handle` gets a path that cannot leave its prefix.
 */
export interface HttpGetRoute {
  prefix: string;
  handle(request: IncomingMessage, path: string): Promise<HttpRouteResponse>;
}

/** Thrown by a route to answer with a stable error body (the same shape as every other error here). */
export class HttpRouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpRouteError';
  }
}

/** Paths polled by orchestrators and scrapers: no span, they would drown the traces. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

const ROUTE_SEGMENT = /^[A-Za-z0-9_~+-][A-Za-z0-9._~+-]*$/;
const MAX_ROUTE_PATH = 512;

/** Stable codes of the answers given before GraphQL runs. */
export const HTTP_ERROR_CODES = {
  notFound: 'NOT_FOUND',
  methodNotAllowed: 'METHOD_NOT_ALLOWED',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  badRequest: INPUT_ERROR_CODES.badRequest,
  badUserInput: INPUT_ERROR_CODES.badUserInput,
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

/**
 * A plain node:http server: `/graphql` goes to Apollo, `/healthz` answers while the
 * process is alive, `/readyz` answers 200 only while the service's dependencies
 * (database, Kafka) answer, so an orchestrator stops routing to it when they do not.
 */
export function createHttpServer<TContext extends BaseContext>(options: HttpServerOptions<TContext>): Server {
  const limits = options.limits ?? DEFAULT_REQUEST_LIMITS;
  const maxBodyBytes = options.limits?.maxBodyBytes ?? 1024 * 1024;
  return createServer((request, response) => {
    traced(request, response).catch((error: Error) => {
      options.log.error('http handler failed', { error: error.message, stack: error.stack });
      if (!response.headersSent) sendError(response, 500, HTTP_ERROR_CODES.internal, 'internal error');
      else response.end();
    });
  });

  /** Every request but the probes' in a server span that continues the caller's trace (its traceparent header). */
  async function traced(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (PROBES.has(path)) return handle(request, response);
    const route = path === '/graphql' ? path : (options.routes?.find((candidate) => path.startsWith(candidate.prefix))?.prefix ?? 'other');
    return inSpan(`${request.method ?? 'GET'} ${route}`, { kind: 'server', carrier: request.headers, attributes: { 'http.request.method': request.method ?? 'GET', 'http.route': route } }, async () => {
      await handle(request, response);
      trace.getActiveSpan()?.setAttribute('http.response.status_code', response.statusCode);
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/metrics' && options.metrics) {
      const exposition = await options.metrics();
      response.writeHead(200, { 'content-type': exposition.contentType, 'cache-control': 'no-store' });
      return void response.end(exposition.body);
    }
    if (url.pathname === '/readyz') {
      const checks = await options.readiness();
      const failing = Object.keys(checks).filter((name) => !checks[name]);
      const degradable = options.degradable ?? (() => false);
      if (failing.length === 0) return sendJson(response, 200, { status: 'ready', checks });
      if (failing.every(degradable)) return sendJson(response, 200, { status: 'degraded', checks });
      return sendJson(response, 503, { status: 'not ready', checks });
    }
    const route = options.routes?.find((candidate) => url.pathname.startsWith(candidate.prefix));
    if (route) return handleRoute(route, request, response, url.pathname.slice(route.prefix.length));
    if (url.pathname !== '/graphql') return sendError(response, 404, HTTP_ERROR_CODES.notFound, 'not found');
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'POST') {
      response.setHeader('allow', 'GET, POST');
      return sendError(response, 405, HTTP_ERROR_CODES.methodNotAllowed, 'use GET (queries) or POST');
    }

    const body = await readBody(request, maxBodyBytes);
    if (body === 'too large') {
      return sendError(response, 413, HTTP_ERROR_CODES.payloadTooLarge, `request body over ${maxBodyBytes} bytes`);
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown = undefined;
    if (method === 'POST') {
      if (!isJsonContentType(headers.get('content-type'))) {
        return sendError(response, 415, HTTP_ERROR_CODES.unsupportedMediaType, 'send the request as application/json');
      }
      try {
        parsedBody = JSON.parse(body);
      } catch {
        return sendError(response, 400, HTTP_ERROR_CODES.badRequest, 'request body is not JSON');
      }
      if (Array.isArray(parsedBody)) {
        return sendError(response, 400, HTTP_ERROR_CODES.badRequest, 'batched requests are not supported; send one operation per request');
      }
      if (typeof parsedBody !== 'object' || parsedBody === null) {
        return sendError(response, 400, HTTP_ERROR_CODES.badRequest, 'the request body must be a JSON object');
      }
    }
    const problem = checkRequestValues(parsedBody ?? searchValues(url), limits);
    if (problem) return sendError(response, 400, HTTP_ERROR_CODES.badUserInput, problem);
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsedBody },
      context: () => options.context(request),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
}

async function handleRoute(route: HttpGetRoute, request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return sendError(response, 405, HTTP_ERROR_CODES.methodNotAllowed, 'only GET and HEAD are served here');
  }
  if (Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined) {
    return sendError(response, 413, HTTP_ERROR_CODES.payloadTooLarge, 'a GET request carries no body');
  }
  // URL parsing has already resolved `..`; what is left must be plain segments, so a route
  // never sees an encoded separator or a dot segment it would have to interpret.
  if (path.length > MAX_ROUTE_PATH || !path.split('/').every((segment, index, all) => ROUTE_SEGMENT.test(segment) || (segment === '' && index === all.length - 1 && index > 0))) {
    return sendError(response, 404, HTTP_ERROR_CODES.notFound, 'not found');
  }
  let answer: HttpRouteResponse;
  try {
    answer = await route.handle(request, path);
  } catch (error) {
    if (!(error instanceof HttpRouteError)) throw error;
    for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
    return sendError(response, error.status, error.code, error.message);
  }
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
  if (answer.status === 200 && answer.body !== undefined) {
    const etag = `"${createHash('sha256').update(answer.body).digest('base64url')}"`;
    response.setHeader('etag', etag);
    if (answer.lastModified) response.setHeader('last-modified', answer.lastModified.toUTCString());
    if (notModified(request, etag, answer.lastModified)) {
      response.statusCode = 304;
      response.end();
      return;
    }
  }
  response.statusCode = answer.status;
  if (answer.body !== undefined) response.setHeader('content-length', Buffer.byteLength(answer.body));
  response.end(method === 'HEAD' ? undefined : answer.body);
}

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only without it. */
function notModified(request: IncomingMessage, etag: string, lastModified: Date | undefined): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => {
      const candidate = tag.trim().replace(/^W\//, '');
      return candidate === '*' || candidate === etag;
    });
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (!ifModifiedSince || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

function readBody(request: IncomingMessage, limit: number): Promise<string | 'too large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? 'too large' : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function isJsonContentType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql-response+json';
}

/** A GET request's parameters, with `variables` and `extensions` decoded as Apollo will decode them. */
function searchValues(url: URL): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams) {
    values[name] = value;
    if (name === 'variables' || name === 'extensions') {
      try {
        values[`${name}.decoded`] = JSON.parse(value);
      } catch {
        // Apollo answers malformed JSON parameters with 400 itself.
      }
    }
  }
  return values;
}

/** Every answer given before GraphQL runs has the shape of a GraphQL error response. */
function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(body));
}

/** Listens and resolves to the bound port (useful with port 0 in tests). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
