import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from './logger';

export type ReadinessCheck = () => Promise<Record<string, boolean>>;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the per-request context; an exposable error here becomes a GraphQL error response. */
  context: (request: IncomingMessage) => Promise<TContext>;
  readiness: ReadinessCheck;
  log: Logger;
  /** Largest accepted request body. Bigger ones get 413 before any parsing. */
  maxBodyBytes?: number;
}

/**
 * A plain node:http server: `/graphql` goes to Apollo, `/healthz` answers while the
 * process is alive, `/readyz` answers 200 only while the service's dependencies
 * (database, Kafka) answer, so an orchestrator stops routing to it when they do not.
 */
export function createHttpServer<TContext extends BaseContext>(options: HttpServerOptions<TContext>): Server {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  return createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      options.log.error('http handler failed', { error: error.message, stack: error.stack });
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const checks = await options.readiness();
      const ready = Object.values(checks).every(Boolean);
      return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
    }
    if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'not found' });

    const body = await readBody(request, maxBodyBytes);
    if (body === 'too large') return sendJson(response, 413, { error: `request body over ${maxBodyBytes} bytes` });
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown = undefined;
    if (body.length > 0 && headers.get('content-type')?.includes('application/json')) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        return sendJson(response, 400, { errors: [{ message: 'request body is not JSON', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
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
