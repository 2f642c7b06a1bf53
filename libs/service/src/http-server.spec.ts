import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { close, createHttpServer, HttpRouteError, listen, type HttpGetRoute } from './http-server';
import { createLogger } from './logger';

/** GET routes beside /graphql: the server's own rules, before and after a route answers. */
describe('createHttpServer routes', () => {
  let server: Server;
  let port: number;
  let apollo: ApolloServer;
  const seen: string[] = [];

  const route: HttpGetRoute = {
    prefix: '/files/',
    async handle(_request, path) {
      seen.push(path);
      if (path === 'gone.txt') throw new HttpRouteError(410, 'FILES.GONE', 'gone for good', { 'x-why': 'removed' });
      if (path === 'boom.txt') throw new Error('database exploded at /srv/app/secret.ts:12');
      return { status: 200, body: `content of ${path}`, lastModified: new Date('2026-01-02T03:04:05Z'), headers: { 'content-type': 'text/plain' } };
    },
  };

  beforeAll(async () => {
    apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });
    await apollo.start();
    server = createHttpServer({ apollo, context: async () => ({}), readiness: async () => ({}), log: createLogger('spec', 'silent'), routes: [route] });
    port = await listen(server, 0, '127.0.0.1');
  });

  afterAll(async () => {
    await close(server);
    await apollo.stop();
  });

  /** Sends the path exactly as given (no client-side normalisation). */
  const send = (path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      request.on('error', reject);
      request.end(options.body);
    });
  const code = (body: string) => JSON.parse(body).errors[0].extensions.code;

  it('hands a plain path to the route and adds ETag and Last-Modified', async () => {
    const response = await send('/files/a/b-1.txt');
    expect([response.status, response.body]).toEqual([200, 'content of a/b-1.txt']);
    expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers['last-modified']).toBe('Fri, 02 Jan 2026 03:04:05 GMT');
    expect(response.headers['content-length']).toBe(String('content of a/b-1.txt'.length));
  });

  it('answers If-None-Match and If-Modified-Since with 304, and HEAD without a body', async () => {
    const { headers } = await send('/files/x.txt');
    expect((await send('/files/x.txt', { headers: { 'if-none-match': `"nope", ${headers.etag as string}` } })).status).toBe(304);
    expect((await send('/files/x.txt', { headers: { 'if-none-match': '"nope"', 'if-modified-since': 'Sat, 03 Jan 2026 00:00:00 GMT' } })).status).toBe(200);
    expect((await send('/files/x.txt', { headers: { 'if-modified-since': 'Sat, 03 Jan 2026 00:00:00 GMT' } })).status).toBe(304);
    expect((await send('/files/x.txt', { headers: { 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' } })).status).toBe(200);
    const head = await send('/files/x.txt', { method: 'HEAD' });
    expect([head.status, head.body, head.headers.etag]).toEqual([200, '', headers.etag]);
  });

  it('refuses other methods and bodies before the route runs', async () => {
    const before = seen.length;
    const post = await send('/files/x.txt', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([post.status, post.headers.allow, code(post.body)]).toEqual([405, 'GET, HEAD', 'METHOD_NOT_ALLOWED']);
    const withBody = await send('/files/x.txt', { headers: { 'content-length': '3' }, body: 'abc' });
    expect([withBody.status, code(withBody.body)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(seen.length).toBe(before);
  });

  it.each(['/files/', '/files/a//b.txt', '/files/a%2Fb.txt', '/files/.env', '/files/a%20b', '/files/%2e%2e%2fsecret', `/files/${'a'.repeat(600)}`])(
    '%s is 404 without reaching the route',
    async (path) => {
      const before = seen.length;
      const response = await send(path);
      expect([response.status, code(response.body)]).toEqual([404, 'NOT_FOUND']);
      expect(seen.length).toBe(before);
    },
  );

  it('resolves dot segments before choosing a route, so none escapes its prefix', async () => {
    const before = seen.length;
    expect((await send('/files/a/%2e%2e/b.txt')).body).toBe('content of b.txt');
    const response = await send('/files/../graphql?query=%7Bok%7D', { headers: { 'apollo-require-preflight': 'true' } });
    expect(seen.length).toBe(before + 1);
    expect(JSON.parse(response.body)).toEqual({ data: { ok: true } });
  });

  it('answers a route error with its status, code and headers, and anything else with a bare 500', async () => {
    const gone = await send('/files/gone.txt');
    expect([gone.status, gone.headers['x-why'], JSON.parse(gone.body)]).toEqual([410, 'removed', { errors: [{ message: 'gone for good', extensions: { code: 'FILES.GONE' } }] }]);
    const boom = await send('/files/boom.txt');
    expect([boom.status, JSON.parse(boom.body)]).toEqual([500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }]);
  });
});
