import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ConsoleServerConfig } from './environment';
import { devCatalogue, DEV_IDENTITIES, issueDevToken } from './dev-issuer';
import { devPeople } from './dev-people';

/** Largest request body passed on to the gateway (which applies its own, stricter limits). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};
/** Request headers the gateway needs; cookies and the rest stay here. */
const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'x-request-id', 'apollo-require-preflight'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'x-request-id', 'cache-control'];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The console's server: the built SPA, /config.json (how the SPA signs in and where the API
 * is), /graphql passed through to the gateway unchanged (so the browser needs no CORS), and,
 * on a development machine only, the development token issuer under /dev-auth.
 */
export function createConsoleServer(config: ConsoleServerConfig): Server {
  const clientConfig = JSON.stringify({
    graphqlUrl: config.publicGraphqlUrl,
    auth: config.devIssuer
      ? { mode: 'dev', issuerUrl: '/dev-auth' }
      : { mode: 'oidc', issuer: config.oidc?.issuer, clientId: config.oidc?.clientId, scope: config.oidc?.scope, redirectUri: config.oidc?.redirectUri },
  });
  const connectSources = ["'self'", ...[config.oidc?.issuer, config.publicGraphqlUrl].filter((url): url is string => !!url && /^https?:/.test(url)).map((url) => new URL(url).origin)];
  const securityHeaders = {
    'content-security-policy': `default-src 'self'; connect-src ${connectSources.join(' ')}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  const compressed = new Map<string, Buffer>();
  // Development only: the directory people behind some identities, made at start (in the
  // background; the gateway may not be up yet) and otherwise when first signed in as.
  const people = config.devIssuer ? devPeople(config.gatewayUrl, config.devIssuer) : undefined;
  for (const identity of DEV_IDENTITIES) if (people && identity.person) people.idOf(identity.person).catch(() => undefined);

  const serveStatic = async (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(config.staticDir, relative));
    if (!file.startsWith(normalize(config.staticDir) + sep)) throw new HttpError(404, 'not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      throw new HttpError(404, 'not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      ...securityHeaders,
      'content-type': type,
      // Hashed asset names never change content; index.html must always be fresh.
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (/gzip/.test(String(request.headers['accept-encoding'] ?? '')) && /text|javascript|json|svg/.test(type)) {
      // Hashed assets never change, so their compressed form is kept; index.html may (a rebuild).
      const immutable = relative.startsWith('assets/');
      let gz = immutable ? compressed.get(file) : undefined;
      if (!gz) gz = gzipSync(body);
      if (immutable) compressed.set(file, gz);
      body = gz;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
  };

  const proxy = async (request: IncomingMessage, response: ServerResponse, search: string) => {
    const body = request.method === 'POST' ? new Uint8Array(await readBody(request)) : undefined;
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let upstream: Response;
    try {
      upstream = await fetch(config.gatewayUrl + search, { method: request.method, headers, body });
    } catch {
      throw new HttpError(502, 'the gateway could not be reached');
    }
    const out: Record<string, string> = {};
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) out[name] = value;
    }
    response.writeHead(upstream.status, out).end(Buffer.from(await upstream.arrayBuffer()));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://console');
    if (url.pathname === '/healthz') return void response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (url.pathname === '/graphql') {
      if (request.method !== 'POST' && request.method !== 'GET') throw new HttpError(405, 'use POST or GET');
      return proxy(request, response, url.search);
    }
    if (url.pathname === '/config.json') {
      return void response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(clientConfig);
    }
    if (url.pathname.startsWith('/dev-auth/')) {
      if (!config.devIssuer) throw new HttpError(404, 'not found');
      if (url.pathname === '/dev-auth/identities' && request.method === 'GET') return json(response, 200, devCatalogue());
      if (url.pathname === '/dev-auth/token' && request.method === 'POST') {
        let parsed: unknown;
        try {
          parsed = JSON.parse((await readBody(request)).toString('utf8'));
        } catch {
          return json(response, 400, { error: 'expected a JSON body' });
        }
        const issued = await issueDevToken(parsed, config.devIssuer, people);
        if ('error' in issued) return json(response, issued.status ?? 400, { error: issued.error });
        return json(response, 200, issued);
      }
      throw new HttpError(404, 'not found');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
    return serveStatic(request, response, url.pathname);
  };

  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : 'internal error';
      if (!response.headersSent) json(response, status, { error: message });
      else response.destroy();
    });
  });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
