import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { createGatewayCredentialVerifier, GATEWAY_CREDENTIAL_HEADER } from '@csirt/auth';
import { close, createHttpServer, createLogger, listen } from '@csirt/service';
import { csafDirectoryProxy } from './csaf-directory-proxy';

const SECRET = 'csaf-proxy-spec-secret-0123456789-abcdef';

/**
 * The gateway's /.well-known/csaf/* proxy against a stand-in for the announcements
 * service (a plain HTTP server: what matters here is what the gateway sends and passes back).
 */
describe('csafDirectoryProxy', () => {
  let upstream: Server;
  let upstreamPort: number;
  let gateway: Server;
  let gatewayPort: number;
  let apollo: ApolloServer;
  let received: { url?: string; headers: IncomingHttpHeaders } = { headers: {} };
  let answer: { status: number; headers: Record<string, string>; body: string } = { status: 200, headers: {}, body: '' };

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      received = { url: request.url, headers: request.headers };
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    });
    upstreamPort = await listen(upstream, 0, '127.0.0.1');
    apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }' });
    await apollo.start();
    gateway = createHttpServer({
      apollo,
      context: async () => ({}),
      readiness: async () => ({}),
      log: createLogger('spec', 'silent'),
      routes: [csafDirectoryProxy({ announcementsUrl: `http://127.0.0.1:${upstreamPort}/graphql`, gatewayCredentialSecret: SECRET, timeoutMs: 2_000 })],
    });
    gatewayPort = await listen(gateway, 0, '127.0.0.1');
  });

  afterAll(async () => {
    await close(gateway);
    await close(upstream);
    await apollo.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${gatewayPort}/.well-known/csaf/${path}`, { headers });

  it("sends the gateway's credential for announcements and the caller's token, and passes back status, body and the headers that matter", async () => {
    answer = {
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'private, max-age=60', vary: 'Authorization', 'set-cookie': 'a=b', server: 'subgraph/1.0', 'last-modified': 'Fri, 02 Jan 2026 03:04:05 GMT' },
      body: '{"feed":{}}',
    };
    const response = await get('green/csaf-feed-tlp-green.json', { authorization: 'Bearer partner-token', [GATEWAY_CREDENTIAL_HEADER]: 'forged', cookie: 'session=1' });
    expect([response.status, await response.text()]).toEqual([200, '{"feed":{}}']);
    expect(received.url).toBe('/.well-known/csaf/green/csaf-feed-tlp-green.json');
    expect(received.headers.authorization).toBe('Bearer partner-token');
    expect(received.headers.cookie).toBeUndefined();
    await expect(createGatewayCredentialVerifier(SECRET, 'announcements')(received.headers[GATEWAY_CREDENTIAL_HEADER] as string)).resolves.not.toThrow();
    expect(response.headers.get('cache-control')).toBe('private, max-age=60');
    expect(response.headers.get('vary')).toBe('Authorization');
    expect(response.headers.get('last-modified')).toBe('Fri, 02 Jan 2026 03:04:05 GMT');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('server')).toBeNull();
  });

  it("passes the directory's refusals on as they are", async () => {
    answer = { status: 404, headers: { 'content-type': 'application/json' }, body: '{"errors":[{"message":"not found","extensions":{"code":"NOT_FOUND"}}]}' };
    const response = await get('red/2026/x.json');
    expect([response.status, await response.text()]).toEqual([404, answer.body]);
  });

  it('answers 502 BAD_GATEWAY when the directory fails or is unreachable, without saying where it is', async () => {
    answer = { status: 500, headers: {}, body: 'stack trace at /srv/announcements/main.ts' };
    const failing = await get('white/index.txt');
    expect([failing.status, await failing.json()]).toEqual([502, { errors: [{ message: 'the CSAF directory is not available', extensions: { code: 'BAD_GATEWAY' } }] }]);
    await close(upstream);
    const unreachable = await get('white/index.txt');
    const body = await unreachable.text();
    expect([unreachable.status, JSON.parse(body).errors[0].extensions.code]).toEqual([502, 'BAD_GATEWAY']);
    expect(body).not.toContain(String(upstreamPort));
  });
});
